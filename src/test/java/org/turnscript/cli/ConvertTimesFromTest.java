package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Segment;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.testing.YouTubeStyleVtt;
import org.turnscript.timing.TimingQuality;

/**
 * The sample, its speakers tagged, re-timed from YouTube word-timed captions of its recording: every tag and
 * segment stays, the words take the captions' times, and what the captions lack is reported.
 */
class ConvertTimesFromTest {

    @TempDir
    Path dir;

    private final ConversionService service = ConversionService.standard();
    private Transcript tagged;
    private Path project;
    private Path captions;
    /** The captions' word times, in the order of the sample's words that are not sound tags. */
    private final List<Word> spoken = new ArrayList<>();

    @BeforeEach
    void tagTheSampleAndWriteItsCaptions() throws Exception {
        byte[] sample;
        try (InputStream in = getClass().getResourceAsStream(CleanCommandTest.SAMPLE)) {
            sample = in.readAllBytes();
        }
        ImportSettings settings = ImportSettings.DEFAULTS.withSpeakers(List.of("Brian", "Kate", "Chris", "Skyler"))
                .withDurationMs(2_670_000);
        Transcript t = service.read(sample, "sample.txt", settings).transcript();
        // Tag a speaker from the middle of every third segment on, as an editor would with Ctrl+1…4.
        for (int s = t.segments().size() - 1; s >= 0; s -= 3) {
            int words = t.segment(s).words().size();
            t = t.speakerFrom(s, words / 2, t.roster().speakers().get(s % 4).id());
        }
        tagged = t;
        project = dir.resolve("tagged.json");
        service.exportTo(project, tagged, "json", ExportOptions.DEFAULTS);

        // The recording's real times: the estimate drifts from them by up to 40 s, as estimates do.
        for (Segment s : tagged.segments()) {
            for (Word w : s.words()) {
                if (!w.isSoundTag()) {
                    long drift = Math.round(40_000 * Math.sin(w.start() / 300_000.0));
                    long start = Math.max(0, w.start() + drift);
                    spoken.add(Word.timed(w.original(), start, start + 200, TimeSource.MEASURED));
                }
            }
        }
        for (int i = 1; i < spoken.size(); i++) {
            Word previous = spoken.get(i - 1);
            if (spoken.get(i).start() <= previous.start()) {
                spoken.set(i, Word.timed(spoken.get(i).text(), previous.start() + 1, previous.start() + 201,
                        TimeSource.MEASURED));
            }
        }
        // The captions lack words 4000-4199 (a stretch the uploader cut).
        List<Word> inCaptions = new ArrayList<>(spoken.subList(0, 4000));
        inCaptions.addAll(spoken.subList(4200, spoken.size()));
        captions = dir.resolve("captions.en.vtt");
        Files.writeString(captions, YouTubeStyleVtt.of(inCaptions));
    }

    @Test
    void theTaggedSampleKeepsEveryTagAndTakesTheCaptionsTimes() throws Exception {
        Path out = dir.resolve("retimed.json");

        CommandRun run = CommandRun.of("convert", project.toString(), "--times-from", captions.toString(),
                "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Transcript retimed = service.read(out, ImportSettings.DEFAULTS).transcript();
        assertThat(retimed.roster()).isEqualTo(tagged.roster());
        assertThat(retimed.segments()).hasSameSizeAs(tagged.segments());
        int aligned = 0;
        int k = 0;
        for (int s = 0; s < tagged.segments().size(); s++) {
            Segment before = tagged.segment(s);
            Segment after = retimed.segment(s);
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.speakerId()).as(after.id()).isEqualTo(before.speakerId());
            assertThat(after.kind()).isEqualTo(before.kind());
            assertThat(after.words()).extracting(Word::text).isEqualTo(before.words().stream().map(Word::text)
                    .toList());
            for (Word w : after.words()) {
                if (w.isSoundTag()) {
                    continue;
                }
                if (w.source() == TimeSource.ALIGNED) {
                    assertThat(w.start()).isEqualTo(spoken.get(k).start());
                    aligned++;
                }
                k++;
            }
        }
        assertThat(aligned).isGreaterThan(spoken.size() - 230);
        assertThat(run.err()).contains("words matched").contains("the timed file lacks");
        assertThat(TimingQuality.mostlyEstimated(retimed)).isFalse();
    }

    @Test
    void subtitlesOfEstimatedTimesWarnAndRetimedOnesDoNot() throws Exception {
        CommandRun estimated = CommandRun.of("convert", project.toString(), "-o", dir.resolve("a.srt").toString());
        CommandRun retimed = CommandRun.of("convert", project.toString(), "--times-from", captions.toString(),
                "-o", dir.resolve("b.srt").toString());

        assertThat(estimated.exitCode()).isZero();
        assertThat(estimated.err()).contains("warning: " + TimingQuality.MOSTLY_ESTIMATED_WARNING);
        assertThat(retimed.exitCode()).isZero();
        assertThat(retimed.err()).doesNotContain(TimingQuality.MOSTLY_ESTIMATED_WARNING);
    }

    @Test
    void aFileWithoutTimesIsAnErrorThatNamesIt() throws Exception {
        Path dump = dir.resolve("dump.txt");
        Files.writeString(dump, "hello there this has no times at all\n");

        CommandRun run = CommandRun.of("convert", project.toString(), "--times-from", dump.toString(),
                "-o", dir.resolve("c.json").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("dump.txt").contains("has no times of its own");
        assertThat(dir.resolve("c.json")).doesNotExist();
    }
}
