package org.turnscript.ui.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;
import org.turnscript.model.Chapter;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.TimeSource;
import org.turnscript.model.TimeOrder;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.timing.GapFiller;

/**
 * Converts between a {@link Transcript} and the transcript area's document: one paragraph per segment, the
 * speaker in the paragraph style, each word (with the space after it) in its own {@link WordStyle}.
 */
public final class TranscriptDocuments {

    /** Plain strings with word styles; adjacent equal styles merge. */
    public static final TextOps<String, WordStyle> OPS = SegmentOps.styledTextOps();

    private TranscriptDocuments() {
    }

    public static ParStyle parStyleOf(Segment s) {
        return new ParStyle(s.speakerId(), s.kind());
    }

    /** The area's document for a transcript; an empty transcript gives one empty paragraph. */
    public static ReadOnlyStyledDocument<ParStyle, String, WordStyle> toDocument(Transcript t) {
        if (t.segments().isEmpty()) {
            return ReadOnlyStyledDocument.fromString("", ParStyle.UNASSIGNED, WordStyle.TYPED, OPS);
        }
        ReadOnlyStyledDocumentBuilder<ParStyle, String, WordStyle> builder =
                new ReadOnlyStyledDocumentBuilder<>(OPS, ParStyle.UNASSIGNED, t.segments().size());
        Map<String, Map<Integer, ChapterMark>> chapters = chaptersBySegment(t);
        for (Segment s : t.segments()) {
            builder.addParagraph(styledWords(s, chapters.getOrDefault(s.id(), Map.of())), parStyleOf(s));
        }
        return builder.build();
    }

    /** The styled words of one segment, each followed by a space except the last. */
    public static List<StyledSegment<String, WordStyle>> styledWords(Segment s) {
        return styledWords(s, Map.of());
    }

    /**
     * As {@link #styledWords(Segment)}, with the chapters that start at its words (by word index). A chapter's
     * mark is on its word only, not on the space after it, so text typed after the word does not start one too.
     */
    public static List<StyledSegment<String, WordStyle>> styledWords(Segment s, Map<Integer, ChapterMark> chapters) {
        List<Word> words = s.words();
        List<StyledSegment<String, WordStyle>> segs = new ArrayList<>(words.size() + chapters.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String segmentId = i == 0 ? s.id() : null;
            boolean last = i == words.size() - 1;
            ChapterMark mark = chapters.get(i);
            if (mark == null) {
                segs.add(new StyledSegment<>(last ? w.text() : w.text() + " ", WordStyle.of(w, segmentId)));
            } else {
                segs.add(new StyledSegment<>(w.text(), WordStyle.of(w, segmentId, mark)));
                if (!last) {
                    segs.add(new StyledSegment<>(" ", WordStyle.of(w, segmentId)));
                }
            }
        }
        return segs;
    }

    /** The chapters of one segment of {@code t}, by word index. */
    public static Map<Integer, ChapterMark> chaptersOf(Transcript t, String segmentId) {
        Map<Integer, ChapterMark> out = new HashMap<>();
        for (Chapter c : t.chapters()) {
            if (c.segmentId().equals(segmentId)) {
                out.put(c.wordIndex(), c.mark());
            }
        }
        return out;
    }

    private static Map<String, Map<Integer, ChapterMark>> chaptersBySegment(Transcript t) {
        Map<String, Map<Integer, ChapterMark>> out = new HashMap<>();
        for (Chapter c : t.chapters()) {
            out.computeIfAbsent(c.segmentId(), k -> new HashMap<>()).put(c.wordIndex(), c.mark());
        }
        return out;
    }

    /**
     * Reads the area's paragraphs back into a transcript. Words keep the time of the style their characters
     * carry; a word split in two by typing a space shares its time in proportion to length; typed words are
     * interpolated between their neighbours. Empty paragraphs are skipped.
     */
    public static Transcript toTranscript(List<Paragraph<ParStyle, String, WordStyle>> paragraphs, Roster roster,
                                          Metadata metadata) {
        return toTranscript(paragraphs, roster, metadata, null);
    }

    /**
     * As {@link #toTranscript(List, Roster, Metadata)}, taking the words of paragraphs that {@code cache} has seen
     * before from it: RichTextFX shares unchanged paragraphs between snapshots, so after an edit only the paragraphs
     * it touched are read again (at ten hours a settle then makes a few words instead of 100,000).
     */
    public static Transcript toTranscript(List<Paragraph<ParStyle, String, WordStyle>> paragraphs, Roster roster,
                                          Metadata metadata, ParagraphWords cache) {
        List<String> preferredIds = new ArrayList<>(paragraphs.size());
        List<List<Word>> wordLists = new ArrayList<>(paragraphs.size());
        List<ParStyle> styles = new ArrayList<>(paragraphs.size());
        List<Map<Integer, ChapterMark>> chapterMarks = new ArrayList<>(paragraphs.size());
        for (Paragraph<ParStyle, String, WordStyle> p : paragraphs) {
            ParagraphWords.Read read = cache != null ? cache.get(p) : read(p);
            if (read == null) {
                continue;
            }
            preferredIds.add(read.segmentId());
            wordLists.add(read.words());
            styles.add(p.getParagraphStyle());
            chapterMarks.add(read.chapters());
        }
        if (cache != null) {
            cache.forgetUnused();
        }
        List<String> ids = assignIds(preferredIds);
        List<Segment> segments = new ArrayList<>(wordLists.size());
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < wordLists.size(); i++) {
            ParStyle ps = styles.get(i);
            String speaker = ps.speakerId() != null && roster.byId(ps.speakerId()).isPresent() ? ps.speakerId() : null;
            segments.add(new Segment(ids.get(i), speaker, ps.kind(), wordLists.get(i)));
            for (Map.Entry<Integer, ChapterMark> c : chapterMarks.get(i).entrySet()) {
                chapters.add(new Chapter(ids.get(i), c.getKey(), c.getValue()));
            }
        }
        // Typing and pasting can carry a word's time into a second place: the transcript keeps its times in order.
        Transcript t = new Transcript(metadata, roster, TimeOrder.restore(segments), chapters);
        return GapFiller.fill(t, metadata.hasDuration() ? metadata.durationMs() : Word.UNKNOWN_TIME);
    }

    /**
     * The segments of some paragraphs as they stand, for the journal: no gap filling (typed words stay untimed
     * until the whole transcript is made), speakers not in the roster dropped, and each segment its own id or,
     * when it has none, {@code idPrefix} and a number. Paragraphs without words give none.
     */
    public static List<Segment> segmentsOf(List<Paragraph<ParStyle, String, WordStyle>> paragraphs, Roster roster,
                                           String idPrefix) {
        List<Segment> segments = new ArrayList<>(paragraphs.size());
        Set<String> used = new HashSet<>();
        for (Paragraph<ParStyle, String, WordStyle> p : paragraphs) {
            List<WordRun> runs = WordRun.of(p);
            if (runs.isEmpty()) {
                continue;
            }
            String id = runs.get(0).style().segmentId();
            if (id == null || !used.add(id)) {
                id = idPrefix + segments.size();
                used.add(id);
            }
            ParStyle ps = p.getParagraphStyle();
            String speaker = ps.speakerId() != null && roster.byId(ps.speakerId()).isPresent() ? ps.speakerId() : null;
            segments.add(new Segment(id, speaker, ps.kind(), toWords(runs)));
        }
        return segments;
    }

    /**
     * The chapters that start in {@code paragraphs}, on the segments {@link #segmentsOf} made of them (one per
     * paragraph with words, in order), for the journal.
     */
    public static List<Chapter> chaptersOf(List<Paragraph<ParStyle, String, WordStyle>> paragraphs,
                                           List<Segment> segments) {
        List<Chapter> out = new ArrayList<>();
        int k = 0;
        for (Paragraph<ParStyle, String, WordStyle> p : paragraphs) {
            List<WordRun> runs = WordRun.of(p);
            if (runs.isEmpty()) {
                continue;
            }
            String id = segments.get(k++).id();
            Map<Integer, ChapterMark> marks = chapterMarks(runs);
            marks.keySet().stream().sorted().forEach(word -> out.add(new Chapter(id, word, marks.get(word))));
        }
        return out;
    }

    /** Whether a paragraph becomes a segment (has a word). */
    public static boolean hasWords(Paragraph<ParStyle, String, WordStyle> p) {
        if (p.length() == 0) {
            return false;
        }
        for (StyledSegment<String, WordStyle> seg : p.getStyledSegments()) {
            String text = seg.getSegment();
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A paragraph's words and the segment id its first word carries; null when it has no word. */
    static ParagraphWords.Read read(Paragraph<ParStyle, String, WordStyle> p) {
        List<WordRun> runs = WordRun.of(p);
        return runs.isEmpty() ? null : new ParagraphWords.Read(runs.get(0).style().segmentId(),
                List.copyOf(toWords(runs)), chapterMarks(runs));
    }

    /**
     * The chapters that start at a paragraph's words, by word index (as {@link #toWords} counts them). A word
     * with the same style as the word before it is that word continued (a space typed into it, or a word typed
     * after it that took its style), so it does not start the chapter a second time.
     */
    private static Map<Integer, ChapterMark> chapterMarks(List<WordRun> runs) {
        Map<Integer, ChapterMark> out = null;
        WordStyle previous = null;
        for (int i = 0; i < runs.size(); i++) {
            WordStyle style = runs.get(i).style();
            if (style.startsChapter() && !style.equals(previous)) {
                if (out == null) {
                    out = new HashMap<>();
                }
                out.put(i, style.chapter());
            }
            previous = style;
        }
        return out == null ? Map.of() : Map.copyOf(out);
    }

    private static List<Word> toWords(List<WordRun> runs) {
        List<Word> words = new ArrayList<>(runs.size());
        int i = 0;
        while (i < runs.size()) {
            WordStyle style = runs.get(i).style();
            int j = i + 1;
            while (j < runs.size() && style.isTimed() && runs.get(j).style().equals(style)) {
                j++; // one imported word became several by typing a space into it: they share its time
            }
            if (j - i == 1) {
                words.add(wordOf(runs.get(i).text(), style, style.start(), style.end(), style.source()));
            } else {
                shareTime(runs.subList(i, j), style, words);
            }
            i = j;
        }
        return words;
    }

    private static void shareTime(List<WordRun> group, WordStyle style, List<Word> out) {
        long total = group.stream().mapToLong(r -> r.text().length()).sum();
        long span = style.end() - style.start();
        long acc = 0;
        for (int k = 0; k < group.size(); k++) {
            long s = style.start() + span * acc / total;
            acc += group.get(k).text().length();
            long e = style.start() + span * acc / total;
            WordStyle own = k == 0 ? style : new WordStyle(s, e, style.source(), style.flags(), null, null);
            out.add(wordOf(group.get(k).text(), own, s, e, TimeSource.INTERPOLATED));
        }
    }

    private static Word wordOf(String text, WordStyle style, long start, long end, TimeSource source) {
        return new Word(text, style.original() == null ? text : style.original(), start, end, source, style.flags());
    }

    /** Keeps each paragraph's own id where it is still unique; gives the others fresh sequential ids. */
    private static List<String> assignIds(List<String> preferred) {
        Set<String> used = new HashSet<>();
        int max = 0;
        for (String id : preferred) {
            if (id != null && id.matches("s\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(id.substring(1)));
            }
        }
        List<String> ids = new ArrayList<>(preferred.size());
        for (String id : preferred) {
            if (id != null && used.add(id)) {
                ids.add(id);
            } else {
                String fresh = Transcript.sequentialId(++max);
                used.add(fresh);
                ids.add(fresh);
            }
        }
        return ids;
    }

    /**
     * The paragraph with every word of a group that shares one timed style (an imported word that typing made
     * several: a space typed into it, or a word typed against it) restyled with its own share of the time, as
     * {@link #read} gives it, so that its words read the same. A paragraph split inside such a group would
     * otherwise give both halves the whole time, and the two segments would overlap.
     */
    static Paragraph<ParStyle, String, WordStyle> withOwnTimes(Paragraph<ParStyle, String, WordStyle> p) {
        List<WordRun> runs = WordRun.of(p);
        List<Word> words = toWords(runs);
        Paragraph<ParStyle, String, WordStyle> out = p;
        for (int i = 0; i + 1 < runs.size(); i++) {
            WordStyle style = runs.get(i).style();
            int j = i + 1;
            while (j < runs.size() && style.isTimed() && runs.get(j).style().equals(style)) {
                j++;
            }
            if (j - i > 1) {
                out = restyleGroup(out, p, runs, words, i, j);
            }
            i = j - 1;
        }
        return out;
    }

    /**
     * Gives the characters of the group of words {@code i} (inclusive) to {@code j} (exclusive) that carry its
     * shared style each word's own: the word's letters and the white space after it (and before the first), since
     * text typed there takes the style of the character before it and would otherwise take the whole time again.
     */
    private static Paragraph<ParStyle, String, WordStyle> restyleGroup(Paragraph<ParStyle, String, WordStyle> out,
            Paragraph<ParStyle, String, WordStyle> p, List<WordRun> runs, List<Word> words, int i, int j) {
        WordStyle shared = runs.get(i).style();
        int from = i == 0 ? 0 : runs.get(i - 1).to();
        int to = j == runs.size() ? p.length() : runs.get(j).from();
        int k = i;
        WordStyle own = ownStyle(shared, words.get(i), true);
        for (int c = from; c < to; c++) {
            if (k + 1 < j && c >= runs.get(k + 1).from()) {
                k++;
                own = ownStyle(shared, words.get(k), false);
            }
            if (p.getStyleOfChar(c).equals(shared)) {
                out = out.restyle(c, c + 1, own);
            }
        }
        return out;
    }

    /** A word's own style within a shared group: the first keeps the original spelling, segment and chapter. */
    private static WordStyle ownStyle(WordStyle shared, Word w, boolean first) {
        return new WordStyle(w.start(), w.end(), w.source(), shared.flags(), first ? shared.original() : null,
                first ? shared.segmentId() : null, first ? shared.chapter() : null);
    }

    /**
     * A whitespace-delimited word of a paragraph, the style that carries its time, and where it is in the
     * paragraph ({@code from} inclusive, {@code to} exclusive).
     */
    record WordRun(String text, WordStyle style, int from, int to) {

        static List<WordRun> of(Paragraph<ParStyle, String, WordStyle> p) {
            List<WordRun> runs = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            WordStyle wordStyle = null;
            int at = 0;
            for (StyledSegment<String, WordStyle> seg : p.getStyledSegments()) {
                String text = seg.getSegment();
                WordStyle style = seg.getStyle();
                for (int k = 0; k < text.length(); k++, at++) {
                    char c = text.charAt(k);
                    if (Character.isWhitespace(c)) {
                        if (word.length() > 0) {
                            runs.add(new WordRun(word.toString(), wordStyle, at - word.length(), at));
                            word.setLength(0);
                            wordStyle = null;
                        }
                    } else {
                        word.append(c);
                        // The first timed style in the word carries its time; typed letters only add text.
                        if (wordStyle == null || (!wordStyle.isTimed() && style.isTimed())) {
                            wordStyle = style;
                        }
                    }
                }
            }
            if (word.length() > 0) {
                runs.add(new WordRun(word.toString(), wordStyle, at - word.length(), at));
            }
            return runs;
        }
    }
}
