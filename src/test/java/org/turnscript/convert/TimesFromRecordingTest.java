package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.audio.RecordingDecoder;
import org.turnscript.formats.FormatException;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.timing.TimingQuality;

/**
 * Timing from the recording as the command line and the window run it: the words placed on heard syllables are
 * labelled {@code recording} (and no longer count as estimated), progress runs to the end and Cancel changes nothing
 * (a stretch with no sound heard stays an estimate: SpeechTimerTest).
 */
class TimesFromRecordingTest {

    private static final String WORDS = "hello and welcome to the show today we talk about listening while editing "
            + "thank you\n";

    @TempDir
    Path dir;

    private Transcript dump() throws FormatException {
        return ConversionService.standard().read(WORDS.getBytes(StandardCharsets.UTF_8), "speech.txt",
                ImportSettings.DEFAULTS).transcript();
    }

    private Path recording() throws Exception {
        Path wav = dir.resolve("speech.wav");
        try (InputStream in = TimesFromRecordingTest.class.getResourceAsStream("/org/turnscript/ui/media/speech.wav")) {
            Files.copy(in, wav);
        }
        return wav;
    }

    private static List<Word> words(Transcript t) {
        return t.segments().stream().flatMap(s -> s.words().stream()).toList();
    }

    @Test
    void wordsPlacedOnHeardSyllablesAreLabelledRecording() throws Exception {
        Transcript before = dump();
        assertThat(TimingQuality.mostlyEstimated(before)).isTrue();
        List<Double> progress = new ArrayList<>();

        Transcript after = TimesFromRecording.retime(before, recording(), new RecordingDecoder(Optional.empty()),
                progress::add, () -> false);

        assertThat(words(after)).extracting(Word::source).containsOnly(TimeSource.RECORDING);
        assertThat(words(after)).extracting(Word::text).isEqualTo(words(before).stream().map(Word::text).toList());
        assertThat(TimingQuality.mostlyEstimated(after)).as("the export warning does not fire for them").isFalse();
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(DocumentInfo.of(after).timingSources()).containsEntry(TimeSource.RECORDING, words(after).size());
    }

    @Test
    void theOldEntryPointStillWorks() throws Exception {
        assertThat(words(TimesFromRecording.retime(dump(), recording()))).extracting(Word::source)
                .containsOnly(TimeSource.RECORDING);
    }

    @Test
    void cancelThrowsAndTheDocumentIsUntouched() throws Exception {
        Transcript before = dump();
        Path wav = recording();
        assertThatThrownBy(() -> TimesFromRecording.retime(before, wav, new RecordingDecoder(Optional.empty()),
                p -> { }, () -> true)).isInstanceOf(CancellationException.class);
        assertThat(before).isEqualTo(dump());
    }

    @Test
    void anUnreadableRecordingNamesTheFile() throws Exception {
        Path webm = Files.write(dir.resolve("talk.webm"), new byte[] {26, 69, -33, -93});
        assertThatThrownBy(() -> TimesFromRecording.retime(dump(), webm, new RecordingDecoder(Optional.empty()),
                p -> { }, () -> false)).isInstanceOf(FormatException.class).hasMessageContaining("talk.webm")
                .hasMessageContaining("needs ffmpeg");
    }
}
