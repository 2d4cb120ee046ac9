package org.turnscript.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.SpeechActivity;
import org.turnscript.audio.SyllableNuclei;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Transcript;
import org.turnscript.timing.HeardSpeech;
import org.turnscript.timing.SpeechTimer;

/**
 * Speech-aware timing from the recording: the audio is decoded ({@link PcmAudio}), its stretches of sound between
 * pauses found ({@link SpeechActivity}) and the text's words shared out over them ({@link SpeechTimer}).
 * Fixed times (measured, aligned, anchored) stay and bound the rest.
 */
public final class TimesFromRecording {

    private TimesFromRecording() {
    }

    /** @throws FormatException when the recording cannot be read; the message names the file */
    public static Transcript retime(Transcript document, Path media) throws FormatException {
        return retime(document, media, p -> { }, () -> false);
    }

    /**
     * As {@link #retime(Transcript, Path)}, telling the share done (0 to 1) to {@code progress} and stopping when
     * {@code cancelled} says so, in which case the document comes back unchanged.
     */
    public static Transcript retime(Transcript document, Path media, DoubleConsumer progress,
            BooleanSupplier cancelled) throws FormatException {
        PcmAudio audio;
        try {
            audio = PcmAudio.read(media);
        } catch (IOException e) {
            throw new FormatException(media.toString(), 0, e.getMessage());
        }
        long duration = document.metadata().hasDuration() ? document.metadata().durationMs() : audio.durationMs();
        return retime(document, audio, Math.min(duration, audio.durationMs()), media.getFileName().toString(),
                progress, cancelled);
    }

    /** Times the document from decoded audio; {@code durationMs} bounds the words. */
    public static Transcript retime(Transcript document, PcmAudio audio, long durationMs, String mediaName,
            DoubleConsumer progress, BooleanSupplier cancelled) {
        HeardSpeech speech = new HeardSpeech(SpeechActivity.detect(audio), SyllableNuclei.detect(audio));
        if (cancelled.getAsBoolean()) {
            return document;
        }
        progress.accept(0.2);
        return SpeechTimer.retime(document, speech, durationMs, mediaName,
                p -> progress.accept(0.2 + 0.8 * p), cancelled);
    }
}
