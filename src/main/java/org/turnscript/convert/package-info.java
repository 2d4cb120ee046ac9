/**
 * The conversion pipeline read → clean → time → lay out → write, shared by the command line and the window
 * so both produce the same bytes. Pure Java. Start with ConversionService.
 */
package org.turnscript.convert;
