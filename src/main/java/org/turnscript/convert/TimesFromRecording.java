package org.turnscript.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.RecordingDecoder;
import org.turnscript.audio.SyllableNuclei;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Segment;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.timing.SyllableTimer;

/**
 * Speech-aware timing from the recording, for the command line and the window alike: the audio is decoded in
 * chunks to mono at the analysis rate ({@link RecordingDecoder}), its syllable nuclei found ({@link SyllableNuclei})
 * and the text's syllables mapped onto them ({@link SyllableTimer}). Fixed times (measured, aligned, anchored) stay
 * and bound the rest. The words placed this way are labelled {@link TimeSource#RECORDING}; a stretch where the
 * recording has too few syllables for its words (music, noise, a wrong file) is only spread and stays
 * {@link TimeSource#ESTIMATED}.
 */
public final class TimesFromRecording {

    /** Shares of the progress bar: decoding is most of the work, finding nuclei and pairing the rest. */
    private static final double DECODED = 0.85;
    private static final double DETECTED = 0.95;

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
        long[] nuclei = SyllableNuclei.detect(audio);
        progress.accept(DETECTED);
        stopIf(cancelled);
        long duration = Math.min(document.metadata().hasDuration() ? document.metadata().durationMs()
                : audio.durationMs(), audio.durationMs());
        Transcript timed = SyllableTimer.retime(document, nuclei, duration, media.getFileName().toString());
        Transcript labelled = labelHeard(document, timed, nuclei, duration);
        labelled = labelled.withMetadata(labelled.metadata().withTimingNote("Times from the syllables heard in "
                + media.getFileName() + " (no word recognised: off by about a second or two)."));
        progress.accept(1);
        return labelled;
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("timing from the recording cancelled");
        }
    }

    /**
     * Marks as {@link TimeSource#RECORDING} the words the timer placed on nuclei: those that were not fixed, in a
     * run between fixed words whose gap holds at least half as many nuclei as the run has words (the timer's own
     * rule for when it has something to go by; below it the run is spread and stays an estimate).
     */
    static Transcript labelHeard(Transcript before, Transcript timed, long[] nuclei, long durationMs) {
        List<Word> old = new ArrayList<>(before.wordCount());
        before.segments().forEach(s -> old.addAll(s.words()));
        boolean[] heard = new boolean[old.size()];
        long gapStart = 0;
        int i = 0;
        while (i < old.size()) {
            if (old.get(i).source().isFixed()) {
                gapStart = Math.max(gapStart, old.get(i).end());
                i++;
                continue;
            }
            int end = i;
            while (end < old.size() && !old.get(end).source().isFixed()) {
                end++;
            }
            long gapEnd = Math.max(gapStart, end < old.size() ? old.get(end).start() : durationMs);
            int count = lowerBound(nuclei, gapEnd) - lowerBound(nuclei, gapStart);
            if (count * 2 >= end - i) {
                for (int k = i; k < end; k++) {
                    heard[k] = true;
                }
            }
            i = end;
        }
        List<Segment> segments = new ArrayList<>(timed.segments().size());
        int at = 0;
        for (Segment s : timed.segments()) {
            List<Word> words = new ArrayList<>(s.words().size());
            boolean changed = false;
            for (Word w : s.words()) {
                if (heard[at++] && w.isTimed() && w.source() == TimeSource.ESTIMATED) {
                    words.add(w.withTime(w.start(), w.end(), TimeSource.RECORDING));
                    changed = true;
                } else {
                    words.add(w);
                }
            }
            segments.add(changed ? s.withWords(words) : s);
        }
        return timed.withSegments(segments);
    }

    private static int lowerBound(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
