package org.turnscript.ui.dialogs;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.turnscript.ui.dialogs.Shortcuts;
import org.turnscript.ui.dialogs.Shortcuts.Shortcut;

/**
 * Help ▸ Keyboard shortcuts: every shortcut in a table. The cells read the record's accessors directly, because
 * {@code PropertyValueFactory} looks for JavaBean getters ({@code getKeys()}) that a record does not have.
 */
public final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    /** Shows the list beside the window, without blocking it. */
    public static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts (Ctrl is Cmd on macOS)");
        alert.getDialogPane().setContent(table());
        alert.getDialogPane().getStylesheets().add(Objects.requireNonNull(
                ShortcutsDialog.class.getResource("/org/turnscript/ui/turnscript.css")).toExternalForm());
        alert.setResizable(true);
        alert.show();
    }

    /** The table of {@link Shortcuts#ALL}: group, keys, action. */
    static TableView<Shortcut> table() {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts-table");
        TableColumn<Shortcut, String> keys = column("Keys", Shortcut::keys);
        keys.setPrefWidth(220);
        TableColumn<Shortcut, String> action = column("Action", Shortcut::action);
        action.setPrefWidth(460);
        table.getColumns().addAll(List.of(column("Group", Shortcut::group), keys, action));
        table.getItems().setAll(Shortcuts.ALL);
        table.setPrefSize(800, 520);
        return table;
    }

    private static TableColumn<Shortcut, String> column(String title, Function<Shortcut, String> text) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
