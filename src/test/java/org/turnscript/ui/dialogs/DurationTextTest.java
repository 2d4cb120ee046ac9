package org.turnscript.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2670          | 2670000",
        "2670s         | 2670000",
        "2670 seconds  | 2670000",
        "44:30         | 2670000",
        "0:44:30       | 2670000",
        "1:02:03       | 3723000",
        "90:00         | 5400000",
        "44min 30sec   | 2670000",
        "44 min 30 s   | 2670000",
        "1h 2m 3s      | 3723000",
        "45min         | 2700000",
        "12.5          | 12500",
        "0:12,25       | 12250",
    })
    void parsesTheWaysPeopleWriteADuration(String text, long ms) {
        assertThat(DurationText.parse(text)).hasValue(ms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "44:75", "1:60:00", "12:", ":30", "-5", "44min thirty"})
    void rejectsWhatIsNotADuration(String text) {
        assertThat(DurationText.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2670000, 44:30", "3723000, 1:02:03", "0, 0:00", "59999, 1:00"})
    void formatsAsTheFieldShowsIt(long ms, String text) {
        assertThat(DurationText.format(ms)).isEqualTo(text);
    }

    @Property
    void formatThenParseGivesWholeSeconds(@ForAll @LongRange(max = 36_000_000) long ms) {
        OptionalLong back = DurationText.parse(DurationText.format(ms));

        assertThat(back).hasValue(Math.round(ms / 1000.0) * 1000);
    }
}
