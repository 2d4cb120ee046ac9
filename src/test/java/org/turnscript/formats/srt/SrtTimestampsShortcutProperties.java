package org.turnscript.formats.srt;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shortcut for the timing line every writer writes reads what the general parser reads, and nothing else. */
class SrtTimestampsShortcutProperties {

    @Property(tries = 3000)
    void theShortcutAgreesWithTheGeneralParser(@ForAll("nearlyCanonical") String line) {
        long[] fast = {-7, -7};
        long[] general = {-7, -7};
        assertThat(SrtTimestamps.parse(line, fast)).as(line).isEqualTo(SrtTimestamps.parseAnyForm(line, general));
        assertThat(fast).as(line).containsExactly(general);
    }

    /** Lines of the canonical length, mostly digits where the canonical form has them, sometimes not. */
    @Provide
    Arbitrary<String> nearlyCanonical() {
        String canonical = "00:00:00,000 --> 00:00:00,000";
        Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
        Arbitrary<Character> odd = Arbitraries.of(':', ',', '.', ' ', '-', '>', 'x', '\uFF1A', '\uFF0C', '\t');
        Arbitrary<Character> any = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, digit), net.jqwik.api.Tuple.of(1, odd));
        return any.list().ofSize(canonical.length()).map(chars -> {
            StringBuilder b = new StringBuilder(canonical);
            for (int i = 0; i < b.length(); i++) {
                if (Character.isDigit(canonical.charAt(i)) || chars.get(i) != '0' && Math.floorMod(chars.get(i) * 31 + i, 7) == 0) {
                    b.setCharAt(i, chars.get(i));
                }
            }
            return b.toString();
        });
    }
}
