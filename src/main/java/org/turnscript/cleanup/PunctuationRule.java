package org.turnscript.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.SpeakerSequence;
import org.turnscript.model.Transcript;
import org.turnscript.model.Turns;
import org.turnscript.model.Word;

/**
 * Ends each turn with a sentence end: the last kept word of a speech segment gets a full stop when the next
 * speech segment has another speaker, and so does the last speech segment of the transcript. A turn that already
 * ends in ". ? ! …" or a dash (cut off) is left alone; a trailing ", ; :" becomes the full stop. Who speaks is
 * decided by {@link Turns}, so an untagged segment continues the turn before it (the editor tags only turn starts)
 * and segments before the first tag are one turn of nobody. This is the only punctuation added automatically;
 * {@link Punctuator} adds marks where the editor asks.
 */
public final class PunctuationRule implements CleanupRule {

    public static final String ID = "punctuation";

    private static final String WEAK_ENDS = ",;:";
    private static final String CLOSED_ENDS = ".?!…-–—";
    private static final String CLOSING = "\"'”’»)]";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "End turns with a full stop";
    }

    @Override
    public String description() {
        return "Puts a full stop after the last word of each turn that has no sentence end; adds no other "
                + "punctuation.";
    }

    @Override
    public String example() {
        return "Kate: that's the plan | Chris: yes → Kate: that's the plan. | Chris: yes.";
    }

    @Override
    public CleanupResult apply(Transcript transcript) {
        Edits edits = new Edits(transcript, ID);
        String[] speakers = Turns.effectiveSpeakers(SpeakerSequence.of(transcript));
        List<Integer> speech = new ArrayList<>();
        for (int s = 0; s < transcript.segments().size(); s++) {
            Segment segment = transcript.segment(s);
            if (segment.kind() == SegmentKind.SPEECH && lastSpokenWord(segment.words()) >= 0) {
                speech.add(s);
            }
        }
        for (int k = 0; k < speech.size(); k++) {
            Segment segment = transcript.segment(speech.get(k));
            boolean turnEnds = k == speech.size() - 1
                    || !Objects.equals(speakers[speech.get(k)], speakers[speech.get(k + 1)]);
            if (turnEnds) {
                int last = lastSpokenWord(segment.words());
                edits.setText(speech.get(k), last, withFullStop(segment.words().get(last).text()));
            }
        }
        return edits.result();
    }

    /** The text ending in a sentence end: unchanged if it has one (or a dash), else with a full stop. */
    static String withFullStop(String text) {
        int end = text.length();
        while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && CLOSED_ENDS.indexOf(text.charAt(end - 1)) >= 0) {
            return text;
        }
        if (end > 0 && WEAK_ENDS.indexOf(text.charAt(end - 1)) >= 0) {
            return text.substring(0, end - 1) + "." + text.substring(end);
        }
        return text + ".";
    }

    /** Index of the last word that is neither dropped nor a sound tag, or -1. */
    private static int lastSpokenWord(List<Word> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (SpokenWords.isSpoken(words.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
