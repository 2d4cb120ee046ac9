package org.turnscript.ui.chapters;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.turnscript.ui.session.BufferChapters.Located;
import org.turnscript.ui.text.TimeText;

/**
 * The Chapters panel: each chapter's start time and title. Clicking one (or Enter on it) goes there; the buttons
 * rename it, delete it, or move its start to the caret's word.
 */
final class ChaptersPanel {

    /** What the panel's buttons and clicks do; the view supplies each. */
    record Actions(Consumer<Located> jump, Consumer<Located> rename, Consumer<Located> delete,
                   Consumer<Located> moveToCaret) {
    }

    private final ListView<Located> list = new ListView<>();
    private final VBox root;
    private final Label empty = new Label("No chapters yet. Put the caret on a topic's first word and press "
            + "Ctrl+M, or take a suggestion (Chapters menu).");

    ChaptersPanel(Actions actions) {
        list.setId("chapters-list");
        list.setPrefHeight(140); // ListView asks for 400 px, which would squeeze the roster above the tabs
        list.setCellFactory(v -> new ChapterCell());
        list.setOnMouseClicked(e -> {
            Located c = list.getSelectionModel().getSelectedItem();
            if (c != null && e.getClickCount() >= 1) {
                actions.jump().accept(c);
            }
        });
        list.setOnKeyPressed(e -> {
            Located c = list.getSelectionModel().getSelectedItem();
            if (c != null && e.getCode() == KeyCode.ENTER) {
                actions.jump().accept(c);
                e.consume();
            } else if (c != null && e.getCode() == KeyCode.DELETE) {
                actions.delete().accept(c);
                e.consume();
            } else if (c != null && e.getCode() == KeyCode.F2) {
                actions.rename().accept(c);
                e.consume();
            }
        });
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        Button rename = button("chapter-rename", "Rename…", "Rename the selected chapter (F2)", actions.rename());
        Button delete = button("chapter-delete", "Delete", "Delete the selected chapter (Delete); its words stay",
                actions.delete());
        Button move = button("chapter-move", "Start at caret", "Move the selected chapter's start to the caret's word",
                actions.moveToCaret());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, rename, delete, spacer, move);
        buttons.setPadding(new Insets(6, 0, 0, 0));
        root = new VBox(list, buttons);
        root.setPadding(new Insets(6));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getStyleClass().add("chapters-panel");
    }

    Node node() {
        return root;
    }

    /** Shows the chapters, keeping the selection on the chapter at the same place when there is one. */
    void show(List<Located> chapters) {
        Located selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(chapters);
        if (selected != null) {
            for (int i = 0; i < chapters.size(); i++) {
                if (chapters.get(i).paragraph() == selected.paragraph() && chapters.get(i).column() == selected.column()) {
                    list.getSelectionModel().select(i);
                }
            }
        }
    }

    List<Located> items() {
        return list.getItems();
    }

    ListView<Located> listView() {
        return list;
    }

    private Button button(String id, String text, String tip, Consumer<Located> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> {
            Located c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                action.accept(c);
            }
        });
        return b;
    }

    private static final class ChapterCell extends ListCell<Located> {
        @Override
        protected void updateItem(Located c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                return;
            }
            String time = c.startMs() >= 0 ? TimeText.format(c.startMs()) : "—";
            setText(time + "   " + (c.title().isBlank() ? "Untitled chapter" : c.title()));
        }
    }
}
