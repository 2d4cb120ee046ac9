package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;

/** {@code suggest --media}: the recording's pauses, heard once its words are timed from it, suggest turns. */
class SuggestMediaTest {

    private static final float RATE = 16_000f;

    @TempDir
    Path dir;

    private static List<Segment> speakers(Path project) throws Exception {
        return ConversionService.standard().read(project, ImportSettings.DEFAULTS).transcript().segments();
    }

    @Test
    void theLongSilenceInTheRecordingStartsTheOtherSpeakersTurn() throws Exception {
        Path wav = dir.resolve("talk.wav");
        ConvertMediaTest.writeRecording(wav, 20);
        Path text = dir.resolve("talk.txt");
        Files.writeString(text, String.join(" ", Collections.nCopies(20, "yes")) + "\n");
        Path withMedia = dir.resolve("with.json");
        Path textOnly = dir.resolve("without.json");

        CommandRun run = CommandRun.of("suggest", text.toString(), "--speakers", "Brian,Kate", "--media",
                wav.toString(), "-o", withMedia.toString());
        CommandRun.of("suggest", text.toString(), "--speakers", "Brian,Kate", "-o", textOnly.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("pause");
        Transcript t = ConversionService.standard().read(withMedia, ImportSettings.DEFAULTS).transcript();
        Segment second = t.segments().stream().filter(s -> s.suggestion() != null && "pause".equals(
                s.suggestion().cue())).findFirst().orElseThrow();
        assertThat(t.roster().nameOf(second.speakerId())).isEqualTo("Kate");
        int before = t.segments().subList(0, t.segments().indexOf(second)).stream()
                .mapToInt(s -> s.words().size()).sum();
        assertThat(before).as("the turn starts at the first word after the silence").isEqualTo(10);
        assertThat(second.words().get(0).start()).as("the project keeps the recording's times")
                .isBetween(6_800L, 7_000L); // its syllable is heard at 7.0 s
        assertThat(t.metadata().media()).as("opened in the window, the project plays and hears its recording")
                .isEqualTo("talk.wav");
        // From the text alone the same words give no pause at all.
        assertThat(speakers(textOnly)).noneMatch(s -> s.suggestion() != null && "pause".equals(s.suggestion().cue()));
    }

    @Test
    void aRecordingThatCannotBeReadIsAnErrorThatNamesIt() throws Exception {
        Path text = dir.resolve("talk.txt");
        Files.writeString(text, "hello there\n");
        Path mp3 = dir.resolve("talk.mp3");
        Files.write(mp3, new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});

        CommandRun run = CommandRun.of("suggest", text.toString(), "--speakers", "A,B", "--media", mp3.toString(),
                "-o", dir.resolve("x.json").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("talk.mp3").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
