package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class GlossaryFileTest {

    @Test
    void readsWrongTabRightLines() throws GlossaryException {
        Glossary g = GlossaryFile.parse("Tim Wong\tTim Hwang\ngeni\tgen AI\n", "names.tsv");
        assertThat(g.entries()).containsExactly(new Glossary.Entry("Tim Wong", "Tim Hwang"),
                new Glossary.Entry("geni", "gen AI"));
    }

    @Test
    void skipsCommentsAndBlankLines() throws GlossaryException {
        Glossary g = GlossaryFile.parse("# people\n\n   \n  # indented comment\nBR\tBrian\n", "g.tsv");
        assertThat(g.entries()).containsExactly(new Glossary.Entry("BR", "Brian"));
    }

    @Test
    void acceptsWindowsLineEndingsAndByteOrderMark() throws GlossaryException {
        Glossary g = GlossaryFile.parse("\uFEFFKate Soul\tKate Soule\r\nAgi\tAGI\r\n", "g.tsv");
        assertThat(g.entries()).extracting(Glossary.Entry::right).containsExactly("Kate Soule", "AGI");
    }

    @Test
    void trimsSpacesAroundPhrases() throws GlossaryException {
        Glossary g = GlossaryFile.parse("  Chris  hay \t Chris Hay  \n", "g.tsv");
        assertThat(g.entries()).containsExactly(new Glossary.Entry("Chris hay", "Chris Hay"));
    }

    @Test
    void lineWithoutTabFailsWithItsNumber() {
        GlossaryException e = catchThrowableOfType(GlossaryException.class,
                () -> GlossaryFile.parse("# header\nBR\tBrian\nTim Wong Tim Hwang\n", "names.tsv"));
        assertThat(e.getMessage()).startsWith("names.tsv:3: no tab");
    }

    @Test
    void lineWithTwoTabsFails() {
        GlossaryException e = catchThrowableOfType(GlossaryException.class,
                () -> GlossaryFile.parse("a\tb\tc\n", "g.tsv"));
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void emptyRightPhraseFails() {
        GlossaryException e = catchThrowableOfType(GlossaryException.class,
                () -> GlossaryFile.parse("BR\t  \n", "g.tsv"));
        assertThat(e.problem()).contains("right phrase").contains("empty");
    }

    @Test
    void duplicateWrongPhraseNamesTheFirstLine() {
        GlossaryException e = catchThrowableOfType(GlossaryException.class,
                () -> GlossaryFile.parse("BR\tBrian\n\nbr\tBruno\n", "g.tsv"));
        assertThat(e.getMessage()).isEqualTo("g.tsv:3: 'br' is already in the glossary on line 1");
    }

    @Test
    void emptyFileIsAnEmptyGlossary() throws GlossaryException {
        assertThat(GlossaryFile.parse("", "g.tsv").isEmpty()).isTrue();
    }

    @Property
    void aLineWithoutTabIsReportedWherever(@ForAll @IntRange(min = 0, max = 30) int goodLines,
                                           @ForAll @StringLength(min = 1, max = 20) String junk) {
        String bad = "x" + junk.replaceAll("[\\t\\r\\n#]", "y");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < goodLines; i++) {
            text.append("wrong").append(i).append('\t').append("right").append(i).append('\n');
        }
        text.append(bad).append('\n').append("late\tentry\n");
        GlossaryException e = catchThrowableOfType(GlossaryException.class,
                () -> GlossaryFile.parse(text.toString(), "p.tsv"));
        assertThat(e.line()).isEqualTo(goodLines + 1);
    }

    @Property
    void everyWellFormedLineBecomesOneEntry(@ForAll @IntRange(min = 0, max = 40) int lines) throws GlossaryException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append("w").append(i).append(" x\tR").append(i).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        List<Glossary.Entry> entries = GlossaryFile.parse(text.toString(), "p.tsv").entries();
        assertThat(entries).hasSize(lines);
    }
}
