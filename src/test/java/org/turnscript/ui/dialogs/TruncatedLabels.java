package org.turnscript.ui.dialogs;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/** Finds labels whose shown text was cut short ("Speaker lab…") after layout. */
final class TruncatedLabels {

    private TruncatedLabels() {
    }

    /** The full texts of the labels under {@code root} that show less than their text. */
    static List<String> in(Parent root) {
        return root.lookupAll(".label").stream()
                .filter(n -> n instanceof Label label && label.isVisible() && !label.getText().isEmpty())
                .map(Label.class::cast)
                .filter(TruncatedLabels::isTruncated)
                .map(Label::getText)
                .toList();
    }

    private static boolean isTruncated(Label label) {
        // The skin shows the text in a child Text node, with the clipped string when the label is too narrow.
        Node shown = label.lookup(".text");
        return shown instanceof Text text && !label.getText().equals(text.getText());
    }
}
