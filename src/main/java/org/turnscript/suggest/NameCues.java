package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cues from roster names: a speaker introducing themself ("I'm Kate"), a name handed the floor ("Skyler, what do
 * you think", "welcome back Chris"), and a name thanked ("thanks Kate", said by the next speaker). These are the
 * surest cues text alone gives; a roster of labels without names gives none.
 */
final class NameCues {

    /** How far after a hand-over the answer may start. */
    private static final int ANSWER_REACH = 20;

    private NameCues() {
    }

    static List<Candidate> find(WordStream ws, RosterNames names) {
        List<Candidate> found = new ArrayList<>();
        if (names.isEmpty()) {
            return found;
        }
        for (int i = 0; i < ws.size(); i++) {
            String named = names.at(ws, i);
            if (named == null) {
                continue;
            }
            Candidate c = selfIntroduction(ws, i, named);
            if (c == null) {
                c = thanks(ws, i, named);
            }
            if (c == null) {
                c = welcome(ws, i, named);
                if (c != null) {
                    Candidate back = hostReturns(ws, names, c);
                    if (back != null) {
                        found.add(back);
                    }
                }
            }
            if (c == null) {
                c = handover(ws, i, named);
            }
            if (c == null) {
                c = addressed(ws, i, named);
            }
            if (c != null) {
                found.add(c);
            }
        }
        return found;
    }

    private static Candidate selfIntroduction(WordStream ws, int i, String named) {
        for (String pattern : Lexicon.SELF_INTRODUCTIONS) {
            int start = phraseStart(ws, i, pattern);
            if (start >= 0) {
                double score = pattern.startsWith("i") || pattern.startsWith("my") ? 0.8
                        : pattern.startsWith("N") ? 0.6 : 0.45;
                int at = backOverLeadIns(ws, start);
                return new Candidate(at, score, TurnCue.SELF_INTRODUCTION, ws.text(start, i + 2), named, null);
            }
        }
        return null;
    }

    private static Candidate thanks(WordStream ws, int i, String named) {
        for (String pattern : Lexicon.THANKS) {
            int start = phraseStart(ws, i, pattern);
            if (start >= 0) {
                int at = backOverLeadIns(ws, start);
                return new Candidate(at, 0.6, TurnCue.NAME_THANKED, ws.text(start, i + 1), null, named);
            }
        }
        return null;
    }

    private static Candidate handover(WordStream ws, int i, String named) {
        List<String> all = Lexicon.HANDOVERS;
        for (int p = 0; p < all.size(); p++) {
            String pattern = all.get(p);
            int start = phraseStart(ws, i, pattern);
            if (start < 0) {
                continue;
            }
            int end = start + WordStream.parts(pattern).length;
            // The named person answers once the question is over: at the first reply opener after it.
            for (int b = end; b < Math.min(ws.size(), end + ANSWER_REACH); b++) {
                String opener = openerAt(ws, b);
                if (opener != null && Lexicon.STRONG_OPENERS.contains(opener)) {
                    boolean generic = p >= all.size() - 3; // "N what", "N how", "N why": often mid-sentence
                    double score = generic ? 0.5 : 0.7;
                    return new Candidate(b, score, TurnCue.NAME_ADDRESSED, ws.text(start, end), named, null);
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "welcome to the podcast Kate", "welcome back Chris": the guest answers right after their name, with an
     * opener ("thanks for having me") or without one ("my first time here").
     */
    private static Candidate welcome(WordStream ws, int i, String named) {
        for (int k = Math.max(0, i - 5); k < i; k++) {
            if (ws.token(k).equals("welcome")) {
                int b = i + 1;
                String opener = openerAt(ws, b);
                double score = opener != null && Lexicon.STRONG_OPENERS.contains(opener) ? 0.7 : 0.5;
                return new Candidate(b, score, TurnCue.NAME_ADDRESSED, ws.text(k, i + 1), named, null);
            }
        }
        return null;
    }

    /**
     * A guest answers a welcome briefly ("thanks", "what up", "my first time here, looking forward to it"); then the
     * host goes on, with "and", "so", or the next guest's name. The host is whoever is not the guest: the speaker
     * guess names them.
     */
    private static Candidate hostReturns(WordStream ws, RosterNames names, Candidate welcome) {
        for (int k = welcome.word() + 2; k < Math.min(ws.size(), welcome.word() + 11); k++) {
            String other = names.at(ws, k);
            if (Lexicon.HOST_GOES_ON.contains(ws.token(k)) || other != null && !other.equals(welcome.named())) {
                return new Candidate(k, 0.45, TurnCue.HOST_RETURNS, ws.text(welcome.word(), k), null,
                        welcome.named());
            }
        }
        return null;
    }

    /**
     * A name followed closely by "you" or "your" is someone being spoken to ("Kate, maybe you could take this
     * one"), unless it is someone spoken about ("as Skyler pointed out", "as Kate said").
     */
    private static Candidate addressed(WordStream ws, int i, String named) {
        if (Lexicon.REFERENCES.contains(ws.token(i - 1))) {
            return null;
        }
        for (int k = i + 1; k < Math.min(ws.size(), i + 9); k++) {
            if (Lexicon.SECOND_PERSON.contains(ws.token(k))) {
                for (int b = k + 1; b < Math.min(ws.size(), k + 1 + ANSWER_REACH); b++) {
                    String opener = openerAt(ws, b);
                    if (opener != null && Lexicon.STRONG_OPENERS.contains(opener)) {
                        return new Candidate(b, 0.5, TurnCue.NAME_ADDRESSED, ws.text(i, k + 1), named, null);
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The answer opener starting at word {@code b}, or null. */
    static String openerAt(WordStream ws, int b) {
        for (String opener : Lexicon.ANSWER_OPENERS) {
            if (ws.matches(b, opener)) {
                return opener;
            }
        }
        return null;
    }

    /**
     * Where {@code pattern} (with N for the name) starts when its N falls on word {@code i}; -1 when the words
     * around {@code i} do not read the pattern.
     */
    static int phraseStart(WordStream ws, int i, String pattern) {
        String[] parts = WordStream.parts(pattern);
        int n = -1;
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].equals("N")) {
                n = k;
            }
        }
        int start = i - n;
        if (start < 0) {
            return -1;
        }
        for (int k = 0; k < parts.length; k++) {
            if (k != n && !ws.token(start + k).equals(parts[k])) {
                return -1;
            }
        }
        return start;
    }

    /** "yeah thanks kate": the turn starts at "yeah", so move back over up to three lead-in words. */
    static int backOverLeadIns(WordStream ws, int start) {
        int at = start;
        while (at > 0 && start - at < 3 && Lexicon.LEAD_INS.contains(ws.token(at - 1))) {
            at--;
        }
        return at;
    }
}
