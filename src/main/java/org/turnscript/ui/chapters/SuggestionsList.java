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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.turnscript.chapters.ChapterSuggestion;
import org.turnscript.ui.text.TimeText;

/**
 * The chapter suggestions under the Chapters panel: where, the proposed title and the cue that fired. Clicking one
 * goes there; Accept marks it (with the proposed title), Reject drops it; both move on to the next.
 */
final class SuggestionsList {

    private final ListView<ChapterSuggestion> list = new ListView<>();
    private final VBox root;

    SuggestionsList(Runnable suggest, Consumer<ChapterSuggestion> show, Runnable accept, Runnable reject) {
        list.setId("chapter-suggestions");
        list.setPrefHeight(90);
        list.setCellFactory(v -> new SuggestionCell());
        list.setPlaceholder(new Label("Suggest chapters (Ctrl+Shift+M) to see where topics may start"));
        list.getSelectionModel().selectedItemProperty().addListener((o, before, s) -> {
            if (s != null) {
                show.accept(s);
            }
        });
        Button find = new Button("Suggest");
        find.setId("chapter-suggest");
        find.setTooltip(new Tooltip("Suggest chapter starts: music stings, long pauses, the host's sign-posts"));
        find.setOnAction(e -> suggest.run());
        Button yes = new Button("Accept");
        yes.setId("chapter-accept");
        yes.setTooltip(new Tooltip("Mark this chapter with its proposed title (Ctrl+Shift+M)"));
        yes.setOnAction(e -> accept.run());
        Button no = new Button("Reject");
        no.setId("chapter-reject");
        no.setTooltip(new Tooltip("Drop this suggestion (Ctrl+Shift+N)"));
        no.setOnAction(e -> reject.run());
        yes.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        no.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label heading = new Label("Suggestions");
        heading.getStyleClass().add("chapter-suggestions-heading");
        root = new VBox(4, new HBox(6, heading, spacer, find), list, new HBox(6, yes, no));
        root.setPadding(new Insets(6));
    }

    Node node() {
        return root;
    }

    void show(List<ChapterSuggestion> suggestions) {
        list.getItems().setAll(suggestions);
        if (!suggestions.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    ChapterSuggestion current() {
        return list.getSelectionModel().getSelectedItem();
    }

    boolean isEmpty() {
        return list.getItems().isEmpty();
    }

    List<ChapterSuggestion> items() {
        return list.getItems();
    }

    /** Drops the current suggestion and selects the one that took its place (the next), if any. */
    void dropCurrent() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            list.getItems().remove(i);
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(Math.min(i, list.getItems().size() - 1));
            }
        }
    }

    private static final class SuggestionCell extends ListCell<ChapterSuggestion> {
        @Override
        protected void updateItem(ChapterSuggestion s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText((s.startMs() >= 0 ? TimeText.format(s.startMs()) : "—") + "   " + s.title());
            setTooltip(new Tooltip(s.cue() + String.format(java.util.Locale.ROOT, " (score %.2f)", s.score())));
        }
    }
}
