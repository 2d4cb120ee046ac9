package org.turnscript.formats.json;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Milliseconds ⇄ the decimal seconds of Podcasting 2.0 JSON. Written in the shortest exact form: at most
 * three decimals, no trailing zeros, never an exponent (12345 ms → {@code 12.345}, 15600 → {@code 15.6},
 * 2670000 → {@code 2670}). BigDecimal rather than double, so no value ever prints as {@code 15.600000000000001}.
 */
final class Seconds {

    private Seconds() {
    }

    static BigDecimal fromMillis(long ms) {
        return ms == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(ms, 3).stripTrailingZeros();
    }

    /** Rounds to the nearest millisecond: some tools write more decimals than a millisecond can hold. */
    static long toMillis(BigDecimal seconds) {
        return seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
