package org.turnscript.bench;

import org.turnscript.audio.VoiceFrames;
import org.turnscript.model.Transcript;
import org.turnscript.suggest.TurnCue;
import org.turnscript.suggest.TurnDecisions;
import org.turnscript.suggest.TurnSuggester;
import org.turnscript.suggest.TurnSuggestion;
import org.turnscript.suggest.WordStream;

/**
 * An editor tagging a conversation left to right with the suggestions, simulated: the keys pressed per gold turn.
 * The editor knows the right answer and reviews the suggestions in order; the suggester is asked again after every
 * decision, so it learns from each confirmation and rejection as it would in the window.
 *
 * <p>Costs, as the window's keys work: the first suggestion is reached with F8 (one key). A suggestion on the right
 * word with the right speaker is one key (Alt+Enter accepts and moves on to the next suggestion); on the right word
 * with the wrong speaker, one key (Ctrl+digit accepts with that speaker and moves on); a suggestion where no turn
 * starts, one key (Alt+Backspace rejects and moves on). A suggestion one or two words off costs one key per word
 * to move it there (Alt+Shift+Left or Alt+Shift+Right) and one to accept it (Alt+Enter, or Ctrl+digit with another
 * speaker), and the review goes on; one three words off is placed by hand instead. A turn placed by hand costs three
 * keys (find the word, then tag), after which reaching the next suggestion costs F8 again.
 */
final class SuggestionSession {

    static final int BY_HAND = 3;

    private SuggestionSession() {
    }

    /** Keys pressed in all, and how many gold turns took a suggestion. */
    record Result(int keys, int turns, int fromSuggestions, int offBy, int rejected, Offsets voiceOffsets) {
        double keysPerTurn() {
            return keys / (double) turns;
        }
    }

    /**
     * Where the voice-change suggestions the editor took landed against the gold turn start: on it, one word early,
     * one word late, or further off (within the ±3 words a suggestion is taken at).
     */
    record Offsets(int exact, int early, int late, int other) {
        Offsets plus(int offset) {
            return new Offsets(exact + (offset == 0 ? 1 : 0), early + (offset == -1 ? 1 : 0),
                    late + (offset == 1 ? 1 : 0), other + (Math.abs(offset) > 1 ? 1 : 0));
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "voice changes taken: %d exact, %d one word early, %d one "
                    + "word late, %d further off", exact, early, late, other);
        }
    }

    static Result run(DevConversation c, Transcript start, double threshold) {
        return run(c, start, threshold, null);
    }

    /** With {@code voices} (or null), as the window suggests when the words were timed from that recording. */
    static Result run(DevConversation c, Transcript start, double threshold, VoiceFrames voices) {
        TurnSuggester suggester = new TurnSuggester(threshold).withVoices(voices);
        Transcript t = start;
        int keys = 0;
        int fromSuggestions = 0;
        int rejected = 0;
        int offBy = 0;
        Offsets voiceOffsets = new Offsets(0, 0, 0, 0);
        boolean reviewing = false;
        int caret = -1;
        int gi = 0;
        while (gi < c.starts().size()) {
            int g = c.starts().get(gi);
            String speaker = speakerId(t, c.wordSpeakers()[g]);
            TurnSuggestion s = null;
            for (TurnSuggestion x : suggester.suggest(t, threshold)) {
                if (x.word() > caret) {
                    s = x;
                    break;
                }
            }
            int at = s == null ? Integer.MAX_VALUE : s.word();
            if (s != null && at <= g + TurnScores.TOLERANCE) {
                if (!reviewing) {
                    keys++; // jump to the next suggestion
                }
                reviewing = true;
                if (at < g - TurnScores.TOLERANCE) {
                    if (System.getenv("BENCH_VERBOSE") != null) {
                        System.out.printf("      rejected %d %s | %s [%s]%n", at, t.roster().nameOf(s.speakerId()),
                                s.explanation(), WordsAround.text(t, at));
                    }
                    keys++;
                    rejected++;
                    t = TurnDecisions.reject(t, s);
                    caret = at;
                    continue;
                }
                int d = Math.abs(at - g);
                if (s.cue() == TurnCue.VOICE_CHANGE) {
                    voiceOffsets = voiceOffsets.plus(at - g);
                }
                if ((System.getProperty("suggest.verbose") != null || System.getenv("BENCH_VERBOSE") != null) && d > 0) {
                    System.out.printf("      off %+d %s | %s [%s]%n", at - g, t.roster().nameOf(s.speakerId()),
                            s.explanation(), WordsAround.text(t, g));
                }
                fromSuggestions++;
                offBy += d > 0 ? 1 : 0;
                if (d + 1 <= BY_HAND) {
                    // Moving the suggestion d words, then accepting it; the review goes on.
                    keys += d + 1;
                    if (d > 0) {
                        WordStream ws = WordStream.of(t);
                        s = new TurnSuggestion(g, ws.segment(g), ws.offset(g), s.speakerId(), s.score(), s.cue(),
                                s.detail());
                    }
                    t = TurnDecisions.accept(t, s, speaker);
                } else {
                    // Three words off: placing it by hand is as cheap, and ends the review.
                    keys += BY_HAND;
                    t = WordIndex.tag(t, g, speaker);
                    reviewing = false;
                }
            } else {
                keys += BY_HAND;
                reviewing = false;
                t = WordIndex.tag(t, g, speaker);
            }
            caret = g;
            gi++;
        }
        return new Result(keys, c.starts().size(), fromSuggestions, offBy, rejected, voiceOffsets);
    }

    private static String speakerId(Transcript t, String name) {
        return t.roster().byName(name).orElseThrow().id();
    }
}
