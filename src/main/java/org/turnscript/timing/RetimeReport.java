package org.turnscript.timing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What re-timing from a caption file found: how many of the document's words were matched in it, and the long
 * stretches one text has and the other lacks, by their times in the recording.
 *
 * @param words           the document's words that could be matched (sound tags are not)
 * @param matched         those that were, and took the timed file's times
 * @param timedFileLacks  stretches of the document with no counterpart in the timed file (times as re-timed)
 * @param documentLacks   stretches of the timed file with no counterpart in the document (the file's times)
 */
public record RetimeReport(int words, int matched, List<Stretch> timedFileLacks, List<Stretch> documentLacks) {

    /** A stretch of the recording, in ms, and how many words it holds. */
    public record Stretch(long startMs, long endMs, int words) {
        @Override
        public String toString() {
            return Anchors.clock(startMs).replaceAll("\\.\\d+$", "") + "–"
                    + Anchors.clock(endMs).replaceAll("\\.\\d+$", "");
        }
    }

    public RetimeReport {
        timedFileLacks = List.copyOf(timedFileLacks);
        documentLacks = List.copyOf(documentLacks);
    }

    /** The share of words matched, 0 to 1. */
    public double share() {
        return words == 0 ? 0 : (double) matched / words;
    }

    /** "8,050 of 8,457 words matched (95.2 %)". */
    public String matchedText() {
        return String.format(Locale.ROOT, "%,d of %,d words matched (%.1f %%)", matched, words, share() * 100);
    }

    /** One line per finding: the share, then each long stretch ("the timed file lacks 2:10–3:40 (212 words)"). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(matchedText());
        for (Stretch s : timedFileLacks) {
            out.add("the timed file lacks " + s + " (" + s.words() + " words of the document, times interpolated)");
        }
        for (Stretch s : documentLacks) {
            out.add("the document lacks " + s + " of the timed file (" + s.words() + " words)");
        }
        return out;
    }
}
