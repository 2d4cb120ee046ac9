package org.turnscript.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.RecordingDecoder;
import org.turnscript.audio.SpeechActivity;
import org.turnscript.audio.SyllableNuclei;
import org.turnscript.formats.FormatException;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.timing.HeardSpeech;
import org.turnscript.timing.SpeechTimer;

/**
 * Speech-aware timing from the recording, for the command line and the window alike: the audio is decoded in
 * chunks to mono at the analysis rate ({@link RecordingDecoder}), its stretches of sound between pauses and its
 * syllable nuclei found ({@link SpeechActivity}, {@link SyllableNuclei}), and the text's words shared out over them
 * ({@link SpeechTimer}). Fixed times (measured, aligned, anchored) stay and bound the rest. The words placed this
 * way are labelled {@link TimeSource#RECORDING}; a stretch where the recording has too little sound for its words
 * (music, noise, a wrong file) is only spread and stays {@link TimeSource#ESTIMATED}.
 */
public final class TimesFromRecording {

    /** Shares of the progress bar: decoding is most of the work, finding the speech and sharing the words the rest. */
    private static final double DECODED = 0.85;
    private static final double DETECTED = 0.9;

    private TimesFromRecording() {
    }

    /** @throws FormatException when the recording cannot be read; the message names the file */
    public static Transcript retime(Transcript document, Path media) throws FormatException {
        return retime(document, media, RecordingDecoder.standard(), p -> { }, () -> false);
    }

    /**
     * As {@link #retime(Transcript, Path)}, reporting progress and giving up when asked.
     *
     * @param progress  0..1, from the calling thread
     * @param cancelled checked while decoding and between the steps
     * @throws CancellationException when {@code cancelled} turned true; nothing has been changed
     */
    public static Transcript retime(Transcript document, Path media, RecordingDecoder decoder,
                                    DoubleConsumer progress, BooleanSupplier cancelled) throws FormatException {
        PcmAudio audio;
        try {
            audio = decoder.decode(media, p -> progress.accept(p * DECODED), cancelled);
        } catch (IOException e) {
            throw new FormatException(media.toString(), 0, e.getMessage());
        }
        stopIf(cancelled);
        long duration = Math.min(document.metadata().hasDuration() ? document.metadata().durationMs()
                : audio.durationMs(), audio.durationMs());
        Transcript timed = retime(document, audio, duration, media.getFileName().toString(),
                p -> progress.accept(DECODED + (1 - DECODED) * p), cancelled);
        stopIf(cancelled);
        progress.accept(1);
        return timed;
    }

    /**
     * Times the document from decoded audio (the window can decode once for the waveform and the timing);
     * {@code durationMs} bounds the words. When {@code cancelled} says so, the document comes back unchanged.
     */
    public static Transcript retime(Transcript document, PcmAudio audio, long durationMs, String mediaName,
                                    DoubleConsumer progress, BooleanSupplier cancelled) {
        HeardSpeech speech = new HeardSpeech(SpeechActivity.detect(audio), SyllableNuclei.detect(audio));
        if (cancelled.getAsBoolean()) {
            return document;
        }
        double detected = (DETECTED - DECODED) / (1 - DECODED);
        progress.accept(detected);
        return SpeechTimer.retime(document, speech, durationMs, mediaName,
                p -> progress.accept(detected + (1 - detected) * p), cancelled);
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("timing from the recording cancelled");
        }
    }
}
