package org.turnscript.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.turnscript.ui.dialogs.Shortcuts;
import org.turnscript.ui.dialogs.Shortcuts.Shortcut;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ShortcutsDialogTest {

    private TableView<Shortcut> table;

    @Start
    void start(Stage stage) {
        table = ShortcutsDialog.table();
        stage.setScene(new Scene(table, 900, 600));
        stage.show();
    }

    @Test
    void everyCellShowsItsShortcutsText() {
        List<TableColumn<Shortcut, ?>> columns = table.getColumns();
        assertThat(columns).extracting(TableColumn::getText).containsExactly("Group", "Keys", "Action");
        assertThat(table.getItems()).hasSize(Shortcuts.ALL.size());
        for (int row = 0; row < Shortcuts.ALL.size(); row++) {
            Shortcut s = Shortcuts.ALL.get(row);
            assertThat(columns.get(0).getCellData(row)).isEqualTo(s.group());
            assertThat(columns.get(1).getCellData(row)).isEqualTo(s.keys());
            assertThat(columns.get(2).getCellData(row)).isEqualTo(s.action());
        }
    }

    @Test
    void theVisibleCellsAreFilledIn(FxRobot robot) {
        List<String> shown = robot.lookup(".table-cell").queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText()).filter(Objects::nonNull).toList();

        Shortcut first = Shortcuts.ALL.get(0);
        assertThat(shown).contains(first.group(), first.keys(), first.action());
    }
}
