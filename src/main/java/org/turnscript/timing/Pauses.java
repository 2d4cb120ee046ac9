package org.turnscript.timing;

import java.util.Objects;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Where speakers stop for breath, and for how long, in the syllable units of {@link SpokenLength}: after a sentence,
 * after a clause, and longest where one speaker hands over to another. Text alone cannot hear the pauses, but
 * punctuation and turns are where most of them are.
 *
 * <p>A segment boundary alone is no evidence of a pause: untimed text is cut into provisional segments at a bounded
 * length when it is imported, wherever the words happen to run long.
 */
final class Pauses {

    /*
     * A least-squares fit of word-to-word times on word-timed podcasts and interviews gives about 2-3 syllables
     * after a sentence, 1-2 after a clause and 4-5 at a turn. The estimation benchmark (EstimationQuality) found no
     * setting that measurably lowers start-time errors, which speaking-rate drift dominates, so these are set
     * at about half the fitted values: they put silence where it belongs without moving a whole stretch.
     */

    /** After "." "?" "!". */
    static final double SENTENCE = 1.0;
    /** After "," ";" ":" or a dash. */
    static final double CLAUSE = 0.5;
    /** Between two speakers (a tagged change, or a {@code >>} hint). */
    static final double TURN = 2.0;

    private Pauses() {
    }

    /**
     * The pause after word {@code index} of {@code segment}; {@code next} is the segment after it (or null) and
     * is only looked at after the segment's last word. Continued turns must be spelled out
     * ({@code Transcript.resolveContinuedSpeakers}), so a segment without a speaker is not taken for a new turn.
     */
    static double after(Segment segment, int index, Segment next) {
        Word word = segment.words().get(index);
        double punctuation = punctuationPause(word.text());
        Word following;
        double boundary = 0;
        if (index + 1 < segment.words().size()) {
            following = segment.words().get(index + 1);
        } else if (next != null) {
            following = next.words().get(0);
            // Next to a sound segment no pause is added: the sound tag takes its own time.
            boolean speakerChange = next.kind() == SegmentKind.SPEECH && segment.kind() == SegmentKind.SPEECH
                    && next.speakerId() != null && !Objects.equals(next.speakerId(), segment.speakerId());
            boundary = speakerChange ? TURN : 0;
        } else {
            return 0;
        }
        if (following.has(WordFlag.SPEAKER_CHANGE_HINT)) {
            boundary = TURN;
        }
        return Math.max(punctuation, boundary);
    }

    static double punctuationPause(String text) {
        int end = text.length();
        // Closing quotes and brackets follow the mark that counts: 'said "no."' ends a sentence.
        while (end > 0 && "\"'’”)]»".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return 0;
        }
        char last = text.charAt(end - 1);
        if (".?!…".indexOf(last) >= 0) {
            return SENTENCE;
        }
        if (",;:—–".indexOf(last) >= 0 || text.equals("-") || text.equals("--")) {
            return CLAUSE;
        }
        return 0;
    }
}
