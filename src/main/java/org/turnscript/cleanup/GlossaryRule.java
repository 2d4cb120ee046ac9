package org.turnscript.cleanup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.SpeakerSequence;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Turns;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Applies a {@link Glossary}: every whole-word occurrence of a wrong phrase, ignoring case and the punctuation
 * around words and looking past dropped words, becomes the right phrase. Phrases are found left to right without
 * overlapping, the longest wrong phrase first where several start at the same word.
 *
 * <p>A phrase is matched across the segments of a turn (consecutive speech segments of one speaker), because
 * imported captions are cut into provisional segments by length and a cut may fall inside a phrase ("…like chill |
 * I think calls for…"). A replacement that spans two segments ends up in the first: the words of the phrase move
 * to its end, each keeping its time. (Not when that would leave the second segment without words; then the words
 * are corrected where they are.)
 *
 * <p>A wrong phrase is matched against the text as the captions have it, before fillers are dropped: a filler the
 * filler rule has already dropped still matches a filler written in the wrong phrase ("taken verb um → taken
 * verbatim"), and a hesitation ({@link FillerRule#DEFAULT_FILLERS}), dropped or not yet, is skipped where the
 * phrase has none ("Tim uh Wong" matches "Tim Wong"). Skipping it before the filler rule has run too keeps the
 * pipeline idempotent: the glossary runs first, and "q uh z" must match "q z" then as it would once "uh" is dropped.
 *
 * <p>A wrong phrase of N words becomes a right phrase of M words like this: the first min(N, M) words take the new
 * texts and keep their times; extra old words are flagged {@link WordFlag#DROPPED}; extra new words are inserted
 * after the last old word and share its time slot in equal parts ({@link TimeSource#INTERPOLATED}). Punctuation
 * before the first and after the last old word stays around the new phrase ("Wong," → "Hwang,"). Inserted words
 * have an empty {@link Word#original()}, which is how {@link Restore} recognises and removes them.
 *
 * <p>A phrase that already reads right, punctuation aside, is left alone ("Chris Hay" for the entry "Chris hay →
 * Chris Hay"), so applying twice changes nothing the second time. The one exception is a glossary whose output,
 * with the words before it, spells a wrong phrase again: "a b → a" on "a b b", or "b c → c" on "b b c". Glossaries
 * of names and terms do not do that.
 */
public final class GlossaryRule implements CleanupRule {

    public static final String ID = "glossary";

    private final Glossary glossary;

    public GlossaryRule(Glossary glossary) {
        this.glossary = Objects.requireNonNull(glossary, "glossary");
    }

    public Glossary glossary() {
        return glossary;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Apply glossary";
    }

    @Override
    public String description() {
        return "Replaces misheard phrases with their right spelling, from the project glossary ("
                + glossary.size() + (glossary.size() == 1 ? " entry)." : " entries).");
    }

    @Override
    public String example() {
        return "with the entry \"Tim Wong → Tim Hwang\": host Tim Wong uh → host Tim Hwang uh";
    }

    @Override
    public CleanupResult apply(Transcript transcript) {
        Edits edits = new Edits(transcript, ID);
        if (glossary.isEmpty()) {
            return edits.result();
        }
        for (List<Integer> run : turnRuns(transcript)) {
            List<Match> matches = matches(transcript, run);
            if (!matches.isEmpty()) {
                rewrite(edits, transcript, run, matches);
            }
        }
        return edits.result();
    }

    /** How many replacements each entry would make, in glossary order, without changing anything. */
    public Map<Glossary.Entry, Integer> preview(Transcript transcript) {
        Map<Glossary.Entry, Integer> counts = new LinkedHashMap<>();
        glossary.entries().forEach(e -> counts.put(e, 0));
        for (List<Integer> run : turnRuns(transcript)) {
            matches(transcript, run).forEach(m -> counts.merge(m.entry(), 1, Integer::sum));
        }
        return counts;
    }

    /** A word of a turn run: {@code run} indexes the run's segments, {@code word} the segment's words. */
    private record Position(int run, int word) {
    }

    /**
     * One replacement to make.
     *
     * @param entry    the glossary entry
     * @param oldWords the N matched words, in order
     * @param newTexts the M texts, punctuation included
     */
    private record Match(Glossary.Entry entry, List<Position> oldWords, List<String> newTexts) {

        Position first() {
            return oldWords.get(0);
        }

        Position last() {
            return oldWords.get(oldWords.size() - 1);
        }
    }

    /**
     * The runs of consecutive speech segments of one speaker (by {@link Turns}, so an untagged segment continues
     * the turn before it), as segment indexes. A sound segment ends a run: words are never moved across it.
     */
    private static List<List<Integer>> turnRuns(Transcript transcript) {
        String[] speakers = Turns.effectiveSpeakers(SpeakerSequence.of(transcript));
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int s = 0; s < transcript.segments().size(); s++) {
            Segment segment = transcript.segment(s);
            boolean continues = !run.isEmpty() && segment.kind() == SegmentKind.SPEECH
                    && run.get(run.size() - 1) == s - 1 && Objects.equals(speakers[s], speakers[s - 1]);
            if (!continues && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (segment.kind() == SegmentKind.SPEECH) {
                run.add(s);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private List<Match> matches(Transcript transcript, List<Integer> run) {
        // the words a phrase can be made of: spoken ones, and fillers already dropped (see the class comment)
        List<Position> positions = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        for (int r = 0; r < run.size(); r++) {
            List<Word> segmentWords = transcript.segment(run.get(r)).words();
            for (int i = 0; i < segmentWords.size(); i++) {
                Word w = segmentWords.get(i);
                if (SpokenWords.isSpoken(w) || isDroppedFiller(w)) {
                    positions.add(new Position(r, i));
                    words.add(w);
                }
            }
        }
        List<Match> matches = new ArrayList<>();
        int p = 0;
        while (p < words.size()) {
            List<Integer> found = null;
            Glossary.Entry entry = null;
            if (SpokenWords.isSpoken(words.get(p))) {
                for (Glossary.Entry candidate : glossary.startingWith(WordText.key(words.get(p).text()))) {
                    found = matchAt(words, p, candidate.wrongKeys());
                    if (found != null) {
                        entry = candidate;
                        break;
                    }
                }
            }
            if (found == null) {
                p++;
                continue;
            }
            List<Word> old = found.stream().map(words::get).toList();
            List<String> newTexts = newTexts(entry, old);
            int end = found.get(found.size() - 1) + 1;
            if (newTexts.size() >= old.size() && alreadyRight(words, p, entry.rightWords())) {
                // The text already reads right ("Chris Hay" for "chris hay"), or this is an earlier run's output.
                p = Math.max(end, spokenAfter(words, p, newTexts.size()));
                continue;
            }
            matches.add(new Match(entry, found.stream().map(positions::get).toList(), newTexts));
            p = end;
        }
        return matches;
    }

    /**
     * The indexes of the words that spell {@code keys} from {@code from} on, or null: each key takes the next
     * spoken word, or a dropped filler with that very key; a filler the phrase does not name is passed by.
     */
    private static List<Integer> matchAt(List<Word> words, int from, List<String> keys) {
        List<Integer> found = new ArrayList<>(keys.size());
        int i = from;
        for (String key : keys) {
            while (i < words.size() && isPassableFiller(words.get(i))
                    && !WordText.key(words.get(i).text()).equals(key)) {
                i++;
            }
            if (i >= words.size() || !WordText.key(words.get(i).text()).equals(key)) {
                return null;
            }
            found.add(i++);
        }
        return found;
    }

    private static boolean isDroppedFiller(Word w) {
        return w.isDropped() && w.has(WordFlag.FILLER) && !w.isSoundTag();
    }

    /** A filler the filler rule has dropped, or a hesitation it will drop: a phrase that does not name it passes by. */
    private static boolean isPassableFiller(Word w) {
        return isDroppedFiller(w) || (!w.isDropped() && !w.isSoundTag()
                && FillerRule.DEFAULT_FILLERS.contains(WordText.key(w.text())));
    }

    private static List<String> newTexts(Glossary.Entry entry, List<Word> old) {
        List<String> texts = new ArrayList<>(entry.rightWords());
        String leading = WordText.leading(old.get(0).text());
        String trailing = WordText.trailing(old.get(old.size() - 1).text());
        texts.set(0, leading + texts.get(0));
        texts.set(texts.size() - 1, texts.get(texts.size() - 1) + trailing);
        return texts;
    }

    /**
     * Whether the spoken words from {@code from} on already spell the right phrase, punctuation aside (a comma
     * the replacement moved onto an inserted word must not make the phrase look wrong again). Asked only when the
     * phrase does not shrink: a shrinking replacement always drops a word, so it is never a no-op.
     */
    private static boolean alreadyRight(List<Word> words, int from, List<String> right) {
        int i = from;
        for (String r : right) {
            while (i < words.size() && !SpokenWords.isSpoken(words.get(i))) {
                i++;
            }
            if (i >= words.size() || !WordText.core(words.get(i).text()).equals(WordText.core(r))) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** The index after the {@code count}-th spoken word from {@code from} on. */
    private static int spokenAfter(List<Word> words, int from, int count) {
        int i = from;
        int seen = 0;
        while (i < words.size() && seen < count) {
            if (SpokenWords.isSpoken(words.get(i))) {
                seen++;
            }
            i++;
        }
        return i;
    }

    /**
     * Makes the matches, last first, so that inserting words and moving words to an earlier segment never shift
     * the positions of a match still to come; then records one change per match, in document order.
     */
    private static void rewrite(Edits edits, Transcript transcript, List<Integer> run, List<Match> matches) {
        List<List<Word>> segments = new ArrayList<>(run.size());
        run.forEach(s -> segments.add(new ArrayList<>(transcript.segment(s).words())));
        List<Word> firstWords = new ArrayList<>(matches.size());
        for (int m = matches.size() - 1; m >= 0; m--) {
            firstWords.add(0, replace(segments, matches.get(m)));
        }
        record Placed(int run, int index, Match match) {
        }
        List<Placed> placed = new ArrayList<>(matches.size());
        for (int m = 0; m < matches.size(); m++) {
            // a phrase's first word stays in its segment: words only move into it, or are inserted after it
            int r = matches.get(m).first().run();
            placed.add(new Placed(r, indexOfIdentical(segments.get(r), firstWords.get(m)), matches.get(m)));
        }
        placed.sort(Comparator.comparingInt(Placed::run).thenComparingInt(Placed::index));
        for (int r = 0; r < segments.size(); r++) {
            if (!segments.get(r).equals(transcript.segment(run.get(r)).words())) {
                edits.replaceWords(run.get(r), segments.get(r));
            }
        }
        for (Placed p : placed) {
            Match match = p.match();
            String before = String.join(" ", match.oldWords().stream()
                    .map(o -> transcript.segment(run.get(o.run())).words().get(o.word()).text()).toList());
            edits.record(run.get(p.run()), p.index(), before, String.join(" ", match.newTexts()));
        }
    }

    /** Makes one match in the run's word lists; returns the word that now stands first in the phrase. */
    private static Word replace(List<List<Word>> segments, Match match) {
        int n = match.oldWords().size();
        int k = match.newTexts().size();
        Word first = null;
        for (int j = 0; j < n; j++) {
            Position at = match.oldWords().get(j);
            List<Word> words = segments.get(at.run());
            Word w = words.get(at.word());
            if (j < k) {
                // a dropped filler that the phrase names and that takes a new text is said again
                w = w.withText(match.newTexts().get(j)).withFlag(WordFlag.DROPPED, false)
                        .withFlag(WordFlag.FILLER, false);
            } else {
                w = w.withFlag(WordFlag.DROPPED, true);
            }
            words.set(at.word(), w);
            if (j == 0) {
                first = w;
            }
        }
        Position last = match.last();
        int lastIndex = last.word();
        if (k > n) {
            List<Word> words = segments.get(last.run());
            List<Word> shared = share(words.get(lastIndex), match.newTexts().subList(n, k));
            words.set(lastIndex, shared.get(0));
            words.addAll(lastIndex + 1, shared.subList(1, shared.size()));
            if (n == 1) {
                first = shared.get(0);
            }
            lastIndex += shared.size() - 1;
        }
        moveIntoFirstSegment(segments, match.first().run(), last.run(), lastIndex);
        return first;
    }

    /**
     * A phrase that starts in segment {@code from} and ends at word {@code lastIndex} of the next segment moves
     * there whole: the second segment's words up to the phrase's end go to the end of the first, times unchanged.
     * Left as it is when the phrase spans more than two segments or would take all of the second's words.
     */
    private static void moveIntoFirstSegment(List<List<Word>> segments, int from, int to, int lastIndex) {
        if (to != from + 1 || lastIndex + 1 >= segments.get(to).size()) {
            return;
        }
        List<Word> moved = segments.get(to).subList(0, lastIndex + 1);
        segments.get(from).addAll(moved);
        moved.clear();
    }

    private static int indexOfIdentical(List<Word> words, Word word) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i) == word) {
                return i;
            }
        }
        return -1;
    }

    /** The word followed by the extra words, all in the word's time slot, split into equal parts. */
    private static List<Word> share(Word word, List<String> extraTexts) {
        List<Word> result = new ArrayList<>(extraTexts.size() + 1);
        if (!word.isTimed()) {
            result.add(word);
            extraTexts.forEach(t -> result.add(inserted(t, Word.UNKNOWN_TIME, Word.UNKNOWN_TIME,
                    TimeSource.UNKNOWN)));
            return result;
        }
        int parts = extraTexts.size() + 1;
        long start = word.start();
        long span = word.end() - start;
        result.add(word.withTime(start, start + span / parts, word.source()));
        for (int j = 1; j < parts; j++) {
            result.add(inserted(extraTexts.get(j - 1), start + span * j / parts, start + span * (j + 1) / parts,
                    TimeSource.INTERPOLATED));
        }
        return result;
    }

    private static Word inserted(String text, long start, long end, TimeSource source) {
        return new Word(text, Restore.INSERTED_ORIGINAL, start, end, source, 0);
    }
}
