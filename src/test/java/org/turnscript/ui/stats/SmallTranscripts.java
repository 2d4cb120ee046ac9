package org.turnscript.ui.stats;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/** A short timed conversation for the panel and dialog tests: Kate, then Chris twice, music, then nobody yet. */
public final class SmallTranscripts {

    public static final Roster ROSTER = Roster.of(List.of("Kate", "Chris"));
    public static final String KATE = "S1";
    public static final String CHRIS = "S2";

    private SmallTranscripts() {
    }

    public static Transcript conversation() {
        return new Transcript(Metadata.EMPTY.withTitle("Small talk").withDurationMs(10_000), ROSTER, List.of(
                speech("s1", KATE, 1_000, 3_000, "Hello there everyone"),
                speech("s2", CHRIS, 3_000, 4_000, "Hi Kate"),
                speech("s3", CHRIS, 4_000, 6_000, "good to be here Kate"),
                sound("s4", 6_000, 8_000),
                speech("s5", null, 8_000, 10_000, "so um welcome back Kate")));
    }

    /** A segment whose words share {@code [start, end)} evenly. */
    public static Segment speech(String id, String speakerId, long start, long end, String text) {
        String[] parts = text.split(" ");
        List<Word> words = new ArrayList<>(parts.length);
        long step = (end - start) / parts.length;
        for (int i = 0; i < parts.length; i++) {
            long wordEnd = i == parts.length - 1 ? end : start + (i + 1) * step;
            words.add(Word.timed(parts[i], start + i * step, wordEnd, TimeSource.MEASURED));
        }
        return new Segment(id, speakerId, SegmentKind.SPEECH, words);
    }

    public static Segment sound(String id, long start, long end) {
        return new Segment(id, null, SegmentKind.NON_SPEECH, List.of(
                Word.timed("[Music]", start, end, TimeSource.MEASURED).withFlag(WordFlag.SOUND_TAG, true)));
    }
}
