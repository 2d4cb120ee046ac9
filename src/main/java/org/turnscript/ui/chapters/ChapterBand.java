package org.turnscript.ui.chapters;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import org.turnscript.ui.session.BufferChapters.Located;
import org.turnscript.ui.text.TimeText;

/**
 * A band over the turn timeline with one block per chapter, from its start to the next one's, titled, on the
 * timeline's time scale. Clicking a block goes to the chapter. Empty (and no taller than a line) without chapters.
 */
final class ChapterBand {

    private final Band band = new Band();
    private List<Located> chapters = List.of();
    private long durationMs;
    private Consumer<Located> onJump = c -> { };

    ChapterBand() {
        band.setId("chapter-band");
        band.getStyleClass().add("chapter-band");
        band.setMinHeight(0);
    }

    Node node() {
        return band;
    }

    void setOnJump(Consumer<Located> onJump) {
        this.onJump = onJump;
    }

    /** Shows {@code list} (chapters without a time are left out) over {@code durationMs}. */
    void show(List<Located> list, long durationMs) {
        List<Located> timed = list.stream().filter(c -> c.startMs() >= 0).toList();
        this.chapters = timed;
        this.durationMs = Math.max(durationMs, timed.isEmpty() ? 0 : timed.get(timed.size() - 1).startMs() + 1);
        List<Label> blocks = new ArrayList<>(timed.size());
        for (int i = 0; i < timed.size(); i++) {
            Located c = timed.get(i);
            Label block = new Label(c.title().isBlank() ? "Untitled" : c.title());
            block.getStyleClass().addAll("chapter-block", i % 2 == 0 ? "even" : "odd");
            block.setTextOverrun(OverrunStyle.ELLIPSIS);
            block.setAlignment(Pos.CENTER_LEFT);
            block.setTooltip(new Tooltip(TimeText.format(c.startMs()) + "  " + c.title()));
            block.setOnMouseClicked(e -> onJump.accept(c));
            blocks.add(block);
        }
        band.getChildren().setAll(blocks);
        band.setPrefHeight(timed.isEmpty() ? 0 : 20);
        band.setVisible(!timed.isEmpty());
        band.setManaged(!timed.isEmpty());
        band.requestLayout();
    }

    /** The titles shown, in order, for tests. */
    List<String> titles() {
        return chapters.stream().map(Located::title).toList();
    }

    private final class Band extends Pane {
        @Override
        protected void layoutChildren() {
            double width = getWidth();
            if (durationMs <= 0) {
                return;
            }
            for (int i = 0; i < getChildren().size() && i < chapters.size(); i++) {
                long start = chapters.get(i).startMs();
                long end = i + 1 < chapters.size() ? chapters.get(i + 1).startMs() : durationMs;
                double x = snapPositionX(start * width / durationMs);
                double w = Math.max(2, snapSizeX(end * width / durationMs) - x);
                getChildren().get(i).resizeRelocate(x, 0, w, getHeight());
            }
        }
    }
}
