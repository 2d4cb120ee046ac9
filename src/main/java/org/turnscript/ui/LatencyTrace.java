package org.turnscript.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Measures what a user waits for, in the running application, when the {@code turnscript.trace} system property
 * is set (for example {@code -Dturnscript.trace=latency}). It logs (INFO, this class's logger):
 * <ul>
 * <li>{@code key CTRL+END 12.3 ms (pulse 9.8 ms)} for each key press: from the key event to the end of drawing
 * the first frame after it (the pulse figure: to the end of that pulse's layout). Where the frame cannot be
 * observed, or none follows within a second, the line gives the pulse figure and says so;</li>
 * <li>{@code frame-gap 840 ms until 2310 ms after the JVM started} for each pause of more than 100 ms between two
 * pulses, from the first frame until the first key press (at most 30 s): how long the window stood still while
 * the first document opened;</li>
 * <li>{@code heap-after-gc 61 MB} on Ctrl+Alt+Shift+M, after a full collection.</li>
 * </ul>
 * Nothing is installed, and nothing costs anything, when the property is not set.
 */
public final class LatencyTrace {

    public static final String PROPERTY = "turnscript.trace";

    private static final Logger LOG = Logger.getLogger(LatencyTrace.class.getName());
    private static final KeyCombination HEAP = new KeyCodeCombination(KeyCode.M, KeyCombination.CONTROL_DOWN,
            KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final long NO_FRAME_AFTER_MS = 1000;
    private static final long GAP_REPORTED_NS = 100_000_000L;
    private static final long GAP_WATCH_NS = 30_000_000_000L;

    /** A key press on its way to the screen. */
    private static final class Press {
        final String key;
        final long pressed;
        volatile long pulse;
        final AtomicBoolean logged = new AtomicBoolean();

        Press(String key, long pressed) {
            this.key = key;
            this.pressed = pressed;
        }
    }

    private final List<Press> beforePulse = new ArrayList<>(); // FX thread only
    private final Queue<Press> beforeFrame = new ConcurrentLinkedQueue<>();
    private final boolean framesObserved;
    private ScheduledExecutorService timeouts;
    private AnimationTimer gapWatch;

    private LatencyTrace(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        scene.addPostLayoutPulseListener(this::afterLayout);
        framesObserved = observeFrames(scene);
        watchGaps();
    }

    /** Whether {@code turnscript.trace} asks for the trace. */
    public static boolean enabled() {
        String v = System.getProperty(PROPERTY);
        return v != null && !v.isBlank() && !"false".equalsIgnoreCase(v.strip());
    }

    /** Installs the trace on the scene when {@link #enabled()}; call on the FX thread. */
    public static void installIfEnabled(Scene scene) {
        if (enabled()) {
            new LatencyTrace(scene);
        }
    }

    private void keyPressed(KeyEvent e) {
        long now = System.nanoTime();
        if (e.getCode().isModifierKey()) {
            return;
        }
        if (HEAP.match(e)) {
            e.consume();
            logHeapAfterGc();
            return;
        }
        stopGapWatch();
        beforePulse.add(new Press(name(e), now));
    }

    private void afterLayout() {
        if (beforePulse.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        for (Press p : beforePulse) {
            p.pulse = now;
            if (framesObserved) {
                beforeFrame.add(p);
                timeouts().schedule(() -> noFrame(p), NO_FRAME_AFTER_MS, TimeUnit.MILLISECONDS);
            } else {
                log(p, "key %s %.1f ms (pulse; frames not observable)", p.key, ms(p.pulse - p.pressed));
            }
        }
        beforePulse.clear();
    }

    /** On the render thread, when a frame of the scene has been drawn. */
    private void frameRendered() {
        long now = System.nanoTime();
        for (Press p = beforeFrame.poll(); p != null; p = beforeFrame.poll()) {
            log(p, "key %s %.1f ms (pulse %.1f ms)", p.key, ms(now - p.pressed), ms(p.pulse - p.pressed));
        }
    }

    private void noFrame(Press p) {
        beforeFrame.remove(p);
        log(p, "key %s %.1f ms (pulse; no frame followed within %d ms)", p.key, ms(p.pulse - p.pressed),
                NO_FRAME_AFTER_MS);
    }

    private static void log(Press p, String format, Object... args) {
        if (p.logged.compareAndSet(false, true)) {
            LOG.info(String.format(Locale.ROOT, format, args));
        }
    }

    private static void logHeapAfterGc() {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        LOG.info(String.format(Locale.ROOT, "heap-after-gc %d MB", Math.round(used / (1024.0 * 1024.0))));
    }

    /** Pulses normally stop when nothing moves; while watching, a timer keeps them coming so a stall shows. */
    private void watchGaps() {
        long started = System.nanoTime();
        gapWatch = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long pulseTime) {
                long now = System.nanoTime();
                if (last != 0 && now - last > GAP_REPORTED_NS) {
                    long sinceStart = System.currentTimeMillis()
                            - ManagementFactory.getRuntimeMXBean().getStartTime();
                    LOG.info(String.format(Locale.ROOT, "frame-gap %d ms until %d ms after the JVM started",
                            Math.round(ms(now - last)), sinceStart));
                }
                last = now;
                if (now - started > GAP_WATCH_NS) {
                    stopGapWatch();
                }
            }
        };
        gapWatch.start();
    }

    private void stopGapWatch() {
        if (gapWatch != null) {
            gapWatch.stop();
            gapWatch = null;
        }
    }

    private ScheduledExecutorService timeouts() {
        if (timeouts == null) {
            timeouts = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "latency-trace");
                t.setDaemon(true);
                return t;
            });
        }
        return timeouts;
    }

    /**
     * JavaFX tells when a scene's frame has been drawn only through its performance tracker, which is not public
     * API: it is reached by reflection, and where that fails the trace reports pulses only.
     */
    private boolean observeFrames(Scene scene) {
        try {
            Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Object t = tracker.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            tracker.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(t, (Runnable) this::frameRendered);
            return true;
        } catch (ReflectiveOperationException | java.lang.reflect.InaccessibleObjectException | ClassCastException
                 | SecurityException | LinkageError e) {
            LOG.log(Level.INFO, "frames cannot be observed here ({0}); key figures end with the pulse",
                    e.toString());
            return false;
        }
    }

    static String name(KeyEvent e) {
        StringBuilder b = new StringBuilder();
        if (e.isControlDown()) {
            b.append("CTRL+");
        }
        if (e.isAltDown()) {
            b.append("ALT+");
        }
        if (e.isShiftDown()) {
            b.append("SHIFT+");
        }
        if (e.isMetaDown()) {
            b.append("META+");
        }
        return b.append(e.getCode().name()).toString();
    }

    private static double ms(long ns) {
        return ns / 1_000_000.0;
    }
}
