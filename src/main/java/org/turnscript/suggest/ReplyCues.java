package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * A question or hand-over phrase ending right where a strong answer opener starts ("… what do you think | yeah
 * I …"). Weak alone (captions have no question marks), so it scores low unless a pause or a name backs it.
 */
final class ReplyCues {

    private ReplyCues() {
    }

    static List<Candidate> find(WordStream ws) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 1; i < ws.size(); i++) {
            String opener = NameCues.openerAt(ws, i);
            if (opener == null || !Lexicon.STRONG_OPENERS.contains(opener)) {
                continue;
            }
            boolean question = false;
            for (String ending : Lexicon.QUESTION_ENDINGS) {
                int len = WordStream.parts(ending).length;
                if (i - len >= 0 && ws.matches(i - len, ending)) {
                    // "right" and a bare "do you" end many statements too.
                    double score = len >= 3 ? 0.45 : len == 2 ? 0.35 : 0.25;
                    found.add(new Candidate(i, score, TurnCue.QUESTION_ANSWER, ending + " → " + opener, null, null));
                    question = true;
                    break;
                }
            }
            // A reaction word on its own ("… yes well", "… oh that's") opens a reply about one time in three.
            if (!question && Lexicon.REACTIONS.contains(opener) && !ws.token(i - 1).equals(opener)
                    && !Lexicon.LEAD_INS.contains(ws.token(i - 1)) && !ws.token(i - 1).equals("i")) {
                found.add(new Candidate(i, 0.3, TurnCue.QUESTION_ANSWER, "→ " + opener, null, null));
            }
        }
        return found;
    }
}
