package org.turnscript.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "44min 30sec (2670 seconds)| 2670000",
        "(2670 seconds)            | 2670000",
        "44min 30sec               | 2670000",
        "1h 2min 3sec              | 3723000",
        "2 hours 5 minutes         | 7500000",
        "90 sec                    |   90000",
        "1:02:03                   | 3723000",
        "44:30                     | 2670000",
        "0:00:01.5                 |    1500",
        "about an hour             |      -1",
        "''                        |      -1",
    })
    void readsLengths(String text, long expectedMs) {
        assertThat(PageValues.lengthMs(text)).isEqualTo(expectedMs);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fri May 31 2024  | 2024-05-31",
        "fri may 31 2024  | 2024-05-31",
        "May 31, 2024     | 2024-05-31",
        "31 May 2024      | 2024-05-31",
        "2024-05-31       | 2024-05-31",
        "Mon May 31 2024  | Mon May 31 2024",
        "sometime in 2024 | sometime in 2024",
    })
    void readsDatesAsIsoOrKeepsThem(String text, String expected) {
        assertThat(PageValues.isoDate(text)).isEqualTo(expected);
    }

    @Test
    void preferTheExactSecondsOverTheRoundedWords() {
        assertThat(PageValues.lengthMs("45min (2670 seconds)")).isEqualTo(2_670_000);
    }
}
