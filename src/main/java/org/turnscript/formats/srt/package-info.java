/**
 * SubRip (SRT): a tolerant reader and a strict writer. Start with {@link org.turnscript.formats.srt.SrtFormat};
 * {@link org.turnscript.formats.srt.SrtReader} documents each tolerated malformation where it handles it.
 */
package org.turnscript.formats.srt;
