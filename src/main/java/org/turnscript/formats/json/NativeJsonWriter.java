package org.turnscript.formats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.turnscript.model.Chapter;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Chapters;
import org.turnscript.model.Metadata;
import org.turnscript.model.Segment;
import org.turnscript.model.Speaker;
import org.turnscript.model.SuggestionNote;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Transcript → project file, token by token through Jackson's streaming generator.
 * It writes the same bytes as binding {@link NativeJsonMapper#toDocument} would.
 * The keys come in {@link NativeJsonDocument}'s order, and the same empty values are left out.
 * It needs no object per word on the way and does not load data binding.
 * Ten hours are 100,000 words; a command that saves them starts a JVM for it,
 * and the binding's start-up and per-word objects were most of its time (ADR 21).
 */
final class NativeJsonWriter {

    private static final WordFlag[] FLAGS = WordFlag.values();

    private NativeJsonWriter() {
    }

    static String write(Transcript t) {
        // a word takes about 170 characters of pretty-printed JSON: the buffer seldom has to grow
        StringWriter out = new StringWriter(4096 + 176 * t.wordCount());
        try (JsonGenerator g = JsonText.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", NativeJsonDocument.FORMAT);
            g.writeNumberField("version", NativeJsonDocument.CURRENT_VERSION);
            g.writeFieldName("metadata");
            metadata(g, t.metadata());
            g.writeArrayFieldStart("speakers");
            for (Speaker s : t.roster().speakers()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("name", s.name());
                g.writeStringField("color", s.color());
                g.writeNumberField("key", s.key());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("segments");
            for (Segment s : t.segments()) {
                segment(g, s);
            }
            g.writeEndArray();
            if (!t.chapters().isEmpty()) {
                g.writeArrayFieldStart("chapters");
                for (Chapter c : t.chapters()) {
                    chapter(g, c, Chapters.startMs(t, c));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    /** Every key is left out when its value is not known (NON_NULL in the document). */
    private static void metadata(JsonGenerator g, Metadata m) throws IOException {
        g.writeStartObject();
        optional(g, "title", m.title());
        optional(g, "sourceFile", m.sourceFile());
        optional(g, "mediaId", m.mediaId());
        optional(g, "channel", m.channel());
        optional(g, "published", m.published());
        if (m.hasDuration()) {
            g.writeNumberField("durationMs", m.durationMs());
        }
        optional(g, "language", m.language());
        optional(g, "timingNote", m.timingNote());
        optional(g, "media", m.media());
        g.writeEndObject();
    }

    private static void segment(JsonGenerator g, Segment s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("speaker", s.speakerId());
        g.writeStringField("kind", JsonNames.of(s.kind()));
        time(g, "start", s.start());
        time(g, "end", s.end());
        g.writeStringField("body", s.body());
        g.writeStringField("originalBody", s.originalBody());
        SuggestionNote note = s.suggestion();
        if (note != null) {
            g.writeObjectFieldStart("suggestion");
            g.writeNumberField("score", note.score());
            g.writeStringField("cue", note.cue());
            g.writeStringField("detail", note.detail());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("words");
        for (Word w : s.words()) {
            word(g, w);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void word(JsonGenerator g, Word w) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", w.text());
        if (!w.original().equals(w.text())) {
            g.writeStringField("original", w.original());
        }
        time(g, "start", w.start());
        time(g, "end", w.end());
        g.writeStringField("timing", JsonNames.of(w.source()));
        if (w.flags() != 0) {
            g.writeArrayFieldStart("flags");
            for (WordFlag f : FLAGS) { // in the order of the constants, as the format says
                if (w.has(f)) {
                    g.writeString(JsonNames.of(f));
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void chapter(JsonGenerator g, Chapter c, long start) throws IOException {
        ChapterMark m = c.mark();
        g.writeStartObject();
        optional(g, "title", m.title());
        optional(g, "segment", c.segmentId());
        g.writeNumberField("word", c.wordIndex());
        if (start >= 0) {
            g.writeNumberField("start", start);
        }
        optional(g, "img", m.image());
        optional(g, "url", m.url());
        g.writeEndObject();
    }

    /** A time, or {@code null} when it is not known. */
    private static void time(JsonGenerator g, String name, long ms) throws IOException {
        if (ms >= 0) {
            g.writeNumberField(name, ms);
        } else {
            g.writeNullField(name);
        }
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
