package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.turnscript.model.Roster;
import org.turnscript.model.Speaker;

/**
 * Who speaks next. Learned afresh from the transcript's tagged turns each time it is made (the editor's
 * confirmations): which speaker follows which, and each speaker's words (a naive Bayes model over the words of
 * the turns the editor has closed). Before anything is learned, the host (the first in the roster) is the one who
 * takes the floor back, and a name said just before the boundary points at the next speaker.
 */
final class SpeakerGuess {

    /** Words after the boundary that the word model reads. */
    private static final int READ_AHEAD = 40;
    /** Words a speaker must have said before their word model is trusted. */
    private static final int MIN_LEARNED = 80;

    private final List<String> speakers = new ArrayList<>();
    private final String host;
    private final RosterNames names;
    private final Map<String, Map<String, Integer>> words = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();
    private final Map<String, Integer> background = new HashMap<>();
    private int backgroundTotal;
    private final Map<String, Map<String, Integer>> transitions = new HashMap<>();
    /** The voices of the recording, when the words were timed from one; else null. */
    private final VoiceCues voices;

    SpeakerGuess(Roster roster, RosterNames names, WordStream ws) {
        this(roster, names, ws, null);
    }

    SpeakerGuess(Roster roster, RosterNames names, WordStream ws, VoiceCues voices) {
        this.voices = voices;
        for (Speaker s : roster.speakers()) {
            speakers.add(s.id());
        }
        this.host = speakers.isEmpty() ? null : speakers.get(0);
        this.names = names;
        learn(ws);
    }

    /** The closed turns of the transcript: from one tag where the speaker changes to the next. */
    private void learn(WordStream ws) {
        ws.closedTurns((start, end, speaker, next) -> {
            for (int k = start; k < end; k++) {
                count(speaker, ws.token(k));
            }
            transitions.computeIfAbsent(speaker, x -> new HashMap<>()).merge(next, 1, Integer::sum);
        });
    }

    private void count(String speaker, String token) {
        words.computeIfAbsent(speaker, x -> new HashMap<>()).merge(token, 1, Integer::sum);
        totals.merge(speaker, 1, Integer::sum);
        background.merge(token, 1, Integer::sum);
        backgroundTotal++;
    }

    /** Words the model has learned for {@code speaker}. */
    int learned(String speaker) {
        return totals.getOrDefault(speaker, 0);
    }

    /**
     * The likeliest speaker of a turn starting at word {@code b} after {@code previous} (null when unknown), other
     * than {@code previous}; {@code named} wins when a cue names someone, {@code ruledOut} never wins.
     */
    String next(WordStream ws, int b, int previousStart, String previous, String beforePrevious, String named,
                String ruledOut) {
        if (named != null && !named.equals(previous)) {
            return named;
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<String, Double> voice = voice(b);
        for (String c : speakers) {
            if (c.equals(previous) || c.equals(ruledOut)) {
                continue;
            }
            double s = score(ws, b, previousStart, previous, beforePrevious, c) + voice.getOrDefault(c, 0.0);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    /**
     * How likely each speaker other than {@code previous} is to take a turn starting at word {@code b}: the
     * scores of {@link #next} made into shares that add up to one (all on {@code named} when a cue names someone).
     */
    Map<String, Double> chances(WordStream ws, int b, int previousStart, String previous, String beforePrevious,
                                String named, String ruledOut) {
        Map<String, Double> out = new HashMap<>();
        if (named != null && !named.equals(previous)) {
            out.put(named, 1.0);
            return out;
        }
        double max = Double.NEGATIVE_INFINITY;
        Map<String, Double> voice = voice(b);
        for (String c : speakers) {
            if (!c.equals(previous) && !c.equals(ruledOut)) {
                double s = score(ws, b, previousStart, previous, beforePrevious, c) + voice.getOrDefault(c, 0.0);
                out.put(c, s);
                max = Math.max(max, s);
            }
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : out.entrySet()) {
            e.setValue(Math.exp(e.getValue() - max));
            sum += e.getValue();
        }
        for (Map.Entry<String, Double> e : out.entrySet()) {
            e.setValue(e.getValue() / sum);
        }
        return out;
    }

    /** What the voice after word {@code b} says of each speaker (empty without a recording). */
    private Map<String, Double> voice(int b) {
        return voices == null ? Map.of() : voices.evidence(b, speakers);
    }

    private double score(WordStream ws, int b, int previousStart, String previous, String beforePrevious, String c) {
        double prior = c.equals(host) ? 2.0 : 1.0; // the host takes the floor back
        if (c.equals(beforePrevious)) {
            prior += 1.0; // back and forth between two people
        }
        Map<String, Integer> after = previous == null ? Map.of() : transitions.getOrDefault(previous, Map.of());
        double s = Math.log(after.getOrDefault(c, 0) + prior);
        s += mentions(ws, b, previousStart, c);
        s += wordEvidence(ws, b, c);
        return s;
    }

    /**
     * A name the last speaker said just before the boundary was probably addressed; one said just after, probably
     * not by its owner. Names from before the last speaker's turn ({@code previousStart}) were someone else's.
     */
    private double mentions(WordStream ws, int b, int previousStart, String c) {
        double s = 0;
        for (int k = Math.max(Math.max(0, previousStart), b - 30); k < b; k++) {
            if (c.equals(names.at(ws, k))) {
                s = 1.5;
            }
        }
        for (int k = b + 2; k < Math.min(ws.size(), b + 25); k++) {
            if (c.equals(names.at(ws, k)) && !ws.token(k - 1).equals("i'm") && !ws.token(k - 1).equals("is")) {
                s -= 1.0;
                break;
            }
        }
        return s;
    }

    /** Mean per-word log-likelihood ratio of the words ahead under this speaker's words versus everyone's. */
    private double wordEvidence(WordStream ws, int b, String c) {
        int total = totals.getOrDefault(c, 0);
        if (total < MIN_LEARNED || backgroundTotal == 0) {
            return 0;
        }
        Map<String, Integer> own = words.get(c);
        int vocabulary = background.size() + 1;
        double sum = 0;
        int n = 0;
        for (int k = b; k < Math.min(ws.size(), b + READ_AHEAD); k++) {
            String t = ws.token(k);
            double pc = (own.getOrDefault(t, 0) + 0.5) / (total + 0.5 * vocabulary);
            double pb = (background.getOrDefault(t, 0) + 0.5) / (backgroundTotal + 0.5 * vocabulary);
            sum += Math.log(pc / pb);
            n++;
        }
        return n == 0 ? 0 : 8 * sum / n;
    }
}
