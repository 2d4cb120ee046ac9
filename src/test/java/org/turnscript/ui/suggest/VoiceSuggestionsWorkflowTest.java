package org.turnscript.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.turnscript.audio.SyntheticVoices;
import org.turnscript.audio.VoicedTalk;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Transcript;
import org.turnscript.suggest.TurnCue;
import org.turnscript.ui.MainWindow;
import org.turnscript.ui.WindowTests;

/** Once the words are timed from the recording in the window, the suggestions hear who is speaking. */
@ExtendWith(ApplicationExtension.class)
class VoiceSuggestionsWorkflowTest {

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

    @Test
    void afterTimingFromTheRecordingAChangeOfVoiceIsSuggestedWithItsSpeaker() throws Exception {
        window.initialLoad().get(30, TimeUnit.SECONDS);
        Path dir = Files.createTempDirectory(home, "voices");
        VoicedTalk talk = VoicedTalk.write(dir, 24, SyntheticVoices.LOW, SyntheticVoices.HIGH);
        Path wav = talk.wav();
        ConversionService service = ConversionService.standard();
        Transcript imported = service.read(talk.text().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "talk.txt", ImportSettings.DEFAULTS.withSpeakers(List.of("Brian", "Kate"))).transcript();
        Path project = dir.resolve("talk.turnscript.json");
        service.exportTo(project, imported, "json", ExportOptions.DEFAULTS);
        assertThat(await(fx(() -> window.open(project)))).isTrue();
        SuggestionReview review = fx(() -> window.suggestions().review());
        fx(() -> {
            review.refreshNow();
            return null;
        });
        assertThat(fx(() -> review.placesProperty().get())).as("the text alone has no cue there")
                .noneMatch(p -> p.suggestion().cue() == TurnCue.VOICE_CHANGE);

        assertThat(await(fx(() -> window.session().timeFromRecording(wav, p -> { }, () -> false, Runnable::run))))
                .isEqualTo(48);
        fx(() -> {
            review.refreshNow();
            return null;
        });

        SuggestionReview.Place voice = fx(() -> review.placesProperty().get()).stream()
                .filter(p -> p.suggestion().cue() == TurnCue.VOICE_CHANGE).findFirst().orElseThrow();
        assertThat(voice.suggestion().word()).isEqualTo(24);
        Transcript t = fx(() -> window.editor().snapshot());
        assertThat(t.roster().nameOf(voice.suggestion().speakerId())).isEqualTo("Kate");
    }
}
