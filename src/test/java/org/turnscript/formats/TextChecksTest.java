package org.turnscript.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The line-length check finds the first line over the limit, whatever ends the lines. */
class TextChecksTest {

    @Test
    void namesTheFirstLongLineAfterMixedLineEnds() {
        String text = "ab\r\ncd\rxyz12\nq";
        assertThat(catchThrowable(() -> TextChecks.requireLinesWithin(text, 4, "f", "--max")))
                .hasMessageStartingWith("f:4: line of more than 4 characters");
        assertThatCode(() -> TextChecks.requireLinesWithin(text, 5, "f", "--max")).doesNotThrowAnyException();
        assertThat(catchThrowable(() -> TextChecks.requireLinesWithin("abcdef", 5, "f", "--max")))
                .hasMessageStartingWith("f:1: ");
    }

    @Property(tries = 300)
    void agreesWithCountingCharacterByCharacter(@ForAll @StringLength(max = 60) @CharRange(from = 'a', to = 'e')
                                                 String letters, @ForAll @IntRange(min = 0, max = 8) int limit) {
        String text = letters.replace('d', '\n').replace('e', '\r');
        Integer expected = null;
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length() && expected == null; i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i - start > limit) {
                    expected = line;
                }
                line++;
                start = i + 1;
            }
        }
        Throwable thrown = catchThrowable(() -> TextChecks.requireLinesWithin(text, limit, "f", "--max"));
        if (expected == null) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(FormatException.class).hasMessageStartingWith("f:" + expected + ": ");
        }
    }
}
