/**
 * SBV (SubViewer as YouTube uploads and downloads it): {@code 0:00:01.000,0:00:03.000} blocks without an index.
 * Read only; start with {@link org.turnscript.formats.sbv.SbvFormat}.
 */
package org.turnscript.formats.sbv;
