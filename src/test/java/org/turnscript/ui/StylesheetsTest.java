package org.turnscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet parses without an error: JavaFX only logs a syntax error and silently drops the rules after it,
 * so a lost brace would otherwise switch off whole features of the window.
 */
class StylesheetsTest {

    @Test
    void everyStylesheetParsesCleanly() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            Stylesheet parsed = new CssParser().parse(sheet.toUri().toURL());
            assertThat(CssParser.errorsProperty()).as("CSS errors in %s", sheet).isEmpty();
            assertThat(parsed.getRules()).as("rules of %s", sheet).isNotEmpty();
        }
    }

    @Test
    void theCssParserReportsAMissingBrace() {
        // The check above relies on this: an unclosed rule is an error, not a quietly merged block.
        CssParser.errorsProperty().clear();
        // JavaFX also logs the error it reports; this one is made on purpose, so it stays out of the build's log.
        java.util.logging.Logger css = java.util.logging.Logger.getLogger("javafx.css");
        java.util.logging.Level level = css.getLevel();
        css.setLevel(java.util.logging.Level.OFF);
        try {
            new CssParser().parse(".a {\n    -fx-opacity: 0.5;\n\n.b {\n    -fx-opacity: 1;\n}\n.c { -fx-opacity: 1; }\n");
        } finally {
            css.setLevel(level);
        }
        assertThat(CssParser.errorsProperty()).isNotEmpty();
        CssParser.errorsProperty().clear();
    }
}
