package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.cleanup.CleanupPipeline;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.json.NativeJsonFormat;
import org.turnscript.model.Chapter;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Chapters;
import org.turnscript.model.Transcript;
import org.turnscript.timing.DurationEstimator;

/** Chapters hang on words: saving, reopening, cleaning and re-timing the sample keep every one on its word. */
class ChaptersSurviveTest {

    private static final String SAMPLE = "/org/turnscript/samples/mixture-of-experts-2024-05-31.txt";

    private static Transcript sampleWithChapters() throws Exception {
        byte[] bytes;
        try (var in = ChaptersSurviveTest.class.getResourceAsStream(SAMPLE)) {
            bytes = in.readAllBytes();
        }
        Transcript t = ConversionService.standard().read(bytes, "sample.txt", ImportSettings.DEFAULTS).transcript();
        return t.withChapters(List.of(
                new Chapter(t.segment(0).id(), 0, new ChapterMark("Intro", "https://example.org/intro.jpg", null)),
                new Chapter(t.segment(3).id(), 2, ChapterMark.titled("Follow-up")),
                new Chapter(t.segment(20).id(), 0, new ChapterMark("Apple & OpenAI", null, "https://example.org/n"))));
    }

    @Test
    void saveAndReopenGiveTheSameChapters() throws Exception {
        Transcript t = sampleWithChapters();
        NativeJsonFormat project = new NativeJsonFormat();
        String saved = project.write(t, ExportOptions.DEFAULTS);
        assertThat(saved).contains("\"chapters\": [").contains("\"title\": \"Follow-up\"");
        Transcript reopened = project.read(saved, ReadOptions.defaults("ep.json")).transcript();
        assertThat(reopened.chapters()).isEqualTo(t.chapters());
        assertThat(reopened).isEqualTo(t);
        assertThat(project.write(reopened, ExportOptions.DEFAULTS)).isEqualTo(saved);
    }

    @Test
    void aProjectWithoutChaptersHasNoChaptersKey() throws Exception {
        Transcript t = sampleWithChapters().withChapters(List.of());
        assertThat(new NativeJsonFormat().write(t, ExportOptions.DEFAULTS)).doesNotContain("chapters");
    }

    @Test
    void aChapterOnAWordThatIsNotThereIsReportedWithItsLine() throws Exception {
        String saved = new NativeJsonFormat().write(sampleWithChapters(), ExportOptions.DEFAULTS)
                .replace("\"word\": 2,", "\"word\": 2000,");
        try {
            new NativeJsonFormat().read(saved, ReadOptions.defaults("ep.json"));
            throw new AssertionError("read a chapter past its segment");
        } catch (FormatException e) {
            assertThat(e.getMessage()).matches("ep\\.json:\\d+: .*starts at word 2000 of s4, which has \\d+");
        }
    }

    @Test
    void cleanupKeepsEveryChapterOnItsWord() throws Exception {
        Transcript t = sampleWithChapters();
        Transcript cleaned = CleanupPipeline.fromIds(CleanupPipeline.DEFAULT_IDS, null).apply(t).transcript();
        assertThat(cleaned.chapters()).isEqualTo(t.chapters());
        assertThat(Chapters.timed(cleaned)).isEqualTo(Chapters.timed(t));
    }

    @Test
    void reTimingMovesTheChapterTimesWithTheirWords() throws Exception {
        Transcript t = sampleWithChapters();
        Transcript retimed = DurationEstimator.estimate(t, t.durationMs() / 2);
        assertThat(retimed.chapters()).isEqualTo(t.chapters());
        List<Long> before = Chapters.timed(t).stream().map(Chapters.Timed::startMs).toList();
        List<Long> after = Chapters.timed(retimed).stream().map(Chapters.Timed::startMs).toList();
        for (int i = 0; i < retimed.chapters().size(); i++) {
            Chapter c = retimed.chapters().get(i);
            long wordStart = retimed.segment(retimed.indexOf(c.segmentId())).words().get(c.wordIndex()).start();
            assertThat(after.get(i)).isEqualTo(wordStart);
            if (i > 0) {
                assertThat(after.get(i)).isLessThan(before.get(i)); // spread over half the time: earlier
            }
        }
    }

    @TempDir
    java.nio.file.Path dir;

    @Test
    void theAutosaveJournalRecoversChaptersOfTheBaseAndOfLaterChanges() throws Exception {
        Transcript t = sampleWithChapters();
        EditJournal journal = new EditJournal(dir.resolve("recovery.jsonl"));
        journal.start(t, null);
        // A change to segment 5: it now starts a chapter at its third word; segment 3's chapter is deleted.
        org.turnscript.model.Segment s5 = t.segment(5);
        org.turnscript.model.Segment s3 = t.segment(3);
        Transcript after = t.withChapters(List.of(t.chapters().get(0), t.chapters().get(2),
                new Chapter(s5.id(), 2, ChapterMark.titled("New topic"))));
        journal.append(List.of(new org.turnscript.model.SegmentSplice(3, 1, List.of(s3)),
                new org.turnscript.model.SegmentSplice(5, 1, List.of(s5),
                        List.of(new Chapter(s5.id(), 2, ChapterMark.titled("New topic"))))), after);
        Transcript recovered = journal.read().orElseThrow().transcript();
        assertThat(recovered.chapters()).isEqualTo(after.chapters());
    }
}
