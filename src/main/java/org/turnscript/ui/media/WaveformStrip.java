package org.turnscript.ui.media;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.turnscript.audio.Waveform;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.ui.stats.Turns;

/**
 * The waveform under the text: the recording's loudness over a window of time, each turn's stretch tinted in its
 * speaker's colour, a tick at each segment boundary and the playhead. Click seeks; the wheel zooms around the
 * pointer. The picture is drawn again only when the window, the size, the waveform or the settled turns change;
 * playing moves only the playhead line (and turns the page when it leaves the window), so a ten-hour recording
 * costs the editor nothing while it plays.
 */
public final class WaveformStrip {

    static final double HEIGHT = 64;
    /** The narrowest window: 2 s across; the widest: the whole recording. */
    private static final double MIN_MS_PER_PX = 2;

    private final Pane root = new Pane();
    private final Canvas canvas = new Canvas();
    private final Line playhead = new Line();
    private final Label placeholder = new Label();
    private final Playback playback;
    private Waveform waveform;
    /** Turns as parallel arrays (start, end, colour), in time order; segment starts likewise. */
    private long[] turnStart = new long[0];
    private long[] turnEnd = new long[0];
    private Color[] turnColor = new Color[0];
    private long[] segmentStarts = new long[0];
    private double msPerPx = 50;
    private long viewStart;
    private int draws;

    WaveformStrip(Playback playback) {
        this.playback = playback;
        root.setId("waveform-strip");
        root.getStyleClass().add("waveform-strip");
        root.setMinHeight(HEIGHT);
        root.setPrefHeight(HEIGHT);
        root.setMaxHeight(HEIGHT);
        canvas.setHeight(HEIGHT);
        canvas.widthProperty().bind(root.widthProperty());
        canvas.widthProperty().addListener((o, a, b) -> redraw());
        playhead.getStyleClass().add("waveform-playhead");
        playhead.setStartY(0);
        playhead.setEndY(HEIGHT);
        playhead.setVisible(false);
        placeholder.getStyleClass().add("waveform-placeholder");
        placeholder.setLayoutX(8);
        placeholder.setLayoutY(22);
        root.getChildren().addAll(canvas, playhead, placeholder);
        playback.positionProperty().addListener((o, a, ms) -> follow(ms.longValue()));
        root.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> playback.seek(timeAt(e.getX())));
        root.addEventHandler(ScrollEvent.SCROLL, this::zoom);
        setPlaceholder("The waveform appears here once a recording is attached");
    }

    public Node node() {
        return root;
    }

    void setPlaceholder(String text) {
        placeholder.setText(text);
        placeholder.setVisible(text != null && !text.isEmpty());
    }

    void show(Waveform w) {
        this.waveform = w;
        viewStart = 0;
        setPlaceholder(w == null ? (playback.hasMedia() ? "Reading the waveform\u2026"
                : "The waveform appears here once a recording is attached") : "");
        redraw();
    }

    /** The settled document's turns and segment boundaries, coloured by the roster. */
    void showTurns(Transcript turns) {
        Roster roster = turns.roster();
        List<Turns.Turn> list = Turns.of(turns);
        List<Turns.Turn> timed = new ArrayList<>(list.size());
        for (Turns.Turn t : list) {
            if (t.start() >= 0 && t.end() > t.start()) {
                timed.add(t);
            }
        }
        turnStart = new long[timed.size()];
        turnEnd = new long[timed.size()];
        turnColor = new Color[timed.size()];
        for (int i = 0; i < timed.size(); i++) {
            Turns.Turn t = timed.get(i);
            turnStart[i] = t.start();
            turnEnd[i] = t.end();
            turnColor[i] = t.speakerId() == null ? null
                    : roster.byId(t.speakerId()).map(s -> Color.web(s.color())).orElse(null);
        }
        List<Segment> segments = turns.segments();
        long[] starts = new long[segments.size()];
        int n = 0;
        for (Segment s : segments) {
            if (s.start() >= 0) {
                starts[n++] = s.start();
            }
        }
        segmentStarts = java.util.Arrays.copyOf(starts, n);
        redraw();
    }

    /** The time under x. */
    long timeAt(double x) {
        return Math.max(0, viewStart + Math.round(x * msPerPx));
    }

    /** Keeps the playhead in the window: a new page when it leaves it (a tenth of the width stays behind it). */
    private void follow(long ms) {
        double width = Math.max(1, canvas.getWidth());
        double x = (ms - viewStart) / msPerPx;
        if (x < 0 || x > width) {
            viewStart = Math.max(0, ms - Math.round(width * msPerPx / 10));
            redraw();
            x = (ms - viewStart) / msPerPx;
        }
        playhead.setStartX(x);
        playhead.setEndX(x);
        playhead.setVisible(playback.hasMedia());
    }

    private void zoom(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        long at = timeAt(e.getX());
        double factor = e.getDeltaY() > 0 ? 1 / 1.25 : 1.25;
        double widest = Math.max(MIN_MS_PER_PX, maxDuration() / Math.max(1, canvas.getWidth()));
        msPerPx = Math.max(MIN_MS_PER_PX, Math.min(widest, msPerPx * factor));
        viewStart = Math.max(0, at - Math.round(e.getX() * msPerPx));
        redraw();
        follow(playback.positionMs());
        e.consume();
    }

    /** Shows the whole recording at once (what the widest wheel zoom reaches). */
    void zoomOutFully() {
        msPerPx = Math.max(MIN_MS_PER_PX, maxDuration() / Math.max(1, canvas.getWidth()));
        viewStart = 0;
        redraw();
    }

    private long maxDuration() {
        long d = playback.durationProperty().get();
        if (waveform != null) {
            d = Math.max(d, waveform.durationMs());
        }
        return Math.max(d, 60_000);
    }

    /** How many times the picture was drawn (for tests that check playing does not redraw every frame). */
    int draws() {
        return draws;
    }

    double msPerPixel() {
        return msPerPx;
    }

    long viewStart() {
        return viewStart;
    }

    private void redraw() {
        draws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        long viewEnd = viewStart + Math.round(w * msPerPx);
        // Turns: a tint of the speaker's colour behind the wave.
        for (int i = firstEndingAfter(turnEnd, viewStart); i < turnStart.length && turnStart[i] < viewEnd; i++) {
            if (turnColor[i] == null) {
                continue;
            }
            double x0 = Math.max(0, (turnStart[i] - viewStart) / msPerPx);
            double x1 = Math.min(w, (turnEnd[i] - viewStart) / msPerPx);
            g.setFill(turnColor[i].deriveColor(0, 1, 1, 0.22));
            g.fillRect(x0, 0, Math.max(1, x1 - x0), h);
            g.setFill(turnColor[i]);
            g.fillRect(x0, h - 4, Math.max(1, x1 - x0), 4);
        }
        if (waveform != null) {
            g.setFill(Color.web("#4b5563"));
            double mid = (h - 4) / 2;
            for (int x = 0; x < w; x++) {
                long from = viewStart + Math.round(x * msPerPx);
                long to = viewStart + Math.round((x + 1) * msPerPx);
                if (from >= waveform.durationMs()) {
                    break;
                }
                double amp = waveform.peak(from, to) / 127.0 * (mid - 1);
                g.fillRect(x, mid - amp, 1, Math.max(1, 2 * amp));
            }
        }
        // Segment boundaries: a short tick at the top.
        g.setFill(Color.web("#6b7280"));
        for (int i = firstEndingAfter(segmentStarts, viewStart); i < segmentStarts.length
                && segmentStarts[i] < viewEnd; i++) {
            g.fillRect((segmentStarts[i] - viewStart) / msPerPx, 0, 1, 8);
        }
    }

    /** The first index whose value is at or after {@code t} (values in ascending order). */
    private static int firstEndingAfter(long[] values, long t) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
