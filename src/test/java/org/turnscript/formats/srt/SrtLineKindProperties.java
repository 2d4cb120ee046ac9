package org.turnscript.formats.srt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.turnscript.formats.cues.LineSource;

/**
 * The reader's one look at a line answers what the searches it replaced answered: blank as {@link String#isBlank},
 * an arrow as {@code contains("-->")}, and markup wherever {@link SrtReader#stripTags} could change the line.
 */
class SrtLineKindProperties {

    @Property(tries = 3000)
    void oneLookAgreesWithTheSearches(@ForAll("lines") String line) {
        agrees(new SrtReader(LineSource.of(""), new ArrayList<>()), line);
    }

    private static void agrees(SrtReader reader, String line) {
        int kind = reader.kindOf(line);
        assertThat((kind & SrtReader.BLANK) != 0).as("blank: %s", line).isEqualTo(line.isBlank());
        assertThat((kind & SrtReader.ARROW) != 0).as("arrow: %s", line).isEqualTo(line.contains("-->"));
        assertThat((kind & SrtReader.MARKUP) != 0).as("markup: %s", line)
                .isEqualTo(line.indexOf('<') >= 0 || line.indexOf('{') >= 0);
        if ((kind & SrtReader.MARKUP) == 0) {
            assertThat(SrtReader.stripTags(line)).isSameAs(line);
        }
    }

    /** The same reader asked of many lines, short and long, answers each as if it were the first. */
    @Property(tries = 300)
    void aReaderLooksAtEachLineAfresh(@ForAll("manyLines") List<String> lines) {
        SrtReader reader = new SrtReader(LineSource.of(""), new ArrayList<>());
        for (String line : lines) {
            SrtReader fresh = new SrtReader(LineSource.of(""), new ArrayList<>());
            assertThat(reader.kindOf(line)).as(line).isEqualTo(fresh.kindOf(line));
            agrees(reader, line);
        }
    }

    /** Text made of the characters the answers turn on, white space of every kind among them. */
    @Provide
    Arbitrary<String> lines() {
        Arbitrary<Character> telling = Arbitraries.of('-', '-', '>', '<', '{', '}', '\\', ' ', '\t', '\u000B', '\f',
                '\u001F', '\u0085', '\u00A0', '\u2003', '\u3000', '\u2028', '\uD83D', '\uDE00', 'a', 'Z', '0', ':');
        Arbitrary<Character> any = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, telling), net.jqwik.api.Tuple.of(1, Arbitraries.chars()));
        return any.list().ofMaxSize(40).map(chars -> {
            StringBuilder b = new StringBuilder();
            chars.forEach(b::append);
            return b.toString();
        });
    }

    @Provide
    Arbitrary<List<String>> manyLines() {
        // some longer than the copy a reader keeps, between shorter ones that must not see their rest
        return Arbitraries.oneOf(lines(), lines().map(s -> s.repeat(20)), lines().map(s -> s.repeat(300)))
                .list().ofMaxSize(12);
    }
}
