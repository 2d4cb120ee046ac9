package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Word;

/**
 * Cuts the kept words of one segment into cue-sized runs that fit the profile's lines and duration, ending each
 * where a reader expects a break and, where that helps, where the words leave time to read them.
 */
final class CueChunker {

    private final List<Word> words;
    private final String speaker;
    private final SubtitleProfile profile;
    private final boolean countLabel;
    /** Start of whatever follows the segment, or {@link Long#MAX_VALUE}: the free time the last cue may use. */
    private final long followingStart;
    private String label;

    private CueChunker(List<Word> words, String label, String speaker, SubtitleProfile profile, boolean countLabel,
                       long followingStart) {
        this.words = words;
        this.label = label;
        this.speaker = speaker;
        this.profile = profile;
        this.countLabel = countLabel;
        this.followingStart = followingStart;
    }

    /**
     * @param words          timed kept words of one segment, at least one
     * @param label          visible speaker label for the first cue ("" for none)
     * @param everyCueLabel  label for the later cues ("" unless every cue is labelled)
     * @param speaker        display name, or {@code null}
     * @param countLabel     whether the label counts toward reading speed
     * @param followingStart start of the next segment's first word, or {@link Long#MAX_VALUE}
     */
    static List<CueDraft> chunk(List<Word> words, String label, String everyCueLabel, String speaker,
                                SubtitleProfile profile, boolean countLabel, long followingStart) {
        return new CueChunker(words, label, speaker, profile, countLabel, followingStart).run(everyCueLabel);
    }

    private List<CueDraft> run(String laterLabel) {
        List<CueDraft> drafts = new ArrayList<>();
        int from = 0;
        while (from < words.size()) {
            int to = from + 1; // the first word always goes in, even when it alone is too long
            while (to < words.size() && fits(from, to + 1) && (!tooDense(from, to + 1) || tooDense(from, to))) {
                to++;
            }
            if (to < words.size()) {
                to = betterCut(from, to);
                to = leaveTheLastCueTime(from, to);
            }
            drafts.add(draft(from, to));
            label = laterLabel;
            from = to;
        }
        return drafts;
    }

    private CueDraft draft(int from, int to) {
        List<String> tokens = tokens(from, to);
        List<String> lines = LineBreaker.breakTokens(tokens, profile.maxCharsPerLine(), profile.maxLines());
        String plain = plainText(from, to);
        int chars = ReadingSpeed.characters(lines);
        if (!countLabel) {
            chars = Math.min(chars, ReadingSpeed.characters(plain));
        }
        return new CueDraft(words.get(from).start(), latestEnd(from, to), lines,
                java.util.Collections.singletonList(speaker), chars, plain);
    }

    /**
     * Whether words from..to make one cue within the longest duration and the lines. Both checks stop at the first
     * word past a limit, so asking whether the whole rest of a long segment fits costs a cue's worth of words.
     */
    private boolean fits(int from, int to) {
        long latest = words.get(from).start() + profile.maxDurationMs();
        for (int i = from; i < to; i++) {
            if (words.get(i).end() > latest) {
                return false;
            }
            if (i - from > profile.maxCharsPerLine() * profile.maxLines()) {
                break; // more words than the lines have characters: they cannot fit, whatever their times
            }
        }
        return LineBreaker.fits(tokenView(from, to), profile.maxCharsPerLine(), profile.maxLines());
    }

    /** {@link #tokens} as a view, made in constant time whatever the range. */
    private List<String> tokenView(int from, int to) {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                String text = words.get(from + index).text();
                return index == 0 ? label + text : text;
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    /**
     * Whether the words from..to cannot be read in the time up to the next word (less the gap), or up to the
     * longest cue. A run too short to be a cue on its own never counts as readable, so dense speech is not
     * chopped into one-word flashes; cutting only helps where a pause follows.
     */
    private boolean tooDense(int from, int to) {
        long start = words.get(from).start();
        long next = to < words.size() ? words.get(to).start() : followingStart;
        long available = next == Long.MAX_VALUE ? profile.maxDurationMs()
                : Math.min(profile.maxDurationMs(), next - profile.minGapMs() - start);
        if (available < profile.minDurationMs()) {
            return true;
        }
        return ReadingSpeed.minDisplayMs(ReadingSpeed.characters(plainText(from, to)), profile.maxCharsPerSecond())
                > available;
    }

    /**
     * A full cue ends where the lines filled up; if a sentence (or failing that a clause) ended in its second half,
     * end the cue there instead so the next one starts with a fresh sentence. Otherwise step back from a cut
     * after an article or inside a name, while the cue keeps half its words.
     */
    private int betterCut(int from, int to) {
        int fullLength = length(from, to);
        for (int cut = to; cut > from + 1; cut--) {
            if (BreakRules.endsSentence(words.get(cut - 1).text()) && length(from, cut) * 3 >= fullLength) {
                return cut;
            }
        }
        for (int cut = to; cut > from + 1; cut--) {
            if (BreakRules.endsClause(words.get(cut - 1).text()) && length(from, cut) * 2 >= fullLength) {
                return cut;
            }
        }
        for (int cut = to; cut > from + 1 && length(from, cut) * 2 >= fullLength; cut--) {
            if (!BreakRules.isForbidden(words.get(cut - 1).text(), words.get(cut).text())) {
                return cut;
            }
        }
        return to;
    }

    /**
     * When the words after the cut would make a last cue too short to read ("day" alone before the next turn),
     * cut earlier so the last cue starts with time for the minimum duration, keeping as much in this cue as that
     * allows and never cutting after an article or inside a name.
     */
    private int leaveTheLastCueTime(int from, int to) {
        if (!fits(to, words.size()) || timeFrom(to) >= profile.minDurationMs()) {
            return to;
        }
        for (int cut = to - 1; cut > from; cut--) {
            if (timeFrom(cut) >= profile.minDurationMs() && fits(cut, words.size())
                    && !BreakRules.isForbidden(words.get(cut - 1).text(), words.get(cut).text())) {
                return cut;
            }
        }
        return to;
    }

    /** The time a last cue starting at word {@code from} can have before what follows the segment. */
    private long timeFrom(int from) {
        return followingStart == Long.MAX_VALUE ? Long.MAX_VALUE
                : followingStart - profile.minGapMs() - words.get(from).start();
    }

    /**
     * The words as line-breaking tokens, the label glued to the first word so it never ends a line alone (and
     * so readers that take a label from the start of a line find it). A label with a word too long to share a
     * line is the one way a label makes a line too long.
     */
    private List<String> tokens(int from, int to) {
        List<String> tokens = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            tokens.add(words.get(i).text());
        }
        tokens.set(0, label + tokens.get(0));
        return tokens;
    }

    private String plainText(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(i > from ? " " : "").append(words.get(i).text());
        }
        return text.toString();
    }

    private long latestEnd(int from, int to) {
        long end = words.get(from).end();
        for (int i = from + 1; i < to; i++) {
            end = Math.max(end, words.get(i).end());
        }
        return end;
    }

    private int length(int from, int to) {
        int n = to - from - 1;
        for (int i = from; i < to; i++) {
            n += words.get(i).text().length();
        }
        return n;
    }
}
