package org.turnscript.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/** Small transcripts written as text, for rule tests: each word lasts 100 ms, one after another. */
final class Texts {

    static final Roster ROSTER = Roster.of(List.of("Kate", "Chris"));
    static final String KATE = ROSTER.speakers().get(0).id();
    static final String CHRIS = ROSTER.speakers().get(1).id();

    private Texts() {
    }

    /** One speech segment by Kate. */
    static Transcript speech(String text) {
        return transcript(new Turn(KATE, text));
    }

    /** A speaker id (or null) and the text of one segment; text "[Music]" alone makes a sound segment. */
    record Turn(String speakerId, String text) {
    }

    static Turn turn(String speakerId, String text) {
        return new Turn(speakerId, text);
    }

    static Transcript transcript(Turn... turns) {
        List<Segment> segments = new ArrayList<>();
        long clock = 0;
        for (Turn turn : turns) {
            List<Word> words = new ArrayList<>();
            boolean sound = turn.text().matches("\\[[^\\]]*\\]");
            for (String token : turn.text().split(" ")) {
                Word w = Word.timed(token, clock, clock + 100, TimeSource.MEASURED);
                words.add(token.startsWith("[") && token.endsWith("]") ? w.withFlag(WordFlag.SOUND_TAG, true) : w);
                clock += 100;
            }
            segments.add(new Segment(Transcript.sequentialId(segments.size() + 1), sound ? null : turn.speakerId(),
                    sound ? SegmentKind.NON_SPEECH : SegmentKind.SPEECH, words));
        }
        return new Transcript(Metadata.EMPTY, ROSTER, segments);
    }

    /** The cleaned text of every segment, segments joined by " | ". */
    static String body(Transcript t) {
        return t.segments().stream().map(Segment::body).collect(Collectors.joining(" | "));
    }

    static String body(CleanupResult r) {
        return body(r.transcript());
    }

    static Word word(Transcript t, int segment, int word) {
        return t.segment(segment).words().get(word);
    }
}
