package org.turnscript.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.turnscript.audio.SyntheticVoices;
import org.turnscript.audio.VoicedTalk;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.TimesFromRecording;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Transcript;
import org.turnscript.suggest.TurnCue;
import org.turnscript.ui.MainWindow;
import org.turnscript.ui.WindowTests;
import org.turnscript.ui.suggest.SuggestionReview;

/**
 * A project whose words were timed from its recording, opened again another day: attaching the recording it names
 * measures the voices in the background, and the turn suggestions hear who speaks without the words being timed
 * again. Opening another document forgets them.
 */
@ExtendWith(ApplicationExtension.class)
class VoicesOnAttachWorkflowTest {

    @TempDir
    static Path home;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowTests.openOnSample(stage, home);
    }

    @AfterEach
    void stop() {
        window.dispose();
    }

    private static <T> T fx(Callable<T> c) {
        return WindowTests.fx(c);
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return WindowTests.await(f);
    }

    /**
     * A conversation of 48 words, Brian's low voice then Kate's high one, saved as a project that names its
     * recording: its words timed from the recording, or with estimated times only.
     */
    private static Path project(Path dir, boolean timedFromTheRecording) throws Exception {
        VoicedTalk talk = VoicedTalk.write(dir, 24, SyntheticVoices.LOW, SyntheticVoices.HIGH);
        Path wav = talk.wav();
        ConversionService service = ConversionService.standard();
        Transcript imported = service.read(talk.text().getBytes(StandardCharsets.UTF_8), "talk.txt",
                ImportSettings.DEFAULTS.withSpeakers(List.of("Brian", "Kate"))).transcript();
        Transcript t = timedFromTheRecording ? TimesFromRecording.retime(imported, wav) : imported;
        Path project = dir.resolve("talk.turnscript.json");
        service.exportTo(project, t.withMetadata(t.metadata().withMedia(wav.toString())), "json",
                ExportOptions.DEFAULTS);
        return project;
    }

    @Test
    void reopenedWithItsRecordingTheSuggestionsHearTheVoicesWithoutTimingAgain() throws Exception {
        window.initialLoad().get(30, TimeUnit.SECONDS);
        Path dir = Files.createTempDirectory(home, "voices");
        Path project = project(dir, true);
        FakePlayer player = new FakePlayer(16_000);
        fx(() -> {
            window.listen().media().setOpener(p -> CompletableFuture.completedFuture(player));
            return null;
        });

        assertThat(await(fx(() -> window.open(project)))).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.session().voices() != null);
        assertThat(fx(() -> window.listen().media().attachedProperty().get())).isEqualTo(dir.resolve("talk.wav"));
        SuggestionReview review = fx(() -> window.suggestions().review());
        fx(() -> {
            review.refreshNow();
            return null;
        });

        SuggestionReview.Place voice = fx(() -> review.placesProperty().get()).stream()
                .filter(p -> p.suggestion().cue() == TurnCue.VOICE_CHANGE).findFirst().orElseThrow();
        assertThat(voice.suggestion().word()).isEqualTo(24);
        Transcript t = fx(() -> window.editor().snapshot());
        assertThat(t.roster().nameOf(voice.suggestion().speakerId())).isEqualTo("Kate");
        assertThat(fx(() -> window.listen().media().activityProperty().get())).as("nothing left running").isEmpty();
        assertThat(fx(() -> window.session().messageProperty().get())).contains("Heard the voices in talk.wav");
        assertThat(window.session().mediaCache().entry(dir.resolve("talk.wav"), ".voices"))
                .as("kept in the media cache for the next opening").isRegularFile();

        Path other = dir.resolve("other.turnscript.json");
        ConversionService service = ConversionService.standard();
        service.exportTo(other, service.read("a different conversation with no recording\n".getBytes(
                StandardCharsets.UTF_8), "other.txt", ImportSettings.DEFAULTS).transcript(), "json",
                ExportOptions.DEFAULTS);
        assertThat(await(fx(() -> window.open(other)))).isTrue();
        assertThat(fx(() -> window.session().voices())).as("another document, another recording").isNull();
    }

    @Test
    void wordsWithOnlyEstimatedTimesAreNotListenedToUntilTheyAreTimed() throws Exception {
        window.initialLoad().get(30, TimeUnit.SECONDS);
        FakePlayer player = new FakePlayer(16_000);
        fx(() -> {
            window.listen().media().setOpener(p -> CompletableFuture.completedFuture(player));
            return null;
        });
        // A timed project first, heard: what settled for it must not speak for the next document.
        Path heard = project(Files.createTempDirectory(home, "timed"), true);
        assertThat(await(fx(() -> window.open(heard)))).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.session().voices() != null);
        Path dir = Files.createTempDirectory(home, "untimed");
        Path project = project(dir, false);
        Object settledBefore = fx(() -> window.session().settledProperty().get());

        assertThat(await(fx(() -> window.open(project)))).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.listen().media().waveformProperty().get() != null
                && window.session().settledProperty().get() != settledBefore);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);

        assertThat(fx(() -> window.listen().media().activityProperty().get()))
                .as("the times are estimates: nothing to hear them at").isEmpty();
        assertThat(fx(() -> window.session().voices())).isNull();
        // Timing the words from the recording hears the voices as it goes.
        assertThat(await(fx(() -> window.session().timeFromRecording(dir.resolve("talk.wav"), p -> { },
                () -> false, Runnable::run)))).isEqualTo(48);
        assertThat(fx(() -> window.session().voicesOf(dir.resolve("talk.wav")))).isNotNull();
        assertThat(window.session().mediaCache().entry(dir.resolve("talk.wav"), ".voices"))
                .as("the voices the timing heard are kept for the next opening").isRegularFile();
    }
}
