/**
 * SubRip (SRT): a tolerant reader and a strict writer. Start with {@link org.turnscript.formats.srt.SrtFormat};
 * {@link org.turnscript.formats.srt.SrtReader} documents each tolerated malformation where it handles it;
 * {@link org.turnscript.formats.srt.SrtBlockScanner} reads the well-formed blocks of UTF-8 files before it.
 */
package org.turnscript.formats.srt;
