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

    /** More seconds than this (about 277,000 hours) are no recording. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(1_000_000_000L);

    /**
     * Rounds to the nearest millisecond: some tools write more decimals than a millisecond can hold.
     *
     * @throws ArithmeticException for more than {@link #MAX_SECONDS}, checked before any arithmetic: rounding
     *                             {@code 1e999999999} would build a number of a billion digits first
     */
    static long toMillis(BigDecimal seconds) {
        if (seconds.abs().compareTo(MAX_SECONDS) > 0) {
            throw new ArithmeticException("out of range");
        }
        return seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A number for a message: short even when its plain form would be a billion digits long. */
    static String show(BigDecimal seconds) {
        return seconds.abs().compareTo(MAX_SECONDS) > 0 ? seconds.toString() : seconds.toPlainString();
    }
}
