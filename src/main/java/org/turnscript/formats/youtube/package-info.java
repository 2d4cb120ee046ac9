/**
 * YouTube's XML timed-text formats: srv3 ({@code <timedtext format="3">}, per-word offsets) and srv1
 * ({@code <transcript><text start dur>}). Both are read with the JDK's DOM parser locked down by
 * {@link org.turnscript.formats.youtube.SafeXml}. Start with {@link org.turnscript.formats.youtube.Srv3Format}.
 * The JSON variant, json3, lives in {@code formats.json} because only that package may use Jackson.
 */
package org.turnscript.formats.youtube;
