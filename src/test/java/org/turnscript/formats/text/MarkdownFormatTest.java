package org.turnscript.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Transcript;

class MarkdownFormatTest {

    private final MarkdownFormat md = new MarkdownFormat();

    @Test
    void writesTitleAndOneHeadedParagraphPerTurn() {
        Transcript t = PlainTextFormatTest.sample();
        t = t.withMetadata(t.metadata().withTitle("Mixture of Experts"));
        assertThat(md.write(t, ExportOptions.DEFAULTS)).isEqualTo(""
                + "# Mixture of Experts\n\n"
                + "**Kate** · 00:12:34\n\nHello there. How are you?\n\n"
                + "*\\[Music\\]* · 00:12:40\n\n"
                + "**Chris** · 01:02:05\n\nFine, thanks. Anyone?\n");
    }

    @Test
    void writesNoHeadingWithoutATitle() {
        assertThat(md.write(PlainTextFormatTest.sample(), ExportOptions.DEFAULTS)).startsWith("**Kate**");
    }

    @Test
    void escapesMarkupInText() {
        assertThat(MarkdownFormat.escape("a *b* _c_ <d> [e] `f`"))
                .isEqualTo("a \\*b\\* \\_c\\_ \\<d> \\[e\\] \\`f\\`");
        assertThat(MarkdownFormat.escape("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownFormat.escape("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(MarkdownFormat.escape("- not a list")).isEqualTo("\\- not a list");
    }
}
