package org.turnscript.ui.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.turnscript.model.Transcript;
import org.turnscript.ui.editor.SpeakerStylesheet;
import org.turnscript.ui.stats.Turns.Turn;
import org.turnscript.ui.text.TimeText;

/**
 * A strip across the recording with one block per turn in the speaker's colour, so long monologues and quick
 * exchanges are visible at a glance. Hovering names the turn; clicking asks to seek to that time.
 */
public final class TurnTimeline {

    private final Strip strip = new Strip();
    private final Tooltip tooltip = new Tooltip();
    private List<Turn> turns = List.of();
    private List<String> names = List.of();
    private long durationMs;
    private LongConsumer onSeek = ms -> { };

    public TurnTimeline() {
        strip.setId("turn-timeline");
        strip.getStyleClass().add("turn-timeline");
        strip.setMinHeight(18);
        strip.setPrefHeight(22);
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(strip, tooltip);
        strip.addEventHandler(MouseEvent.MOUSE_MOVED, e -> tooltip.setText(describeAt(e.getX())));
        strip.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && durationMs > 0) {
                onSeek.accept(timeAt(e.getX()));
            }
        });
    }

    public Node node() {
        return strip;
    }

    /** Called with the time under the pointer when the strip is clicked. */
    public void setOnSeek(LongConsumer onSeek) {
        this.onSeek = onSeek == null ? ms -> { } : onSeek;
    }

    /** Shows the turns of {@code t} over its duration (the media's when known, else the last word's end). */
    public void show(Transcript t) {
        turns = Turns.of(t);
        durationMs = Math.max(t.durationMs(), turns.isEmpty() ? 0 : turns.get(turns.size() - 1).end());
        List<String> turnNames = new ArrayList<>(turns.size());
        List<Region> blocks = new ArrayList<>(turns.size());
        for (Turn turn : turns) {
            String name = turn.speakerId() == null ? TalkTime.UNASSIGNED_NAME : t.roster().nameOf(turn.speakerId());
            turnNames.add(name == null ? TalkTime.UNASSIGNED_NAME : name);
            Region block = new Region();
            block.getStyleClass().addAll("timeline-turn",
                    turn.speakerId() == null ? "unassigned" : SpeakerStylesheet.cssClass(turn.speakerId()));
            block.setMouseTransparent(true);
            blocks.add(block);
        }
        names = turnNames;
        strip.getChildren().setAll(blocks);
        tooltip.setText(durationMs > 0 ? "Click to go to a time" : "No timed speech yet");
        strip.requestLayout();
    }

    /** What the tooltip says now. */
    String hoverText() {
        return tooltip.getText();
    }

    /** The time at {@code x} pixels from the strip's left edge, clamped to the recording. */
    long timeAt(double x) {
        double width = strip.getWidth();
        if (width <= 0 || durationMs <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(durationMs, Math.round(x / width * durationMs)));
    }

    private String describeAt(double x) {
        long ms = timeAt(x);
        int index = Turns.indexAt(turns, ms);
        if (index < 0) {
            return TimeText.format(ms);
        }
        Turn turn = turns.get(index);
        return names.get(index) + " · " + TimeText.format(turn.start()) + "–" + TimeText.format(turn.end());
    }

    /** Lays the blocks out by time; a turn is at least one pixel wide, so short interjections stay visible. */
    private final class Strip extends Pane {

        @Override
        protected void layoutChildren() {
            double width = getWidth();
            double height = getHeight();
            if (durationMs <= 0) {
                return;
            }
            for (int i = 0; i < getChildren().size() && i < turns.size(); i++) {
                Turn turn = turns.get(i);
                double x = snapPositionX(turn.start() * width / durationMs);
                double w = Math.max(1, snapSizeX(turn.end() * width / durationMs) - x);
                getChildren().get(i).resizeRelocate(x, 0, w, height);
            }
        }
    }
}
