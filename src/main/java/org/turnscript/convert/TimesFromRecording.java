package org.turnscript.convert;

import java.io.IOException;
import java.nio.file.Path;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.SyllableNuclei;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Transcript;
import org.turnscript.timing.SyllableTimer;

/**
 * Speech-aware timing from the recording, for the command line: the audio is decoded ({@link PcmAudio}), its
 * syllable nuclei found ({@link SyllableNuclei}) and the text's syllables mapped onto them ({@link SyllableTimer}).
 * Fixed times (measured, aligned, anchored) stay and bound the rest.
 */
public final class TimesFromRecording {

    private TimesFromRecording() {
    }

    /** @throws FormatException when the recording cannot be read; the message names the file */
    public static Transcript retime(Transcript document, Path media) throws FormatException {
        PcmAudio audio;
        try {
            audio = PcmAudio.read(media);
        } catch (IOException e) {
            throw new FormatException(media.toString(), 0, e.getMessage());
        }
        long duration = document.metadata().hasDuration() ? document.metadata().durationMs() : audio.durationMs();
        return SyllableTimer.retime(document, SyllableNuclei.detect(audio), Math.min(duration, audio.durationMs()),
                media.getFileName().toString());
    }
}
