package org.turnscript.ui.dialogs;

import java.util.List;

/** Every keyboard shortcut of the window, for Help ▸ Keyboard shortcuts. "Ctrl" is Cmd on macOS. */
public final class Shortcuts {

    private Shortcuts() {
    }

    /**
     * @param keys   the keys, as shown to people
     * @param action what they do
     * @param group  the section of the help page
     */
    public record Shortcut(String keys, String action, String group) {
    }

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Ctrl+1 … Ctrl+9", "From the word at the caret on, this speaker speaks (splits the segment)",
                    "Speakers"),
            new Shortcut("Ctrl+Shift+1 … Ctrl+Shift+9", "Give the whole segment to this speaker", "Speakers"),
            new Shortcut("Ctrl+0", "Clear the segment's speaker", "Speakers"),
            new Shortcut("Ctrl+D", "Same speaker as the previous segment", "Speakers"),
            new Shortcut("Alt+Down", "Next turn (next change of speaker)", "Speakers"),
            new Shortcut("Alt+Up", "Previous turn", "Speakers"),
            new Shortcut("F8 / Shift+F8", "Next / previous suggested turn (the faint marks in the gutter)",
                    "Suggested turns"),
            new Shortcut("Alt+Enter", "Accept the suggested turn and go to the next", "Suggested turns"),
            new Shortcut("Alt+Backspace", "Reject the suggested turn and go to the next", "Suggested turns"),
            new Shortcut("Alt+Shift+Left / Alt+Shift+Right", "Move the suggested turn a word back / on (then accept it)",
                    "Suggested turns"),
            new Shortcut("Ctrl+1 … Ctrl+9 on a suggestion", "Accept it with another speaker", "Suggested turns"),
            new Shortcut("Ctrl+Enter", "From the word at the caret on, the predicted speaker speaks",
                    "Suggested turns"),
            new Shortcut("Escape", "End the review of suggested turns", "Suggested turns"),
            new Shortcut("Enter", "Split the segment at the caret's word boundary", "Segments"),
            new Shortcut("Backspace at a segment's start", "Merge with the previous segment", "Segments"),
            new Shortcut("Delete at a segment's end", "Merge with the next segment", "Segments"),
            new Shortcut("Alt+.  /  Alt+?  /  Alt+,", "Full stop, question mark or comma after the word at the caret "
                    + "(fixes the next word's capital)", "Edit"),
            new Shortcut("Ctrl+Z", "Undo (typing, tagging, splitting, merging, renaming)", "Edit"),
            new Shortcut("Ctrl+Shift+Z or Ctrl+Y", "Redo", "Edit"),
            new Shortcut("Ctrl+Shift+C", "Cleanup (fillers, repeats, sound tags, glossary, casing) with a preview",
                    "Edit"),
            new Shortcut("Ctrl+T", "Set the time of the word at the caret (an anchor; estimated times around it follow)",
                    "Edit"),
            new Shortcut("Ctrl+F", "Find", "Edit"),
            new Shortcut("Ctrl+H", "Find and replace", "Edit"),
            new Shortcut("F3 / Shift+F3", "Next / previous match", "Edit"),
            new Shortcut("Ctrl+M", "Mark a chapter at the caret's word and type its title (on a chapter's first "
                    + "word: rename it)", "Chapters"),
            new Shortcut("Ctrl+Shift+M", "Suggest chapters; then accept the current suggestion (with its proposed title) "
                    + "and go to the next", "Chapters"),
            new Shortcut("Ctrl+Shift+N", "Reject the current chapter suggestion and go to the next", "Chapters"),
            new Shortcut("F2 / Delete in the Chapters panel", "Rename / delete the selected chapter", "Chapters"),
            new Shortcut("Ctrl+O", "Open a project or import captions", "File"),
            new Shortcut("Ctrl+S", "Save the project", "File"),
            new Shortcut("Ctrl+Shift+S", "Save the project as…", "File"),
            new Shortcut("Ctrl+E", "Export (SRT, WebVTT, JSON, text, Markdown)", "File"),
            new Shortcut("Ctrl+Q", "Quit", "File"),
            new Shortcut("Ctrl+Space", "Play / pause the recording (resumes a few seconds back)", "Listen"),
            new Shortcut("Alt+Left / Alt+Right", "Back / forward 2 seconds", "Listen"),
            new Shortcut("Alt+[ / Alt+]", "Slower / faster (0.5\u00D7 to 2\u00D7)", "Listen"),
            new Shortcut("Ctrl+Shift+Space", "Play the caret's segment and stop at its end", "Listen"),
            new Shortcut("Ctrl+Shift+Enter", "Play from the word at the caret", "Listen"),
            new Shortcut("Ctrl+click on a word", "Play from that word", "Listen"),
            new Shortcut("F9", "Tap-to-sync: anchor the word at the caret (or the next one not anchored) at the playback "
                    + "position, then move on to the next word", "Listen"),
            new Shortcut("F1", "This list", "Help"));
}
