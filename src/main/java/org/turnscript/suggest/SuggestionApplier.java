package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.turnscript.model.SuggestionNote;
import org.turnscript.model.Transcript;

/**
 * Applies suggestions as turn starts without asking anyone, for the command line: each one tags from its word on
 * with its speaker, and the segment that starts there keeps the score and cue in its
 * {@link org.turnscript.model.Segment#suggestion()}, so a reviewer can find them. Nothing is flagged as accepted:
 * nobody has looked at them yet.
 */
public final class SuggestionApplier {

    private SuggestionApplier() {
    }

    /** The transcript with {@code suggestions} (in word order, from one {@link TurnSuggester} call) applied. */
    public static Transcript apply(Transcript t, List<TurnSuggestion> suggestions) {
        List<TurnSuggestion> backwards = new ArrayList<>(suggestions);
        // From the end, so that splitting a segment never moves the segments an earlier suggestion points at.
        backwards.sort((a, b) -> Integer.compare(b.word(), a.word()));
        Transcript out = t;
        for (TurnSuggestion s : backwards) {
            out = out.speakerFrom(s.segment(), s.offset(), s.speakerId());
            int at = s.offset() == 0 ? s.segment() : s.segment() + 1;
            out = out.withSegment(at, out.segment(at).withSuggestion(note(s)));
        }
        return out;
    }

    /** The cue's id as the project file spells it: {@code NAME_ADDRESSED} → {@code name-addressed}. */
    public static String cueId(TurnCue cue) {
        return cue.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static SuggestionNote note(TurnSuggestion s) {
        return new SuggestionNote(s.score(), cueId(s.cue()), s.detail());
    }
}
