package org.turnscript.ui.find;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.turnscript.ui.session.ParStyle;
import org.turnscript.ui.editor.TranscriptArea;
import org.turnscript.ui.session.TranscriptDocuments;
import org.turnscript.ui.session.WordStyle;
import org.turnscript.ui.find.TextSearch.Match;

/**
 * Find and replace over the transcript area. A replaced word keeps the style of the word it replaces, so its time
 * survives the correction; "Replace all" is one change, so one undo takes it back.
 *
 * <p>Keys: Enter or F3 finds the next match, Shift+Enter or Shift+F3 the previous one, Esc closes the bar and
 * returns to the text with the caret at the match's start, Tab goes from the query to the replacement, and Ctrl+Z
 * or Ctrl+Shift+Z undo or redo in the text even while a field of the bar has the keyboard.
 */
public final class FindReplaceBar {

    /** Set on the count label when the query is not in the text, so the theme can colour it. */
    private static final PseudoClass NOTHING_FOUND = PseudoClass.getPseudoClass("nothing-found");
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_Y = KeyCombination.keyCombination("Shortcut+Y");

    private final TranscriptArea area;
    private final VBox root = new VBox(4);
    private final CustomTextField findField = clearable();
    private final CustomTextField replaceField = clearable();
    private final Label count = new Label();
    private final ToggleButton matchCase = new ToggleButton("Aa");
    private final ToggleButton wholeWord = new ToggleButton("W");
    private final HBox replaceRow;
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", false);
    private List<Match> matches = List.of();
    private int current = -1;

    public FindReplaceBar(TranscriptArea area) {
        this.area = area;
        findField.setId("find-field");
        findField.setPromptText("Find");
        findField.setLeft(new FontIcon(Material2MZ.SEARCH));
        findField.setPrefColumnCount(22);
        replaceField.setId("replace-field");
        replaceField.setPromptText("Replace with");
        replaceField.setPrefColumnCount(22);
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        matchCase.setId("find-case");
        matchCase.setTooltip(new Tooltip("Match case"));
        wholeWord.setId("find-whole-word");
        wholeWord.setTooltip(new Tooltip("Whole words only"));

        Button previous = iconButton("find-previous", Material2AL.KEYBOARD_ARROW_UP, "Previous match (Shift+F3)",
                this::findPrevious);
        Button next = iconButton("find-next", Material2AL.KEYBOARD_ARROW_DOWN, "Next match (F3, Enter)",
                this::findNext);
        Button close = iconButton("find-close", Material2AL.CLOSE, "Close (Esc)", this::close);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox findRow = new HBox(6, findField, count, matchCase, wholeWord, previous, next, spacer, close);
        findRow.setAlignment(Pos.CENTER_LEFT);

        Button replaceOne = new Button("Replace");
        replaceOne.setId("replace-one");
        replaceOne.setOnAction(e -> replace());
        Button replaceAll = new Button("Replace all");
        replaceAll.setId("replace-all");
        replaceAll.setOnAction(e -> replaceAll());
        replaceRow = new HBox(6, replaceField, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow.managedProperty().bind(replaceRow.visibleProperty());

        root.getChildren().addAll(findRow, replaceRow);
        root.getStyleClass().add("find-bar");
        root.visibleProperty().bind(showing);
        root.managedProperty().bind(showing);

        findField.textProperty().addListener((o, a, b) -> searchFrom(area.getSelection().getStart()));
        matchCase.selectedProperty().addListener((o, a, b) -> searchFrom(area.getSelection().getStart()));
        wholeWord.selectedProperty().addListener((o, a, b) -> searchFrom(area.getSelection().getStart()));
        installKeys();
        // Edits move the matches; recount once typing pauses instead of on every keystroke.
        area.plainTextChanges().successionEnds(Duration.ofMillis(200)).subscribe(c -> {
            if (showing.get()) {
                recount();
            }
        });
    }

    // ---- What the window calls ----------------------------------------------------------------------

    public Node node() {
        return root;
    }

    /** Whether the bar is shown; the node is laid out only while it is. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** Opens the bar for finding, seeded with the selected text when it is on one line. */
    public void showFind() {
        open(false);
    }

    /** Opens the bar with the replace row. */
    public void showReplace() {
        open(true);
    }

    /**
     * Hides the bar and gives the keyboard back to the text, with the caret at the start of the match: commands that
     * act on the caret's word (tagging a speaker, setting a time) then act on the word that was found.
     */
    public void close() {
        showing.set(false);
        var selection = area.getSelection();
        if (selection.getLength() > 0) {
            area.selectRange(selection.getEnd(), selection.getStart());
        }
        area.requestFocus();
    }

    public void findNext() {
        recount(); // the text may have changed since the last search, with the bar hidden or within the pause
        if (!matches.isEmpty()) {
            select(TextSearch.firstAtOrAfter(matches, area.getSelection().getEnd()));
        }
    }

    public void findPrevious() {
        recount();
        if (matches.isEmpty()) {
            return;
        }
        int start = area.getSelection().getStart();
        int index = TextSearch.firstAtOrAfter(matches, start);
        // firstAtOrAfter wraps to 0 when nothing follows; the one before the caret is then the last match.
        boolean nothingFollows = matches.get(matches.size() - 1).start() < start;
        int previous = nothingFollows ? matches.size() - 1 : index - 1;
        select(previous < 0 ? matches.size() - 1 : previous);
    }

    /** Replaces the selected match and moves to the next one; selects the next match first if none is selected. */
    public void replace() {
        recount();
        if (current < 0 || !isSelected(matches.get(current))) {
            findNext();
            return;
        }
        Match m = matches.get(current);
        String replacement = replaceField.getText();
        area.replace(m.start(), m.end(), styledReplacement(m, replacement));
        searchFrom(m.start() + replacement.length());
    }

    /** Replaces every match in one undoable change; returns how many were replaced. */
    public int replaceAll() {
        recount();
        if (matches.isEmpty()) {
            return 0;
        }
        String replacement = replaceField.getText();
        MultiChangeBuilder<ParStyle, String, WordStyle> change = area.createMultiChange(matches.size());
        // From the end backwards, so each position is still where the search found it.
        for (int i = matches.size() - 1; i >= 0; i--) {
            Match m = matches.get(i);
            change.replace(m.start(), m.end(), styledReplacement(m, replacement));
        }
        int replaced = matches.size();
        change.commit();
        recount();
        count.setText("Replaced " + replaced);
        return replaced;
    }

    /**
     * A text field with a clear button. The theme's own field, not ControlsFX's clearable one, whose stylesheet
     * expects Modena's colours.
     */
    private static CustomTextField clearable() {
        CustomTextField field = new CustomTextField();
        FontIcon clear = new FontIcon(Material2AL.CLEAR);
        clear.setCursor(javafx.scene.Cursor.DEFAULT);
        clear.getStyleClass().add("clear-field");
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        clear.setOnMouseClicked(e -> field.clear());
        field.setRight(clear);
        return field;
    }

    // ---- Internals ----------------------------------------------------------------------------------

    private void open(boolean withReplace) {
        // A selection taken with the space around a word still looks for the word.
        String selected = area.getSelectedText().strip();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            findField.setText(selected);
        }
        replaceRow.setVisible(withReplace);
        showing.set(true);
        TextField focus = withReplace && !findField.getText().isEmpty() && selected.isEmpty() ? replaceField
                : findField;
        focus.requestFocus();
        focus.selectAll();
        searchFrom(area.getSelection().getStart());
    }

    /** Searches again and selects the first match at or after {@code position} (typing in the field does this). */
    private void searchFrom(int position) {
        matches = TextSearch.findAll(area.getText(), findField.getText(), options());
        if (matches.isEmpty()) {
            current = -1;
            showCount();
        } else {
            select(TextSearch.firstAtOrAfter(matches, position));
        }
    }

    /** Searches again without moving the selection: the current match stays current if it is still selected. */
    private void recount() {
        matches = TextSearch.findAll(area.getText(), findField.getText(), options());
        current = -1;
        for (int i = 0; i < matches.size(); i++) {
            if (isSelected(matches.get(i))) {
                current = i;
                break;
            }
        }
        showCount();
    }

    private void select(int index) {
        current = index;
        Match m = matches.get(index);
        area.selectRange(m.start(), m.end());
        area.requestFollowCaret();
        showCount();
    }

    private boolean isSelected(Match m) {
        return area.getSelection().getStart() == m.start() && area.getSelection().getEnd() == m.end();
    }

    private void showCount() {
        if (findField.getText().isEmpty()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText("No matches");
        } else if (current < 0) {
            count.setText(matches.size() == 1 ? "1 match" : matches.size() + " matches");
        } else {
            count.setText((current + 1) + " of " + matches.size());
        }
        count.pseudoClassStateChanged(NOTHING_FOUND, !findField.getText().isEmpty() && matches.isEmpty());
    }

    private TextSearch.Options options() {
        return new TextSearch.Options(matchCase.isSelected(), wholeWord.isSelected());
    }

    /**
     * The replacement as one styled paragraph: each part takes the word style of the matched word it stands for
     * (see {@link ReplacementStyles}), and the paragraph keeps its speaker.
     */
    private ReadOnlyStyledDocument<ParStyle, String, WordStyle> styledReplacement(Match m, String replacement) {
        int par = area.offsetToPosition(m.start(), TwoDimensional.Bias.Forward).getMajor();
        ParStyle parStyle = area.getParagraph(par).getParagraphStyle();
        List<StyledSegment<String, WordStyle>> segments = new ArrayList<>();
        for (ReplacementStyles.Span span : ReplacementStyles.of(area.getText(m.start(), m.end()), replacement)) {
            segments.add(new StyledSegment<>(replacement.substring(span.start(), span.end()),
                    area.getStyleOfChar(m.start() + span.sourceOffset())));
        }
        if (segments.isEmpty()) {
            segments.add(new StyledSegment<>("", area.getStyleOfChar(m.start())));
        }
        return new ReadOnlyStyledDocumentBuilder<ParStyle, String, WordStyle>(TranscriptDocuments.OPS, parStyle)
                .addParagraph(segments, parStyle)
                .build();
    }

    private void installKeys() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            } else if (e.getCode() == KeyCode.F3) {
                if (e.isShiftDown()) {
                    findPrevious();
                } else {
                    findNext();
                }
                e.consume();
            }
        });
        // Undo and redo from the bar's fields act on the text, so a replacement can be taken back at once.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                area.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                area.redo();
                e.consume();
            }
        });
        // Tab goes from the query to its replacement, past the option buttons.
        findField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isShortcutDown() && replaceRow.isVisible()) {
                replaceField.requestFocus();
                e.consume();
            }
        });
        replaceField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && e.isShiftDown() && !e.isShortcutDown()) {
                findField.requestFocus();
                e.consume();
            }
        });
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    findPrevious();
                } else {
                    findNext();
                }
                e.consume();
            }
        });
        replaceField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replace();
                e.consume();
            }
        });
        // F3 keeps working from the text once there is something to find.
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consumeWhen(EventPattern.keyPressed(KeyCode.F3, KeyCombination.SHIFT_DOWN),
                        () -> !findField.getText().isEmpty(), e -> findPrevious()),
                InputMap.consumeWhen(EventPattern.keyPressed(KeyCode.F3), () -> !findField.getText().isEmpty(),
                        e -> findNext())));
    }

    private static Button iconButton(String id, Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("flat");
        b.setOnAction(e -> action.run());
        return b;
    }
}
