package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.json.NativeJsonFormat;
import org.turnscript.model.Chapter;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** {@code convert --to chapters-json|youtube-chapters|vtt-chapters} on a project with chapters. */
class ChapterExportCommandTest {

    @TempDir
    Path dir;

    private Path project(long... starts) throws Exception {
        List<Segment> segments = new java.util.ArrayList<>();
        List<Chapter> chapters = new java.util.ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            segments.add(new Segment("s" + (i + 1), null, SegmentKind.SPEECH,
                    List.of(Word.timed("part" + i, starts[i], starts[i] + 500, TimeSource.MEASURED))));
            chapters.add(new Chapter("s" + (i + 1), 0, ChapterMark.titled("Part " + (i + 1))));
        }
        Transcript t = new Transcript(Metadata.EMPTY.withDurationMs(120_000), Roster.EMPTY, segments, chapters);
        Path file = dir.resolve("ep.turnscript.json");
        Files.writeString(file, new NativeJsonFormat().write(t, ExportOptions.DEFAULTS));
        return file;
    }

    @Test
    void aGoodChapterListIsWrittenWithExitZero() throws Exception {
        Path out = dir.resolve("ep.chapters.txt");
        CommandRun run = CommandRun.of("convert", project(0, 30_000, 75_500).toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo("0:00 Part 1\n0:30 Part 2\n1:15 Part 3\n");
    }

    @Test
    void aListThatBreaksYouTubesRulesIsWrittenButSaysWhyAndExitsWithOne() throws Exception {
        CommandRun run = CommandRun.of("convert", project(3_000, 8_000).toString(), "--to", "youtube-chapters");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("warning: YouTube needs at least 3 chapters; there are 2")
                .contains("warning: the first chapter (\"Part 1\") must start at 0:00, not at 0:03")
                .contains("warning: chapter \"Part 1\" at 0:03 lasts 5 s; YouTube needs at least 10 s");
    }

    @Test
    void podcastingAndVttChaptersFollowTheExtensionOrTo() throws Exception {
        Path project = project(0, 30_000, 75_500);
        Path json = dir.resolve("ep.chapters.json");
        assertThat(CommandRun.of("convert", project.toString(), "-o", json.toString()).exitCode()).isZero();
        assertThat(Files.readString(json)).startsWith("{\n  \"version\": \"1.2.0\",\n  \"chapters\": [")
                .contains("\"startTime\": 75.5,\n      \"title\": \"Part 3\"");
        Path vtt = dir.resolve("ep.vtt");
        assertThat(CommandRun.of("convert", project.toString(), "--to", "vtt-chapters", "-o", vtt.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(vtt)).startsWith("WEBVTT\n\n1\n00:00:00.000 --> 00:00:30.000\nPart 1\n")
                .endsWith("3\n00:01:15.500 --> 00:02:00.000\nPart 3\n");
    }
}
