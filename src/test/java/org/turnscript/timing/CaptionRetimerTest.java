package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class CaptionRetimerTest {

    private static final String[] VOCABULARY = ("so the thing about podcasts is that nobody really knows how many "
            + "people listen and advertisers want numbers which means we measure downloads instead of ears and "
            + "that tells you something about the whole industry right").split(" ");

    /** {@code count} words, 300-500 ms apart with now and then a pause, measured. */
    static List<Word> spokenWords(int count, long seed) {
        Random random = new Random(seed);
        List<Word> out = new ArrayList<>(count);
        long t = 500;
        for (int i = 0; i < count; i++) {
            String text = VOCABULARY[random.nextInt(VOCABULARY.length)];
            long length = 200 + random.nextInt(200);
            out.add(Word.timed(text, t, t + length, TimeSource.MEASURED));
            t += length + 100 + (random.nextInt(10) == 0 ? 1500 : 0);
        }
        return out;
    }

    private static Transcript timedFile(List<Word> words) {
        return new Transcript(Metadata.EMPTY, Roster.EMPTY,
                List.of(new Segment("s1", null, SegmentKind.SPEECH, words)));
    }

    /** The words untimed, in segments of 40 alternating between two tagged speakers, estimated over a duration. */
    private static Transcript untimedDocument(List<Word> words, long durationMs) {
        Roster roster = Roster.of(List.of("Kate", "Chris"));
        List<Segment> segments = new ArrayList<>();
        for (int from = 0, k = 1; from < words.size(); from += 40, k++) {
            List<Word> part = words.subList(from, Math.min(words.size(), from + 40)).stream()
                    .map(w -> Word.of(w.text())).toList();
            segments.add(new Segment("s" + k, roster.speakers().get(k % 2).id(), SegmentKind.SPEECH, part));
        }
        Transcript t = new Transcript(Metadata.EMPTY.withDurationMs(durationMs), roster, segments);
        return DurationEstimator.estimate(t, durationMs);
    }

    private static List<Word> flat(Transcript t) {
        return t.segments().stream().flatMap(s -> s.words().stream()).toList();
    }

    @Test
    void matchedWordsTakeTheFilesTimesAndNothingButTimesChanges() {
        List<Word> truth = spokenWords(600, 1);
        Transcript doc = untimedDocument(truth, truth.get(599).end() + 2000);
        // Cleanup marks a word, the editor retypes another: both are in the document, neither in the file as is.
        List<Segment> edited = new ArrayList<>(doc.segments());
        Segment first = edited.get(0);
        List<Word> firstWords = new ArrayList<>(first.words());
        firstWords.set(3, firstWords.get(3).withFlag(WordFlag.DROPPED, true));
        firstWords.set(10, firstWords.get(10).withText("Podcast's"));
        edited.set(0, first.withWords(firstWords));
        doc = doc.withSegments(edited);

        CaptionRetimer.Retimed retimed = CaptionRetimer.retime(doc, timedFile(truth), "episode.en.vtt");

        Transcript out = retimed.transcript();
        assertThat(out.segments()).hasSameSizeAs(doc.segments());
        for (int s = 0; s < doc.segments().size(); s++) {
            Segment before = doc.segment(s);
            Segment after = out.segment(s);
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.speakerId()).isEqualTo(before.speakerId());
            assertThat(after.words()).extracting(Word::text, Word::original, Word::flags)
                    .isEqualTo(before.words().stream().map(w -> org.assertj.core.groups.Tuple.tuple(w.text(),
                            w.original(), w.flags())).toList());
        }
        List<Word> words = flat(out);
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).source() == TimeSource.ALIGNED) {
                assertThat(words.get(i).start()).isEqualTo(truth.get(i).start());
                assertThat(words.get(i).end()).isEqualTo(truth.get(i).end());
            }
        }
        assertThat(retimed.report().matched()).isGreaterThanOrEqualTo(595);
        assertThat(retimed.report().timedFileLacks()).isEmpty();
        assertThat(retimed.report().documentLacks()).isEmpty();
        assertThat(out.metadata().timingNote()).startsWith("Times taken from episode.en.vtt by aligning its words");
    }

    @Test
    void droppedAndReplacedWordsLandBetweenTheirMatchedNeighbours() {
        List<Word> truth = spokenWords(3000, 2);
        Random random = new Random(7);
        List<Word> edited = new ArrayList<>();
        List<Long> goldStart = new ArrayList<>();
        for (Word w : truth) {
            int roll = random.nextInt(100);
            if (roll < 3) {
                continue; // dropped from the document
            }
            edited.add(roll < 6 ? Word.timed("zzz" + roll, w.start(), w.end(), TimeSource.MEASURED) : w);
            goldStart.add(w.start());
        }
        Transcript doc = untimedDocument(edited, truth.get(truth.size() - 1).end());

        List<Word> out = flat(CaptionRetimer.retime(doc, timedFile(truth), "t.srt").transcript());

        List<Double> errors = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            errors.add(Math.abs(out.get(i).start() - goldStart.get(i)) / 1000.0);
            assertThat(out.get(i).source()).isIn(TimeSource.ALIGNED, TimeSource.INTERPOLATED);
        }
        errors.sort(null);
        assertThat(errors.get(errors.size() / 2)).isLessThanOrEqualTo(0.05);
        assertThat(errors.get(errors.size() * 9 / 10)).isLessThanOrEqualTo(0.05);
        assertThat(errors.get(errors.size() - 1)).isLessThan(3.0);
    }

    @Test
    void aStretchTheFileLacksIsReportedWithItsPositionAndInterpolated() {
        List<Word> truth = spokenWords(800, 3);
        List<Word> file = new ArrayList<>(truth.subList(0, 300));
        file.addAll(truth.subList(400, 800));
        Transcript doc = untimedDocument(truth, truth.get(799).end());

        CaptionRetimer.Retimed retimed = CaptionRetimer.retime(doc, timedFile(file), "t.vtt");

        assertThat(retimed.report().timedFileLacks()).hasSize(1);
        RetimeReport.Stretch gap = retimed.report().timedFileLacks().get(0);
        assertThat(gap.words()).isBetween(95, 110); // a few words at each edge are common words either way
        assertThat(gap.startMs()).isBetween(truth.get(298).start(), truth.get(302).start());
        assertThat(gap.endMs()).isBetween(truth.get(398).end(), truth.get(406).end());
        assertThat(retimed.report().lines()).anyMatch(l -> l.startsWith("the timed file lacks " + gap));
        List<Word> out = flat(retimed.transcript());
        assertThat(out.subList(305, 395)).allMatch(w -> w.source() == TimeSource.INTERPOLATED
                && w.start() >= truth.get(299).end() && w.end() <= truth.get(400).start());
        // After the gap, matching picks up again.
        assertThat(out.subList(410, 800)).allMatch(w -> w.source() == TimeSource.ALIGNED);
    }

    @Test
    void aStretchTheDocumentLacksIsReported() {
        List<Word> truth = spokenWords(800, 4);
        List<Word> docWords = new ArrayList<>(truth.subList(0, 200));
        docWords.addAll(truth.subList(260, 800));
        Transcript doc = untimedDocument(docWords, truth.get(799).end());

        RetimeReport report = CaptionRetimer.retime(doc, timedFile(truth), "t.vtt").report();

        assertThat(report.documentLacks()).singleElement().satisfies(s -> {
            assertThat(s.words()).isBetween(55, 65);
            assertThat(s.startMs()).isBetween(truth.get(198).start(), truth.get(202).start());
        });
        assertThat(report.lines().get(1)).startsWith("the document lacks ");
    }

    @Test
    void anAnchorKeepsItsTimeAndAMatchAcrossItIsNotTaken() {
        List<Word> truth = spokenWords(200, 5);
        Transcript doc = untimedDocument(truth, truth.get(199).end());
        // The editor anchored word 100 two seconds late; word 101 in the file starts before that anchor's end.
        long anchorAt = truth.get(100).start() + 2000;
        doc = Anchors.setAnchor(doc, 2, 20, anchorAt);

        List<Word> out = flat(CaptionRetimer.retime(doc, timedFile(truth), "t.vtt").transcript());

        assertThat(out.get(100).source()).isEqualTo(TimeSource.ANCHORED);
        assertThat(out.get(100).start()).isEqualTo(anchorAt);
        for (int i = 1; i < out.size(); i++) {
            assertThat(out.get(i).start()).isGreaterThanOrEqualTo(out.get(i - 1).start());
        }
    }

    @Test
    void soundTagsAreNotMatchedButTimedBetweenTheirNeighbours() {
        List<Word> truth = spokenWords(100, 6);
        Transcript doc = untimedDocument(truth, truth.get(99).end());
        List<Segment> segments = new ArrayList<>(doc.segments());
        segments.add(1, new Segment("tag", null, SegmentKind.NON_SPEECH,
                List.of(new Word("[Music]", "[Music]", Word.UNKNOWN_TIME, Word.UNKNOWN_TIME, TimeSource.UNKNOWN,
                        WordFlag.SOUND_TAG.bit()))));
        doc = DurationEstimator.estimate(doc.withSegments(segments), truth.get(99).end());

        CaptionRetimer.Retimed retimed = CaptionRetimer.retime(doc, timedFile(truth), "t.vtt");

        Word tag = retimed.transcript().segment(1).words().get(0);
        assertThat(tag.source()).isEqualTo(TimeSource.INTERPOLATED);
        assertThat(tag.start()).isEqualTo(truth.get(39).end());
        assertThat(retimed.report().words()).isEqualTo(100);
    }

    @Test
    void aFileWithoutTimesOfItsOwnIsRefused() {
        List<Word> truth = spokenWords(50, 8);
        Transcript estimated = DurationEstimator.estimate(untimedDocument(truth, 60_000), 60_000);
        assertThatThrownBy(() -> CaptionRetimer.retime(estimated, estimated, "dump.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dump.txt has no times of its own");
    }

    @Test
    void aFileSharingNoWordsIsRefused() {
        List<Word> truth = spokenWords(50, 9);
        List<Word> other = truth.stream().map(w -> Word.timed("xyz", w.start(), w.end(), TimeSource.MEASURED))
                .toList();
        Transcript doc = untimedDocument(truth, 60_000);
        assertThatThrownBy(() -> CaptionRetimer.retime(doc, timedFile(other), "other.srt"))
                .hasMessageContaining("none of the document's words were found in other.srt");
    }

    @Test
    void shortChanceMatchesBetweenUnrelatedStretchesAreNotTrusted() {
        // "the" and "and" would pair off across unrelated text; runs shorter than three words alone are dropped.
        List<int[]> pairs = List.of(new int[] {0, 0}, new int[] {1, 1}, new int[] {2, 2}, new int[] {30, 50},
                new int[] {60, 70}, new int[] {61, 71}, new int[] {62, 72}, new int[] {64, 74}, new int[] {66, 76},
                new int[] {67, 77}, new int[] {68, 78});
        List<int[]> kept = CaptionAligner.trusted(pairs);
        assertThat(kept).extracting(p -> p[0]).containsExactly(0, 1, 2, 60, 61, 62, 64, 66, 67, 68);
    }

    @Test
    void wordsTheFileLacksGetTimeEvenWhereItsWordsRunOnToTheNext() {
        // YouTube ends each word where the next one in the file starts, so the word before a missing stretch
        // spans all of it.
        List<Word> truth = spokenWords(200, 10);
        List<Word> file = new ArrayList<>();
        List<Word> kept = new ArrayList<>(truth.subList(0, 100));
        kept.addAll(truth.subList(140, 200));
        for (int i = 0; i < kept.size(); i++) {
            long end = i + 1 < kept.size() ? kept.get(i + 1).start() : kept.get(i).end();
            file.add(Word.timed(kept.get(i).text(), kept.get(i).start(), end, TimeSource.MEASURED));
        }
        Transcript doc = untimedDocument(truth, truth.get(199).end());

        List<Word> out = flat(CaptionRetimer.retime(doc, timedFile(file), "t.vtt").transcript());

        // The 40 words the file lacks share the time of the stretch with the word before them.
        assertThat(out.get(120).start()).isBetween(truth.get(110).start(), truth.get(130).start());
        assertThat(out.subList(100, 140)).allMatch(w -> w.end() > w.start());
        assertThat(out.get(99).start()).isEqualTo(truth.get(99).start());
        assertThat(out.get(99).end()).isLessThan(truth.get(101).start());
    }
}
