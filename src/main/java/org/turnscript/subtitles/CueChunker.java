package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Word;

/** Cuts the kept words of one segment into cue-sized runs that fit the profile's lines and duration. */
final class CueChunker {

    private CueChunker() {
    }

    /**
     * @param words   timed kept words of one segment, at least one
     * @param label   visible speaker label for the first cue ("" for none)
     * @param speaker display name, or {@code null}
     */
    static List<CueDraft> chunk(List<Word> words, String label, String speaker, SubtitleProfile profile) {
        List<CueDraft> drafts = new ArrayList<>();
        String pendingLabel = label;
        int from = 0;
        while (from < words.size()) {
            int to = from + 1; // the first word always goes in, even when it alone is too long
            while (to < words.size() && fits(words, from, to + 1, pendingLabel, profile)) {
                to++;
            }
            if (to < words.size()) {
                to = preferPunctuation(words, from, to);
            }
            List<String> tokens = tokens(words, from, to, pendingLabel);
            drafts.add(new CueDraft(words.get(from).start(), latestEnd(words, from, to),
                    LineBreaker.breakTokens(tokens, profile.maxCharsPerLine(), profile.maxLines()), speaker));
            pendingLabel = "";
            from = to;
        }
        return drafts;
    }

    private static boolean fits(List<Word> words, int from, int to, String label, SubtitleProfile profile) {
        return latestEnd(words, from, to) - words.get(from).start() <= profile.maxDurationMs()
                && LineBreaker.fits(tokens(words, from, to, label), profile.maxCharsPerLine(), profile.maxLines());
    }

    /**
     * A full cue ends where the lines filled up; if a sentence (or failing that a clause) ended in its second half,
     * end the cue there instead so the next one starts with a fresh sentence.
     */
    private static int preferPunctuation(List<Word> words, int from, int to) {
        int fullLength = length(words, from, to);
        for (int cut = to; cut > from + 1; cut--) {
            if (endsSentence(words.get(cut - 1).text()) && length(words, from, cut) * 3 >= fullLength) {
                return cut;
            }
        }
        for (int cut = to; cut > from + 1; cut--) {
            if (endsClause(words.get(cut - 1).text()) && length(words, from, cut) * 2 >= fullLength) {
                return cut;
            }
        }
        return to;
    }

    private static List<String> tokens(List<Word> words, int from, int to, String label) {
        List<String> tokens = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            tokens.add(words.get(i).text());
        }
        tokens.set(0, label + tokens.get(0)); // the label never stands alone at the end of a line
        return tokens;
    }

    private static long latestEnd(List<Word> words, int from, int to) {
        long end = words.get(from).end();
        for (int i = from + 1; i < to; i++) {
            end = Math.max(end, words.get(i).end());
        }
        return end;
    }

    private static int length(List<Word> words, int from, int to) {
        int n = to - from - 1;
        for (int i = from; i < to; i++) {
            n += words.get(i).text().length();
        }
        return n;
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == '…';
    }

    private static boolean endsClause(String text) {
        char last = text.charAt(text.length() - 1);
        return last == ',' || last == ';' || last == ':';
    }
}
