/**
 * JSON files, the one place that uses Jackson. Two formats are read and written:
 * {@link org.turnscript.formats.json.NativeJsonFormat}, the lossless Turnscript project (read it first, then
 * {@code NativeJsonMapper} and {@code NativeJsonDocument}), and {@link org.turnscript.formats.json.PodcastJsonFormat},
 * the Podcasting 2.0 transcript that podcast apps read; both write in the style of {@code JsonText} (one
 * pretty-printing style, LF, deterministic) and report errors with the line found by {@code JsonLineIndex}. Three
 * more are read only: {@link org.turnscript.formats.json.YouTubeJson3Format} (YouTube json3 word times),
 * {@link org.turnscript.formats.json.WhisperXJsonFormat} and {@link org.turnscript.formats.json.DpeJsonFormat}
 * (BBC digital paper edit), the last two through {@code SpeakerRuns}. The file layouts are described in
 * docs/json-format.md.
 *
 * <p>The project, Podcasting 2.0, WhisperX and json3 files are written and read token by token through Jackson's streaming
 * API ({@code NativeJsonWriter}, {@code NativeJsonStreamReader}, {@code PodcastJsonWriter},
 * {@code WhisperXStreamReader}, {@code Json3StreamReader}); a streaming reader gives up on anything it is not sure of, and the tree or data
 * binding reads the file again to report it (ADR 21).
 */
package org.turnscript.formats.json;
