package org.turnscript.bench;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Roster;
import org.turnscript.suggest.TurnSuggestion;

/**
 * Boundary precision, recall and F1 within a tolerance (each gold boundary matched at most once, to the nearest
 * predicted one), and word attribution: the share of words whose speaker, after applying the suggestions in order,
 * is the gold one.
 */
record TurnScores(int predicted, int gold, int matched, double attribution) {

    static final int TOLERANCE = 3;

    double precision() {
        return predicted == 0 ? 0 : matched / (double) predicted;
    }

    double recall() {
        return gold == 0 ? 0 : matched / (double) gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static TurnScores of(DevConversation c, List<TurnSuggestion> applied, Roster roster) {
        List<Integer> predicted = new ArrayList<>();
        for (TurnSuggestion s : applied) {
            if (s.word() > 0) {
                predicted.add(s.word());
            }
        }
        List<Integer> gold = c.boundaries();
        boolean[] used = new boolean[gold.size()];
        int matched = 0;
        for (int p : predicted) {
            int best = -1;
            for (int g = 0; g < gold.size(); g++) {
                int d = Math.abs(gold.get(g) - p);
                if (!used[g] && d <= TOLERANCE && (best < 0 || d < Math.abs(gold.get(best) - p))) {
                    best = g;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matched++;
            }
        }
        return new TurnScores(predicted.size(), gold.size(), matched, attribution(c, applied, roster));
    }

    private static double attribution(DevConversation c, List<TurnSuggestion> applied, Roster roster) {
        int n = c.wordSpeakers().length;
        String current = null;
        int next = 0;
        int right = 0;
        for (int i = 0; i < n; i++) {
            while (next < applied.size() && applied.get(next).word() <= i) {
                current = roster.nameOf(applied.get(next++).speakerId());
            }
            if (c.wordSpeakers()[i].equals(current)) {
                right++;
            }
        }
        return right / (double) n;
    }

    /** Everything on the first speaker: the floor any method must beat. */
    static double firstSpeakerOnly(DevConversation c) {
        int right = 0;
        for (String s : c.wordSpeakers()) {
            if (s.equals(c.wordSpeakers()[0])) {
                right++;
            }
        }
        return right / (double) c.wordSpeakers().length;
    }
}
