package org.turnscript.subtitles;

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

/** Small timed transcripts for layout and format tests. */
public final class TimedTranscripts {

    private TimedTranscripts() {
    }

    public static Transcript of(Roster roster, Segment... segments) {
        return new Transcript(Metadata.EMPTY, roster, List.of(segments));
    }

    /** A speech segment whose words follow each other, each {@code msPerWord} long, from {@code start}. */
    public static Segment speech(String id, String speakerId, long start, long msPerWord, String text) {
        List<Word> words = new ArrayList<>();
        long t = start;
        for (String w : text.split(" ")) {
            words.add(Word.timed(w, t, t + msPerWord, TimeSource.MEASURED));
            t += msPerWord;
        }
        return new Segment(id, speakerId, SegmentKind.SPEECH, words);
    }

    public static Segment sound(String id, long start, long end, String tag) {
        Word w = new Word(tag, tag, start, end, TimeSource.MEASURED, WordFlag.SOUND_TAG.bit());
        return new Segment(id, null, SegmentKind.NON_SPEECH, List.of(w));
    }

    /** The id of the speaker called {@code name}. */
    public static String id(Roster roster, String name) {
        return roster.byName(name).orElseThrow().id();
    }
}
