package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * The editor's answers to suggestions, as edits of the transcript: accepting tags the turn from the suggested word
 * and flags it {@link WordFlag#TURN_ACCEPTED}; rejecting only flags it {@link WordFlag#TURN_REJECTED}. The flags
 * travel with the word through every later edit and are saved in the project, so a decided suggestion is never
 * made again and the suggester learns from it.
 */
public final class TurnDecisions {

    private TurnDecisions() {
    }

    /** Tags from the suggested word on with the suggested speaker (or {@code speakerId}, when the editor chose another). */
    public static Transcript accept(Transcript t, TurnSuggestion s, String speakerId) {
        Transcript flagged = flag(t, s.segment(), s.offset(), WordFlag.TURN_ACCEPTED);
        return flagged.speakerFrom(s.segment(), s.offset(), speakerId);
    }

    public static Transcript accept(Transcript t, TurnSuggestion s) {
        return accept(t, s, s.speakerId());
    }

    public static Transcript reject(Transcript t, TurnSuggestion s) {
        return flag(t, s.segment(), s.offset(), WordFlag.TURN_REJECTED);
    }

    /** Sets {@code flag} on word {@code offset} of segment {@code segment}. */
    public static Transcript flag(Transcript t, int segment, int offset, WordFlag flag) {
        Segment seg = t.segment(segment);
        List<Word> words = new ArrayList<>(seg.words());
        words.set(offset, words.get(offset).withFlag(flag, true));
        return t.withSegment(segment, seg.withWords(words));
    }
}
