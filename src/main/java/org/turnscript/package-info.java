/**
 * Turnscript, an editor for conversation transcripts. {@link org.turnscript.Launcher} is the entry point; the
 * layers below it are described in each package's documentation.
 */
package org.turnscript;
