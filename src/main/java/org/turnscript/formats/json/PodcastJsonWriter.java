package org.turnscript.formats.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.json.PodcastJsonDocument.SegmentJson;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** Transcript → Podcasting 2.0 JSON: one object per segment that keeps words, in time order. */
final class PodcastJsonWriter {

    private PodcastJsonWriter() {
    }

    /** @throws IllegalArgumentException when a kept word has no time: the pipeline times words before export */
    static String write(Transcript transcript, ExportOptions options) {
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
        return JsonText.write(new PodcastJsonDocument(PodcastJsonDocument.VERSION,
                timed.stream().map(Timed::json).toList()));
    }

    /** Body text is one line: a word that carries a line break (pasted text) must not break it. */
    private static String oneLine(String body) {
        return body.replaceAll("\\s+", " ").strip();
    }

    private record Timed(long start, SegmentJson json) {
    }
}
