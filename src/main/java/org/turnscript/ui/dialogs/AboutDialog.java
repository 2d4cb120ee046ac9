package org.turnscript.ui.dialogs;

import java.util.Objects;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.turnscript.about.BuildInfo;
import org.turnscript.about.Notices;

/**
 * Help ▸ About: the version and commit (the same line as {@code turnscript --version} and the installed package),
 * the Java and JavaFX it runs on, and the third-party notices: the NOTICE file and each test-fixture folder's sources.
 */
public final class AboutDialog {

    private AboutDialog() {
    }

    /** Shows the dialog beside the window, without blocking it. */
    public static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Turnscript");
        alert.setHeaderText(BuildInfo.current().describe());
        alert.getDialogPane().setContent(content());
        alert.getDialogPane().getStylesheets().add(Objects.requireNonNull(
                AboutDialog.class.getResource("/org/turnscript/ui/turnscript.css")).toExternalForm());
        alert.setResizable(true);
        alert.show();
    }

    /** The runtime line and one tab per notice: NOTICE first, then the fixtures' sources. */
    static VBox content() {
        Label runtime = new Label("A desktop editor for conversation transcripts. Apache License 2.0.\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + "JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        runtime.setId("about-runtime");
        TabPane tabs = new TabPane(tab("about-notice", "Third-party notices", Notices.notice()));
        for (Notices.Section s : Notices.fixtureSources()) {
            tabs.getTabs().add(tab(null, s.title(), s.text()));
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(900, 480);
        VBox box = new VBox(10, runtime, tabs);
        box.setId("about-content");
        return box;
    }

    private static Tab tab(String id, String title, String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false); // NOTICE and the tables keep their own lines
        area.setStyle("-fx-font-family: monospace;");
        if (id != null) {
            area.setId(id);
        }
        return new Tab(title, area);
    }
}
