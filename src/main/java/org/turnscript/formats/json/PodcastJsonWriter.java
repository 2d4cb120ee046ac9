package org.turnscript.formats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.json.PodcastJsonDocument.SegmentJson;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Transcript → Podcasting 2.0 JSON: one object per segment that keeps words, in time order. Written through
 * Jackson's streaming generator in the layout of {@link PodcastJsonDocument}, so that an export from the command
 * line does not load data binding (ADR 21).
 */
final class PodcastJsonWriter {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PodcastJsonWriter() {
    }

    /** @throws IllegalArgumentException when a kept word has no time: the pipeline times words before export */
    static String write(Transcript transcript, ExportOptions options) {
        return write(segments(transcript, options));
    }

    /** The objects of the file, in the order they are written. */
    static List<SegmentJson> segments(Transcript transcript, ExportOptions options) {
        List<Timed> timed = new ArrayList<>();
        for (Segment segment : transcript.segments()) {
            boolean sound = segment.kind() == SegmentKind.NON_SPEECH;
            List<Word> kept = segment.keptWords();
            if (kept.isEmpty() || (sound && !options.includeNonSpeech())) {
                continue;
            }
            long start = Long.MAX_VALUE;
            long end = Long.MIN_VALUE;
            for (Word w : kept) {
                if (!w.isTimed()) {
                    throw new IllegalArgumentException("segment " + segment.id() + " has an untimed word \""
                            + w.text() + "\"; time the transcript before exporting Podcasting 2.0 JSON");
                }
                start = Math.min(start, w.start());
                end = Math.max(end, w.end());
            }
            // The specification wants endTime after startTime; a segment of zero-length words (seen in
            // word-level files whose punctuation tokens have start == end) gets the smallest step there is.
            end = Math.max(end, start + 1);
            String speaker = sound ? null : transcript.roster().nameOf(segment.speakerId());
            timed.add(new Timed(start, new SegmentJson(speaker, Seconds.fromMillis(start), Seconds.fromMillis(end),
                    oneLine(segment.body()))));
        }
        timed.sort(Comparator.comparingLong(Timed::start)); // stable: equal starts keep transcript order
        return timed.stream().map(Timed::json).toList();
    }

    private static String write(List<SegmentJson> segments) {
        StringWriter out = new StringWriter(1024 + 128 * segments.size());
        try (JsonGenerator g = JsonText.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("version", PodcastJsonDocument.VERSION);
            g.writeArrayFieldStart("segments");
            for (SegmentJson s : segments) {
                g.writeStartObject();
                if (s.speaker() != null) { // the specification has no value for "nobody"
                    g.writeStringField("speaker", s.speaker());
                }
                g.writeNumberField("startTime", s.startTime());
                g.writeNumberField("endTime", s.endTime());
                g.writeStringField("body", s.body());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    /** Body text is one line: a word that carries a line break (pasted text) must not break it. */
    private static String oneLine(String body) {
        return WHITESPACE.matcher(body).replaceAll(" ").strip();
    }

    private record Timed(long start, SegmentJson json) {
    }
}
