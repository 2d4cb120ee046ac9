package org.turnscript.ui.dialogs;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Region;

/** Layout shared by the dialogs' label-and-field grids. */
final class DialogLayout {

    private DialogLayout() {
    }

    /**
     * The column of field labels: never narrower than its longest label. Without a minimum the grid shrinks this
     * column first when the fields are wide, and the labels end in "…".
     */
    static ColumnConstraints labelColumn() {
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        return labels;
    }
}
