package org.turnscript.formats.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The native project file as Jackson sees it: field names and key order of the file, nothing more.
 * {@link NativeJsonMapper} turns it into the model and back; docs/json-format.md describes each field.
 * Boxed numbers so that a missing field reads as {@code null} and can be reported, not as 0.
 */
@JsonPropertyOrder({"format", "version", "metadata", "speakers", "segments", "chapters"})
record NativeJsonDocument(String format, Integer version, MetadataJson metadata, List<SpeakerJson> speakers,
                          List<SegmentJson> segments,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ChapterJson> chapters) {

    static final String FORMAT = "turnscript";
    static final int CURRENT_VERSION = 1;

    /** Unknown values are left out of the file rather than written as null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"title", "sourceFile", "mediaId", "channel", "published", "durationMs", "language",
        "timingNote", "media"})
    record MetadataJson(String title, String sourceFile, String mediaId, String channel, String published,
                        Long durationMs, String language, String timingNote, String media) {
    }

    @JsonPropertyOrder({"id", "name", "color", "key"})
    record SpeakerJson(String id, String name, String color, Integer key) {
    }

    /** {@code start}, {@code end}, {@code body} and {@code originalBody} are derived from the words on write. */
    @JsonPropertyOrder({"id", "speaker", "kind", "start", "end", "body", "originalBody", "suggestion", "words"})
    record SegmentJson(String id, String speaker, String kind, Long start, Long end, String body,
                       String originalBody,
                       @JsonInclude(JsonInclude.Include.NON_NULL) SuggestionJson suggestion,
                       List<WordJson> words) {
    }

    /** Left out unless a suggestion started the segment's turn. */
    @JsonPropertyOrder({"score", "cue", "detail"})
    record SuggestionJson(Double score, String cue, String detail) {
    }

    /** A chapter hangs on a word; {@code start} is that word's time, written for people and ignored on read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"title", "segment", "word", "start", "img", "url"})
    record ChapterJson(String title, String segment, Integer word, Long start, String img, String url) {
    }

    @JsonPropertyOrder({"text", "original", "start", "end", "timing", "flags"})
    record WordJson(String text, @JsonInclude(JsonInclude.Include.NON_NULL) String original, Long start, Long end,
                    String timing, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> flags) {
    }
}
