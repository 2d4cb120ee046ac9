package org.turnscript.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.turnscript.ui.dialogs.AboutDialog;

/** The menu bar and the toolbar, built from the window's actions. */
final class MainMenus {

    /** What the menus call; the window supplies each. */
    record Actions(Runnable open, Runnable openSample, Consumer<Path> openRecent, Runnable save, Runnable saveAs,
                   Runnable export, Runnable quit, Runnable undo, Runnable redo, Runnable find, Runnable replace,
                   Runnable findNext, Runnable findPrevious, Runnable cleanup, Runnable restore, Runnable anchor,
                   Runnable split, Runnable merge, Runnable sameSpeaker, Runnable clearSpeaker, Runnable nextTurn,
                   Runnable previousTurn, Consumer<Boolean> darkTheme, Consumer<Boolean> dimEstimated,
                   Consumer<Boolean> showDropped, Runnable shortcuts, Runnable timesFromCaptions,
                   Consumer<Boolean> colourBySource) {
    }

    private final Actions actions;
    private final Menu recentMenu = new Menu("Open _Recent");
    /** Items and menus that features add (File ▸ Attach media…, the Playback menu), before the bar is built. */
    private final java.util.List<MenuItem> fileExtras = new java.util.ArrayList<>();
    private final java.util.List<Menu> extraMenus = new java.util.ArrayList<>();
    private final List<MenuItem> extraSpeakerItems = new ArrayList<>();
    private final List<MenuItem> extraTimingItems = new ArrayList<>();

    MainMenus(Actions actions) {
        this.actions = actions;
    }

    /** Adds an item to the File menu, after Open sample. */
    void addFileItem(MenuItem item) {
        fileExtras.add(item);
    }

    /** Adds a menu before Help. */
    void addMenu(Menu menu) {
        extraMenus.add(menu);
    }

    MenuBar menuBar(boolean dark) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Open or import…", "Shortcut+O", actions.open()),
                recentMenu,
                item("Open _sample", null, actions.openSample()));
        file.getItems().addAll(fileExtras);
        file.getItems().addAll(
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", actions.save()),
                item("Save _as…", "Shortcut+Shift+S", actions.saveAs()),
                item("_Export…", "Shortcut+E", actions.export()),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", actions.quit()));
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("_Undo", null, actions.undo()),
                item("_Redo", null, actions.redo()),
                new SeparatorMenuItem(),
                item("_Find…", "Shortcut+F", actions.find()),
                item("Find and _replace…", "Shortcut+H", actions.replace()),
                item("Find _next", "F3", actions.findNext()),
                item("Find _previous", "Shift+F3", actions.findPrevious()),
                new SeparatorMenuItem(),
                item("_Cleanup…", "Shortcut+Shift+C", actions.cleanup()),
                item("Restore the _original words", null, actions.restore()),
                item("Set the _time of the word at the caret…", "Shortcut+T", actions.anchor()),
                new SeparatorMenuItem(),
                item("Split segment at caret (Enter)", null, actions.split()),
                item("Merge with previous segment (Backspace at start)", null, actions.merge()));
        Menu speakers = new Menu("_Speakers");
        speakers.getItems().addAll(
                item("Same speaker as previous (Ctrl+D)", null, actions.sameSpeaker()),
                item("Clear speaker (Ctrl+0)", null, actions.clearSpeaker()),
                item("Next turn (Alt+Down)", null, actions.nextTurn()),
                item("Previous turn (Alt+Up)", null, actions.previousTurn()));
        speakers.getItems().addAll(extraSpeakerItems);
        Menu timing = new Menu("_Timing");
        timing.setId("menu-timing");
        timing.getItems().addAll(
                item("Take times from a _caption file…", null, actions.timesFromCaptions()));
        timing.getItems().addAll(extraTimingItems);
        timing.getItems().addAll(
                item("Set the _time of the word at the caret… (Ctrl+T)", null, actions.anchor()),
                new SeparatorMenuItem(),
                check("_Colour words by where their time comes from", false, actions.colourBySource()));
        Menu view = new Menu("_View");
        view.getItems().addAll(
                check("_Dark theme", dark, actions.darkTheme()),
                check("Dim words whose time is _estimated", false, actions.dimEstimated()),
                check("Show words cleanup _dropped", true, actions.showDropped()));
        Menu help = new Menu("_Help");
        help.getItems().add(item("_Keyboard shortcuts (F1)", null, actions.shortcuts()));
        MenuBar bar = new MenuBar(file, edit, speakers, timing, view);
        bar.getMenus().addAll(extraMenus);
        bar.getMenus().add(help);
        help.getItems().add(item("_About Turnscript", null, () -> AboutDialog.show(bar.getScene().getWindow())));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Items that features add to the Timing menu after its first item (before {@link #menuBar} is called). */
    void addTimingItems(List<MenuItem> items) {
        extraTimingItems.addAll(items);
    }

    /** Items that features add at the end of the Speakers menu (before {@link #menuBar} is called). */
    void addSpeakerItems(List<MenuItem> items) {
        extraSpeakerItems.addAll(items);
    }

    ToolBar toolBar() {
        return new ToolBar(
                tool("tool-open", Material2AL.FOLDER_OPEN, "Open or import (Ctrl+O)", actions.open()),
                tool("tool-save", Material2MZ.SAVE, "Save (Ctrl+S)", actions.save()),
                tool("tool-export", Material2MZ.PUBLISH, "Export (Ctrl+E)", actions.export()),
                tool("tool-undo", Material2MZ.UNDO, "Undo (Ctrl+Z)", actions.undo()),
                tool("tool-redo", Material2MZ.REDO, "Redo (Ctrl+Shift+Z)", actions.redo()),
                tool("tool-shortcuts", Material2AL.KEYBOARD, "Keyboard shortcuts (F1)", actions.shortcuts()));
    }

    void showRecent(Iterable<Path> files) {
        recentMenu.getItems().clear();
        for (Path p : files) {
            recentMenu.getItems().add(item(p.getFileName() + "  —  " + p.getParent(), null,
                    () -> actions.openRecent().accept(p)));
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private static Button tool(String id, org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("flat");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static CheckMenuItem check(String text, boolean selected, Consumer<Boolean> action) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setSelected(selected);
        item.setOnAction(e -> action.accept(item.isSelected()));
        return item;
    }
}
