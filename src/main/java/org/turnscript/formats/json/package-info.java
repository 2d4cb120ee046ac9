/**
 * JSON files, the one place that uses Jackson. Two formats: {@link org.turnscript.formats.json.NativeJsonFormat},
 * the lossless Turnscript project (read it first, then {@code NativeJsonMapper} and {@code NativeJsonDocument}),
 * and {@link org.turnscript.formats.json.PodcastJsonFormat}, the Podcasting 2.0 transcript that podcast apps read.
 * Both write through {@code JsonText} (one pretty-printing style, LF, deterministic) and report errors with the
 * line found by {@code JsonLineIndex}. The file layouts are described in docs/json-format.md.
 */
package org.turnscript.formats.json;
