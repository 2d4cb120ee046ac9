package org.turnscript.ui;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.turnscript.model.Speaker;
import org.turnscript.ui.editor.SpeakerStylesheet;
import org.turnscript.ui.editor.TranscriptEditor;

/**
 * The roster: each speaker with colour, name and tagging key. Add, rename (everywhere at once), recolour,
 * reorder, delete (giving their segments to someone else) and merge; every change is undoable with Ctrl+Z.
 */
final class RosterPanel {

    private final TranscriptEditor editor;
    private final ListView<Speaker> list = new ListView<>();
    private final ColorPicker colorPicker = new ColorPicker();
    private final VBox root;

    RosterPanel(TranscriptEditor editor) {
        this.editor = editor;
        list.setId("roster-list");
        list.setCellFactory(v -> new SpeakerCell());
        list.setPrefHeight(170);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                rename();
            }
        });
        editor.rosterProperty().addListener((o, a, b) -> refresh());
        refresh();

        colorPicker.getStyleClass().add("button");
        colorPicker.setTooltip(new Tooltip("Colour"));
        colorPicker.setOnAction(e -> selected().ifPresent(s ->
                editor.recolorSpeaker(s.id(), toHex(colorPicker.getValue()))));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                colorPicker.setValue(Color.web(s.color()));
            }
        });

        HBox buttons = new HBox(4,
                button("roster-add", new FontIcon(Material2AL.ADD), "Add a speaker", this::add),
                button("roster-rename", new FontIcon(Material2AL.EDIT), "Rename everywhere (double-click)", this::rename),
                colorPicker,
                button("roster-up", new FontIcon(Material2AL.ARROW_UPWARD), "Move up", () -> move(-1)),
                button("roster-down", new FontIcon(Material2AL.ARROW_DOWNWARD), "Move down", () -> move(1)),
                button("roster-merge", new FontIcon(Material2MZ.MERGE_TYPE), "Merge into another speaker", this::merge),
                button("roster-delete", new FontIcon(Material2AL.DELETE), "Delete (reassign their segments)",
                        this::delete));
        buttons.setAlignment(Pos.CENTER_LEFT);
        colorPicker.setMaxWidth(44);
        Label title = new Label("Speakers");
        title.getStyleClass().add("panel-title");
        root = new VBox(6, title, list, buttons);
        root.setPadding(new Insets(8));
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    VBox node() {
        return root;
    }

    ListView<Speaker> list() {
        return list;
    }

    private void refresh() {
        Speaker sel = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(editor.roster().speakers());
        if (sel != null) {
            editor.roster().byId(sel.id()).ifPresent(s -> list.getSelectionModel().select(s));
        }
    }

    private Optional<Speaker> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void add() {
        ask("Add speaker", "Name of the new speaker:", "").ifPresent(editor::addSpeaker);
    }

    private void rename() {
        selected().ifPresent(s -> ask("Rename speaker", "New name for " + s.name() + " (changes every segment):",
                s.name()).ifPresent(name -> editor.renameSpeaker(s.id(), name)));
    }

    private void move(int delta) {
        selected().ifPresent(s -> {
            int index = editor.roster().speakers().indexOf(s);
            editor.moveSpeaker(s.id(), Math.max(0, index + delta));
        });
    }

    private void delete() {
        selected().ifPresent(s -> {
            List<String> choices = new java.util.ArrayList<>();
            choices.add("Nobody (unassigned)");
            editor.roster().speakers().stream().filter(o -> !o.id().equals(s.id())).forEach(o -> choices.add(o.name()));
            ChoiceDialog<String> d = new ChoiceDialog<>(choices.get(0), choices);
            d.setTitle("Delete speaker");
            d.setHeaderText("Delete " + s.name() + "?");
            d.setContentText("Give their segments to:");
            d.showAndWait().ifPresent(choice -> editor.deleteSpeaker(s.id(),
                    editor.roster().byName(choice).map(Speaker::id).orElse(null)));
        });
    }

    private void merge() {
        selected().ifPresent(s -> {
            List<String> others = editor.roster().speakers().stream().filter(o -> !o.id().equals(s.id()))
                    .map(Speaker::name).toList();
            if (others.isEmpty()) {
                return;
            }
            ChoiceDialog<String> d = new ChoiceDialog<>(others.get(0), others);
            d.setTitle("Merge speakers");
            d.setHeaderText("Merge " + s.name() + " into another speaker");
            d.setContentText("All of " + s.name() + "'s segments go to:");
            d.showAndWait().flatMap(name -> editor.roster().byName(name))
                    .ifPresent(into -> editor.mergeSpeakers(s.id(), into.id()));
        });
    }

    private static Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        return d.showAndWait().map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Button button(String id, FontIcon icon, String tip, Runnable action) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("flat");
        b.setOnAction(e -> action.run());
        return b;
    }

    static String toHex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** Swatch, name and key. */
    private static final class SpeakerCell extends ListCell<Speaker> {
        @Override
        protected void updateItem(Speaker s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Circle swatch = new Circle(6, Color.web(s.color()));
            swatch.getStyleClass().addAll("speaker-swatch", SpeakerStylesheet.cssClass(s.id()));
            Label name = new Label(s.name());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label key = new Label(s.key() == 0 ? "" : "Ctrl+" + s.key());
            key.getStyleClass().add("key-hint");
            HBox row = new HBox(8, swatch, name, spacer, key);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
