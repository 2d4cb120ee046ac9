package org.turnscript.ui.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.testfx.util.WaitForAsyncUtils;
import org.turnscript.audio.Ffmpeg;
import org.turnscript.audio.MediaCache;
import org.turnscript.audio.Waveform;
import org.turnscript.audio.WaveformDecoder;
import org.turnscript.bench.SyntheticTranscripts;
import org.turnscript.model.Transcript;
import org.turnscript.ui.editor.TranscriptEditor;

/**
 * What listening costs the editor at ten hours (100,000 words), in a real JavaFX window: one frame of playback
 * (read the clock, find the spoken word, move the highlight, follow it, lay out), the waveform strip drawn at the
 * default zoom and zoomed out to the whole recording, a tap-to-sync anchor, and, given a recording, decoding its
 * waveform (then reading it from the cache). Prints figures; asserts nothing.
 *
 * <p>Run: {@code ./mvnw -o -q test-compile} then {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw org.turnscript.ui.media.ListenBenchmark
 * [RECORDING]} (see the README, "Listening while editing").
 */
public final class ListenBenchmark {

    private ListenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        int words = Integer.getInteger("listen.words", 100_000);
        Transcript tenHours = SyntheticTranscripts.of(words);
        long duration = tenHours.durationMs();
        System.out.printf(Locale.ROOT, "Java %s, %d cores; transcript %d words, %.1f h%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), words,
                duration / 3.6e6);

        FakePlayer player = new FakePlayer(duration);
        Playback playback = new Playback();
        TranscriptEditor editor = new TranscriptEditor();
        WaveformStrip[] strip = new WaveformStrip[1];
        onFx(() -> {
            WordFollower follower = new WordFollower(editor.area(), editor.buffer(), playback);
            strip[0] = new WaveformStrip(playback);
            Stage stage = new Stage();
            VBox root = new VBox(new VirtualizedScrollPane<>(editor.area()), strip[0].node());
            stage.setScene(new Scene(root, 1280, 800));
            stage.show();
            editor.load(tenHours);
            playback.attach(player);
            follower.followProperty().set(true);
            root.layout();
            return null;
        });

        // One frame of playback, 40 ms apart, from random places (each a seek, then 50 frames of playing).
        Random random = new Random(11);
        List<Double> frames = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            long at = (long) (random.nextDouble() * (duration - 60_000));
            onFx(() -> {
                playback.seek(at); // a jump across the document: its new screen is laid out before the frames
                playback.play();
                editor.area().getScene().getRoot().layout();
                return null;
            });
            for (int f = 0; f < 50; f++) {
                frames.add(onFx(() -> {
                    long t0 = System.nanoTime();
                    player.advance(40);
                    playback.tick();
                    editor.area().getScene().getRoot().layout();
                    return (System.nanoTime() - t0) / 1e6;
                }));
            }
        }
        report("one frame while playing (clock, spoken word, highlight, follow, layout)", frames.subList(500, frames.size()));

        // The waveform strip over a ten-hour waveform: default zoom, and the whole recording at once.
        byte[] peaks = new byte[(int) (duration / Waveform.BUCKET_MS)];
        random.nextBytes(peaks);
        for (int i = 0; i < peaks.length; i++) {
            peaks[i] = (byte) (peaks[i] & 0x7f);
        }
        Waveform w = new Waveform(peaks);
        List<Double> draws = new ArrayList<>();
        List<Double> wholeDraws = new ArrayList<>();
        onFx(() -> {
            strip[0].show(w);
            strip[0].showTurns(editor.snapshot());
            return null;
        });
        for (int i = 0; i < 30; i++) {
            long at = (long) (random.nextDouble() * duration);
            draws.add(onFx(() -> {
                long t0 = System.nanoTime();
                playback.seek(at); // a new page: the strip draws again
                playback.tick();
                return (System.nanoTime() - t0) / 1e6;
            }));
        }
        report("waveform strip, a new page at 50 ms/px (turns, ticks, peaks)", draws.subList(10, draws.size()));
        for (int i = 0; i < 30; i++) {
            wholeDraws.add(onFx(() -> {
                long t0 = System.nanoTime();
                strip[0].show(w);
                strip[0].zoomOutFully();
                return (System.nanoTime() - t0) / 1e6;
            }));
        }
        report("waveform strip, the whole ten hours in one view", wholeDraws.subList(10, wholeDraws.size()));

        // Tap-to-sync: the same anchor command as Ctrl+T.
        List<Double> taps = new ArrayList<>();
        TapSync tap = new TapSync(editor, playback);
        for (int i = 0; i < 12; i++) {
            int par = random.nextInt(editor.buffer().paragraphCount() - 2) + 1;
            taps.add(onFx(() -> {
                editor.area().moveTo(par, 0);
                long start = editor.buffer().paragraphStart(par);
                playback.seek(start + 10);
                editor.area().getScene().getRoot().layout(); // the jump there is not part of the tap
                long t0 = System.nanoTime();
                tap.tap();
                editor.area().getScene().getRoot().layout();
                return (System.nanoTime() - t0) / 1e6;
            }));
        }
        report("tap-to-sync (F9) anchor, one undo step", taps.subList(2, taps.size()));
        List<Double> whole = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            whole.add(onFx(() -> {
                long t0 = System.nanoTime();
                editor.buffer().transcript();
                return (System.nanoTime() - t0) / 1e6;
            }));
        }
        report("  of which: the document as a transcript (what every anchor starts from)", whole.subList(2, whole.size()));

        if (args.length > 0) {
            Path media = Path.of(args[0]);
            Path cache = Files.createTempDirectory("turnscript-bench-cache");
            WaveformDecoder decoder = new WaveformDecoder(new MediaCache(cache), Ffmpeg.locate());
            long t0 = System.nanoTime();
            Waveform decoded = decoder.load(media, -1, p -> { }, new AtomicBoolean());
            long decodeMs = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            decoder.load(media, -1, p -> { }, new AtomicBoolean());
            long cachedMs = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf(Locale.ROOT, "waveform of %s (%.1f h): decoded in %.1f s (background thread), "
                    + "from the cache in %d ms, %d KB cached%n", media.getFileName(), decoded.durationMs() / 3.6e6,
                    decodeMs / 1000.0, cachedMs, Files.size(Files.list(cache).findFirst().orElseThrow()) >> 10);
        }
        Platform.exit();
    }

    private static void report(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-74s p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms  (n=%d)%n", name,
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)), sorted.get(sorted.size() - 1),
                sorted.size());
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(c));
    }
}
