package org.turnscript.formats.cues;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A time written into an array reads as the time appended to a builder. */
class CueTimesProperties {

    @Property(tries = 2000)
    void writingIntoAnArrayAppendsTheSame(@ForAll("times") long ms) {
        char[] into = new char[CueTimes.MAX_CHARS + 3];
        into[0] = '|';
        int end = CueTimes.write(into, 1, ms, '.');
        assertThat(new String(into, 1, end - 1)).isEqualTo(CueTimes.append(new StringBuilder(), ms, '.').toString());
    }

    @Provide
    Arbitrary<Long> times() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 400_000_000L), Arbitraries.longs()
                .between(0, Long.MAX_VALUE), Arbitraries.of(0L, 359_999_999L, 360_000_000L, Long.MAX_VALUE));
    }
}
