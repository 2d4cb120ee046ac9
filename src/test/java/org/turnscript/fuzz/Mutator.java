package org.turnscript.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Derives hostile inputs from seeds, reproducibly from one random seed: bit flips, byte edits, splices of two
 * seeds, huge and negative numbers in place of the digits of timestamps and JSON values, deep nesting of markup
 * and brackets, long lines, truncation, invalid UTF-8, NUL and control bytes. Each input gets one to three edits.
 */
public final class Mutator {

    /** Numbers that overflow, underflow or mean nothing, for the digits of a time or a value. */
    private static final List<String> NUMBERS = List.of("99999999999999999999", "9223372036854775807",
            "9223372036854775808", "18446744073709551616", "-1", "-99999999999", "-0", "1E999999999999", "1e999",
            "1e999999999", "-1e999", "NaN", "0.0000000001", "4294967296", "2147483648", "9e18", "00000000000000000001",
            "1.5e308");
    /** Openers nested thousands deep. */
    private static final List<String> OPENERS = List.of("<b>", "<i>", "<c.x>", "<v Kate>", "<ruby>", "[", "{\"a\":",
            "[{\"words\":", "<p>", "{\\\\i1}");
    /** What a long line is made of. */
    private static final List<String> RUNS = List.of(" ", "a", "<", "&", "0:", "-->", "0:00:", "<b ", "{\\\\",
            "a b ", "1", "\t", "é", "&amp", "00:00:01,000 --> ");
    /** Byte sequences that are not UTF-8, or UTF-8 of what is not text. */
    private static final List<byte[]> BAD_BYTES = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {0}, new byte[] {0, 0, 0, 0}, new byte[] {1, 2, 3, 0x1B}, new byte[] {(byte) 0xEF, (byte) 0xBB,
            (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80});

    private static final int EXCERPT_MIN = 256;
    private static final int EXCERPT_MAX = 3072;
    private static final int LONG_LINE_MIN = 20_000;

    private final Random random;
    private final int maxLongLine;

    /**
     * @param seed        the random seed: the same seed gives the same inputs
     * @param maxLongLine the longest run a long-line edit inserts
     */
    public Mutator(long seed, int maxLongLine) {
        this.random = new Random(seed);
        this.maxLongLine = maxLongLine;
    }

    /** One input for {@code family}, from its seeds (and, for splices, from any of {@code others}). */
    public byte[] next(Family family, List<byte[]> seeds, List<byte[]> others) {
        byte[] input = excerpt(seeds.get(random.nextInt(seeds.size())));
        if (family == Family.LONG_LINES) {
            return longLine(input);
        }
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            input = edit(input, random.nextInt(10) == 0 ? others : seeds);
        }
        return input;
    }

    /**
     * Most inputs start from the head of a large seed, cut at a line end or between words: a reader's faults show in a few cues as
     * well as in thousands, and every path over a 45 KB transcript costs a hundred times more than over 1 KB.
     * One in sixty-four keeps the seed whole.
     */
    private byte[] excerpt(byte[] seed) {
        if (seed.length <= EXCERPT_MAX || random.nextInt(64) == 0) {
            return seed;
        }
        int end = EXCERPT_MIN + random.nextInt(EXCERPT_MAX - EXCERPT_MIN);
        // at a line end if one is near, else between words (caption text has lines of many kilobytes)
        int lineEnd = end;
        while (lineEnd < seed.length && lineEnd < end + 200 && seed[lineEnd - 1] != '\n') {
            lineEnd++;
        }
        if (lineEnd < seed.length && seed[lineEnd - 1] == '\n') {
            end = lineEnd;
        } else {
            while (end < seed.length && seed[end - 1] != ' ') {
                end++;
            }
        }
        return java.util.Arrays.copyOf(seed, end);
    }

    private byte[] edit(byte[] in, List<byte[]> spliceFrom) {
        return switch (random.nextInt(11)) {
            case 0 -> bitFlips(in);
            case 1 -> byteEdits(in);
            case 2 -> splice(in, spliceFrom.get(random.nextInt(spliceFrom.size())));
            case 3, 4 -> number(in);
            case 5 -> nesting(in);
            // lines of hundreds of kilobytes are the LONG_LINES family's: here they would make most of the run's time
            case 6 -> insert(in, at(in), run(1 + (random.nextInt(4) == 0 ? random.nextInt(20_000)
                    : random.nextInt(2000))));
            case 7 -> truncate(in);
            case 8 -> insert(in, at(in), BAD_BYTES.get(random.nextInt(BAD_BYTES.size())));
            case 9 -> lines(in);
            default -> insert(in, at(in), "\n\n".getBytes(StandardCharsets.UTF_8));
        };
    }

    private byte[] bitFlips(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private byte[] byteEdits(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 8);
        int at = at(in);
        int remove = random.nextInt(4);
        out.write(in, 0, at);
        for (int i = random.nextInt(4); i > 0; i--) {
            out.write(random.nextInt(256));
        }
        int rest = Math.min(in.length, at + remove);
        out.write(in, rest, in.length - rest);
        return out.toByteArray();
    }

    private byte[] splice(byte[] a, byte[] b) {
        int cutA = at(a);
        int cutB = at(b);
        byte[] out = new byte[cutA + b.length - cutB];
        System.arraycopy(a, 0, out, 0, cutA);
        System.arraycopy(b, cutB, out, cutA, b.length - cutB);
        return out;
    }

    /** Replaces a run of digits (a timestamp field, a JSON number) with a number that breaks arithmetic. */
    private byte[] number(byte[] in) {
        int start = -1;
        for (int tries = 0; tries < 8 && start < 0; tries++) {
            int i = at(in);
            while (i < in.length && !isDigit(in[i])) {
                i++;
            }
            start = i < in.length ? i : -1;
        }
        if (start < 0) {
            return insert(in, at(in), pick(NUMBERS).getBytes(StandardCharsets.US_ASCII));
        }
        int end = start;
        while (end < in.length && isDigit(in[end])) {
            end++;
        }
        byte[] number = pick(NUMBERS).getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[in.length - (end - start) + number.length];
        System.arraycopy(in, 0, out, 0, start);
        System.arraycopy(number, 0, out, start, number.length);
        System.arraycopy(in, end, out, start + number.length, in.length - end);
        return out;
    }

    private byte[] nesting(byte[] in) {
        int depth = random.nextInt(3) == 0 ? 20_000 : 1 + random.nextInt(2000);
        return insert(in, at(in), pick(OPENERS).repeat(depth).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A line of 20,000 to {@link #maxLongLine} characters, at a random place. Its length is drawn evenly on a log
     * scale: a line of 400,000 characters costs every path twenty times one of 20,000, and is not twenty times as
     * likely to find a fault.
     */
    private byte[] longLine(byte[] in) {
        double shortest = Math.min(LONG_LINE_MIN, maxLongLine);
        int length = (int) (shortest * Math.pow(maxLongLine / shortest, random.nextDouble()));
        return insert(in, at(in), run(length));
    }

    private byte[] run(int length) {
        String unit = pick(RUNS);
        return unit.repeat(Math.max(1, length / unit.length())).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] truncate(byte[] in) {
        return java.util.Arrays.copyOf(in, at(in));
    }

    /** Line-level edits: a line doubled, line ends changed, or all of them removed. */
    private byte[] lines(byte[] in) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        String out = switch (random.nextInt(3)) {
            case 0 -> text.replace("\n", "");
            case 1 -> text.replace("\r\n", "\n").replace("\n", "\r");
            default -> {
                String[] ls = text.split("\n", -1);
                int i = random.nextInt(ls.length);
                // a line repeated up to 50 times, but not to hundreds of kilobytes (LONG_LINES has those)
                int times = Math.min(1 + random.nextInt(50), Math.max(1, 20_000 / Math.max(1, ls[i].length())));
                yield text + "\n" + ls[i].repeat(times);
            }
        };
        return out.getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    private int at(byte[] in) {
        return in.length == 0 ? 0 : random.nextInt(in.length + 1);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A file name for an input of {@code family}. */
    public String name(Family family) {
        String ext = pick(family.extensions());
        return ext.isEmpty() ? "input" : "input." + ext;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
