package org.turnscript.bench;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.model.Transcript;
import org.turnscript.ui.editor.TranscriptEditor;

/**
 * Measures the editor's budgets in a real JavaFX window: opening a document until its first screen is laid
 * out, the keyboard commands anywhere in a ten-hour transcript, and the heap it takes. Prints figures; asserts
 * nothing. Run: see the README, "Benchmarks".
 */
public final class EditorBenchmark {

    private static final int OPS = 60;

    /** Held so the heap figure is taken with the document open. */
    private static TranscriptEditor openEditor;

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false); // windows open and close between measurements; keep the toolkit running
        Transcript sample;
        try (InputStream in = EditorBenchmark.class.getResourceAsStream(
                "/org/turnscript/formats/text/mixture-of-experts-2024-05-31.txt")) {
            sample = ConversionService.standard().read(in.readAllBytes(), "sample.txt",
                    ImportSettings.DEFAULTS.withSpeakers(List.of("Brian", "Kate", "Chris", "Skyler"))).transcript();
        }
        Transcript tenHours = SyntheticTranscripts.of(100_000);
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        for (int round = 0; round < 3; round++) { // the first rounds warm the JIT; the last is reported
            boolean report = round == 2;
            measureOpen("sample (8,457 words)", sample, report);
            measureOpen("ten hours (100,000 words)", tenHours, report);
        }
        openEditor = onFx(() -> window(tenHours));
        measureOps(openEditor);
        System.gc();
        Thread.sleep(300);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use with the ten-hour document open: %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        System.out.printf(Locale.ROOT, "(paragraphs open: %d)%n", onFx(() -> openEditor.area().getParagraphs().size()));
        Platform.exit();
    }

    private static void measureOpen(String name, Transcript t, boolean report) throws Exception {
        long[] ms = new long[2];
        onFx(() -> {
            long t0 = System.nanoTime();
            TranscriptEditor editor = window(t);
            ms[0] = (System.nanoTime() - t0) / 1_000_000;
            editor.area().getScene().getWindow().hide();
            return editor;
        });
        if (report) {
            System.out.printf(Locale.ROOT, "open %-28s load + first layout: %5d ms%n", name, ms[0]);
        }
    }

    /** A window with the editor, the document loaded and the first screen laid out. */
    private static TranscriptEditor window(Transcript t) {
        TranscriptEditor editor = new TranscriptEditor();
        Stage stage = new Stage();
        stage.setScene(new Scene(new VirtualizedScrollPane<>(editor.area()), 1280, 800));
        stage.show();
        editor.load(t);
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        return editor;
    }

    private static void measureOps(TranscriptEditor editor) throws Exception {
        int paragraphs = onFx(() -> editor.area().getParagraphs().size());
        Random random = new Random(7);
        time("speaker from the caret's word (Ctrl+2)", editor, paragraphs, random, 12,
                () -> editor.speakerFromCaret(2));
        time("split at the caret (Enter)", editor, paragraphs, random, 20, editor::splitAtCaret);
        time("merge with previous (Backspace)", editor, paragraphs, random, 0, editor::mergeWithPrevious);
        time("type one character", editor, paragraphs, random, 0, () -> editor.area().replaceSelection("x"));
        time("undo", editor, paragraphs, random, 0, () -> editor.area().undo());
        time("redo", editor, paragraphs, random, 0, () -> editor.area().redo());
        time("next turn (Alt+Down)", editor, paragraphs, random, 0, editor::nextTurn);
    }

    /**
     * Times {@code op} with the caret already at a random paragraph (moving there, which scrolls and draws a new
     * screen, is not part of the operation), including the layout it causes.
     */
    private static void time(String name, TranscriptEditor editor, int paragraphs, Random random, int column,
                             Runnable op) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < OPS; i++) {
            int par = random.nextInt(paragraphs - 2) + 1;
            onFx(() -> {
                editor.area().moveTo(par, Math.min(column, editor.area().getParagraph(par).length()));
                editor.area().requestFollowCaret();
                editor.area().getScene().getRoot().layout();
                return null;
            });
            double ms = onFx(() -> {
                long t0 = System.nanoTime();
                op.run();
                editor.area().getScene().getRoot().layout();
                return (System.nanoTime() - t0) / 1e6;
            });
            times.add(ms);
        }
        List<Double> measured = new ArrayList<>(times.subList(OPS / 3, OPS)); // the first third warms up
        Collections.sort(measured);
        System.out.printf(Locale.ROOT, "%-40s median %6.2f ms   p95 %6.2f ms   max %6.2f ms%n", name,
                measured.get(measured.size() / 2), measured.get((int) (measured.size() * 0.95)),
                measured.get(measured.size() - 1));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }
}
