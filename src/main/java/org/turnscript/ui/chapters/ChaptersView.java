package org.turnscript.ui.chapters;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.turnscript.chapters.ChapterSuggestion;
import org.turnscript.model.ChapterMark;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.session.BufferChapters;
import org.turnscript.ui.session.BufferChapters.Located;
import org.turnscript.ui.session.EditorSession;
import org.turnscript.ui.session.Settled;

/**
 * Chapters in the window: Ctrl+M marks a chapter at the caret's word and asks its title (proposed from the words
 * that follow); the Chapters panel lists them to jump to, rename, delete or move; a band over the timeline shows
 * them; the Chapters menu holds it all. Every change is one undo step of the document's history.
 */
public final class ChaptersView {

    /** Asks for a title: the question and the proposed answer; empty when the user cancels. */
    public interface TitlePrompt {
        Optional<String> ask(String question, String proposal);
    }

    private final Stage stage;
    private final TranscriptEditor editor;
    private final EditorSession session;
    private final BufferChapters chapters;
    private final ChaptersPanel panel;
    private final ChapterBand band = new ChapterBand();
    private final SuggestionsList suggestions;
    private final Tab tab;
    private TitlePrompt prompt = this::askWithDialog;
    private long durationMs;

    public ChaptersView(Stage stage, TranscriptEditor editor, EditorSession session) {
        this.stage = stage;
        this.editor = editor;
        this.session = session;
        this.chapters = editor.chapters();
        this.panel = new ChaptersPanel(new ChaptersPanel.Actions(this::jump, this::rename, this::delete,
                this::moveToCaret));
        this.suggestions = new SuggestionsList(this::suggest, this::showSuggestion, this::acceptSuggestion,
                this::rejectSuggestion);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(panel.node(), suggestions.node());
        javafx.scene.layout.VBox.setVgrow(panel.node(), javafx.scene.layout.Priority.ALWAYS);
        this.tab = new Tab("Chapters", content);
        tab.setId("chapters-tab");
        band.setOnJump(this::jump);
        session.settledProperty().addListener((o, before, settled) -> refresh(settled));
    }

    /** The Chapters tab for the side panel. */
    public Tab tab() {
        return tab;
    }

    /** The band of chapters, for above the turn timeline. */
    public Node band() {
        return band.node();
    }

    /** The Chapters menu. */
    public Menu menu() {
        Menu menu = new Menu("C_hapters");
        menu.getItems().addAll(
                item("_Mark a chapter at the caret… (Ctrl+M)", this::markAtCaret),
                item("_Rename the chapter at the caret…", () -> atCaret().ifPresent(this::rename)),
                item("_Delete the chapter at the caret", () -> atCaret().ifPresent(this::delete)),
                new SeparatorMenuItem(),
                item("_Suggest chapters / accept the suggestion (Ctrl+Shift+M)", this::acceptOrSuggest),
                item("Re_ject the suggestion (Ctrl+Shift+N)", this::rejectSuggestion),
                new SeparatorMenuItem(),
                item("Show the Chapters _panel", this::showPanel));
        return menu;
    }

    /** Ctrl+M in the window marks a chapter. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown() && e.getCode() == KeyCode.M) {
                markAtCaret();
                e.consume();
            } else if (e.isShortcutDown() && e.isShiftDown() && !e.isAltDown() && e.getCode() == KeyCode.M) {
                acceptOrSuggest();
                e.consume();
            } else if (e.isShortcutDown() && e.isShiftDown() && !e.isAltDown() && e.getCode() == KeyCode.N) {
                rejectSuggestion();
                e.consume();
            }
        });
    }

    /** Replaces the title dialog (a window that asks in another way, or a test). */
    public void setTitlePrompt(TitlePrompt prompt) {
        this.prompt = prompt;
    }

    /** Marks a chapter at the caret's word, asking for its title. */
    public void markAtCaret() {
        int par = editor.area().getCurrentParagraph();
        int column = editor.area().getCaretColumn();
        Located existing = chapters.at(par, column);
        if (existing != null) {
            rename(existing);
            return;
        }
        String proposal = chapters.proposeTitle(par, column);
        prompt.ask("Title of the chapter that starts here", proposal).ifPresent(title -> {
            int at = chapters.mark(par, column, ChapterMark.titled(title));
            if (at < 0) {
                session.setMessage("Put the caret on a word to start a chapter there");
                return;
            }
            editor.area().moveTo(at);
            session.setMessage("Chapter \u201C" + title.strip() + "\u201D starts here (Ctrl+Z undoes it)");
            refresh();
        });
        editor.area().requestFocus();
    }

    /** Suggests chapter starts and goes to the first; the list under the panel shows them all. */
    public void suggest() {
        List<ChapterSuggestion> found = session.suggestChapters();
        showPanel();
        suggestions.show(found);
        session.setMessage(found.isEmpty() ? "No chapter starts to suggest"
                : found.size() + " chapter suggestions: Ctrl+Shift+M accepts, Ctrl+Shift+N rejects");
    }

    /** With suggestions open, accepts the current one; otherwise suggests first. */
    public void acceptOrSuggest() {
        if (suggestions.isEmpty()) {
            suggest();
        } else {
            acceptSuggestion();
        }
    }

    /** The suggestions not yet accepted or rejected. */
    public List<ChapterSuggestion> pendingSuggestions() {
        return List.copyOf(suggestions.items());
    }

    private void acceptSuggestion() {
        ChapterSuggestion s = suggestions.current();
        if (s == null) {
            return;
        }
        int[] at = chapters.locateWord(s.flatIndex());
        if (at == null) {
            session.setMessage("The text changed since the suggestions were made: suggest again");
            return;
        }
        int offset = chapters.mark(at[0], at[1], ChapterMark.titled(s.title()));
        if (offset >= 0) {
            editor.area().moveTo(offset);
            session.setMessage("Chapter \u201C" + s.title() + "\u201D accepted (Ctrl+M on it renames it)");
        }
        suggestions.dropCurrent();
        refresh();
        editor.area().requestFocus();
    }

    private void rejectSuggestion() {
        if (suggestions.current() != null) {
            suggestions.dropCurrent();
            editor.area().requestFocus();
        }
    }

    private void showSuggestion(ChapterSuggestion s) {
        int[] at = chapters.locateWord(s.flatIndex());
        if (at != null) {
            editor.area().moveTo(at[0], at[1]);
            editor.centre(at[0]);
        }
    }

    private void showPanel() {
        if (tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
    }

    /** The chapters as the panel lists them now. */
    public List<Located> shown() {
        return List.copyOf(panel.items());
    }

    /** The chapter titles the band over the timeline shows now. */
    public List<String> bandTitles() {
        return band.titles();
    }

    /** The panel's list (tests select in it). */
    javafx.scene.control.ListView<Located> panelList() {
        return panel.listView();
    }

    /** Reads the chapters from the document again (after a command, or when edits settle). */
    public void refresh() {
        List<Located> list = chapters.list();
        panel.show(list);
        band.show(list, durationMs);
    }

    private void refresh(Settled settled) {
        if (settled != null) {
            durationMs = settled.transcript().durationMs();
        }
        refresh();
    }

    private void jump(Located c) {
        if (c.paragraph() < editor.area().getParagraphs().size()) {
            editor.area().moveTo(c.paragraph(), Math.min(c.column(), editor.area().getParagraph(c.paragraph()).length()));
            editor.centre(c.paragraph());
            editor.area().requestFocus();
        }
    }

    private void rename(Located c) {
        prompt.ask("New title of the chapter", c.title()).ifPresent(title -> {
            if (chapters.rename(c.paragraph(), c.column(), title)) {
                session.setMessage("Chapter renamed \u201C" + title.strip() + "\u201D");
                refresh();
            }
        });
    }

    private void delete(Located c) {
        if (chapters.remove(c.paragraph(), c.column())) {
            session.setMessage("Chapter \u201C" + c.title() + "\u201D deleted; its words stay (Ctrl+Z brings it back)");
            refresh();
        }
    }

    private void moveToCaret(Located c) {
        int at = chapters.move(c, editor.area().getCurrentParagraph(), editor.area().getCaretColumn());
        if (at < 0) {
            session.setMessage("Put the caret on a word that starts no chapter yet, then move the start there");
            return;
        }
        editor.area().moveTo(at);
        session.setMessage("Chapter \u201C" + c.title() + "\u201D now starts at the caret");
        refresh();
    }

    private Optional<Located> atCaret() {
        return Optional.ofNullable(chapters.at(editor.area().getCurrentParagraph(), editor.area().getCaretColumn()));
    }

    private Optional<String> askWithDialog(String question, String proposal) {
        TextInputDialog ask = new TextInputDialog(proposal);
        ask.initOwner(stage);
        ask.setTitle("Chapter");
        ask.setHeaderText(question);
        ask.setContentText("Title:");
        ask.getEditor().setId("chapter-title");
        return ask.showAndWait();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
