package org.turnscript.formats.srt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.turnscript.formats.cues.LineSource;
import org.turnscript.formats.cues.ReadCue;

/**
 * Reading SRT's bytes block by block gives what reading it line by line gives: the same cues, warnings, line
 * numbers, or the same refusal, on well-formed files and on files that break off into anything else at any point, read
 * in pieces of any size.
 */
class SrtBlockScannerProperties {

    @Property(tries = 2000)
    void theScannerReadsWhatTheLineReaderReads(@ForAll("files") byte[] file, @ForAll boolean strict,
                                               @ForAll @IntRange(min = 1, max = 70) int piece,
                                               @ForAll("limits") int maxLine) {
        String scanned = outcome(file, strict, piece, maxLine, true);
        String lineByLine = outcome(file, strict, piece, maxLine, false);
        if (!scanned.equals(lineByLine) && refusesTheBytes(scanned) && refusesTheBytes(lineByLine)) {
            // Bytes that are not UTF-8 on a line over the limit: which refusal comes first depends on how the bytes
            // arrive, for the line reader alone too ("\xC3" then a timing line, limit 3: over the limit when read a
            // byte at a time, not UTF-8 when read 70 at a time). Both refuse the file; a conversion that is
            // refused for its bytes reads them again as Windows-1252 and then meets the line limit.
            return;
        }
        assertThat(scanned).as(new String(file, StandardCharsets.UTF_8)).isEqualTo(lineByLine);
    }

    private static boolean refusesTheBytes(String outcome) {
        return outcome.equals("MalformedInputException") || outcome.equals("UnmappableCharacterException")
                || outcome.startsWith("refused ") && outcome.contains("line of more than");
    }

    /** A long well-formed file, read in small pieces, goes through the scanner and keeps every cue. */
    @Property(tries = 20)
    void aLongWellFormedFileIsReadWhole(@ForAll @IntRange(min = 1, max = 4000) int cues,
                                        @ForAll @IntRange(min = 1, max = 9000) int piece) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= cues; i++) {
            b.append(i).append("\r\n").append(SrtTimestamps.format(i * 1000L)).append(" --> ")
                    .append(SrtTimestamps.format(i * 1000L + 500)).append("\r\nline ").append(i).append(" é\r\n\r\n");
        }
        byte[] file = b.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(outcome(file, true, piece, 10_000, true)).isEqualTo(outcome(file, true, piece, 10_000, false))
                .contains("cues " + cues + ";");
    }

    /** What reading gives, in words: every cue and the warnings, or the refusal. */
    private static String outcome(byte[] file, boolean strict, int piece, int maxLine, boolean scan) {
        List<String> warnings = new ArrayList<>();
        List<ReadCue> cues = new ArrayList<>();
        String failure = "";
        try {
            LineSource lines = LineSource.utf8(new Pieces(file, piece), strict).limitLines(maxLine, "--max-line");
            SrtReader reader = new SrtReader(lines, warnings, scan);
            for (ReadCue cue = reader.next(); cue != null; cue = reader.next()) {
                cues.add(cue);
            }
        } catch (LineSource.RefusedLine e) {
            failure = "refused " + e.line() + ": " + e.problem();
        } catch (IOException e) {
            failure = e.getClass().getSimpleName();
        }
        if (!failure.isEmpty()) {
            // A refused file is refused whole: every caller drops the cues handed out before the refusal, and the
            // two readers may hand out a different number first (the line reader holds a cue with no text until it
            // has read a line of the next: "0 / 00:00:00,000 --> 00:00:00,000 / / 1 / timing / BOM NUL" gives one
            // cue before the refusal from the scanner, none from the line reader). Where and why is what counts.
            return failure;
        }
        return "cues " + cues.size() + "; " + cues + "\nwarnings " + warnings + "\n";
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(1_000_000)), Tuple.of(1, Arbitraries.integers()
                .between(3, 40)));
    }

    /** Well-formed blocks mostly, and now and then a piece of anything that SRT files in the wild hold. */
    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(12, wellFormedBlock()),
                Tuple.of(1, Arbitraries.of("\n", "\r\n", "\r", " \n", "\t\r\n", "\u3000\n", "\uFEFF", "\u0000",
                        "<i>", "{\\an8}", "-->", "12\n", "-1\n", "3.5\n", "7 \n", "00:00:01,000 --> 00:00:02,000\n",
                        "0:0:1.5 -> 0:0:2\n", "x\n", "\u00e9", "00:00:09,000 --> 00:00:01,000\n", "Kate: hi\n",
                        "99:99:99,999 --> 99:99:99,999\n", "- a --> b\n", "\n\n\n", "1\r\n00:00:01,000 --> 00:00:0",
                        "<b>bold</b> text\r\n", "  \r\n", "\u001F\n", "1\n\n",
                        "1\n0100:00:01,000 --> 9999:00:02,000\n", "1\n10000:00:01,000 --> 10000:00:02,000\n",
                        "2\n1:00:01,000 --> 01:00:02,000\n", "3\n00:00:01,000 --> 00:00:02,000 X1:63\n",
                        "4\n00:00:01,000  --> 00:00:02,00\n")),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789:,.-> \r\n\tab<{}\u00e9\u0000").ofMaxLength(30)));
        Arbitrary<byte[]> bad = Arbitraries.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, 'a'},
                new byte[] {(byte) 0xE2, (byte) 0x82});
        Arbitrary<byte[]> pieceBytes = Arbitraries.frequencyOf(
                Tuple.of(30, piece.map(s -> s.getBytes(StandardCharsets.UTF_8))), Tuple.of(1, bad));
        return pieceBytes.list().ofMaxSize(25).map(parts -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            parts.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    private Arbitrary<String> wellFormedBlock() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 2_000_000);
        Arbitrary<Long> start = Arbitraries.longs().between(0, 400_000_000L);
        Arbitrary<Long> length = Arbitraries.longs().between(-500, 9000);
        Arbitrary<String> text = Arbitraries.strings().withChars("abc XYZ:-'é\u4f60<>{}[]()0123456789\t")
                .ofMinLength(0).ofMaxLength(24);
        Arbitrary<List<String>> texts = text.list().ofMaxSize(3);
        Arbitrary<String> ending = Arbitraries.of("\n", "\r\n");
        return Combinators.combine(index, start, length, texts, ending).as((i, s, l, t, nl) -> {
            StringBuilder b = new StringBuilder().append(i).append(nl).append(SrtTimestamps.format(s)).append(" --> ")
                    .append(SrtTimestamps.format(Math.max(0, s + l))).append(nl);
            t.forEach(line -> b.append(line).append(nl));
            return b.append(nl).toString();
        });
    }

    /** An input that gives at most a few bytes at a time, as a pipe may. */
    private static final class Pieces extends InputStream {
        private final ByteArrayInputStream in;
        private final int piece;

        Pieces(byte[] bytes, int piece) {
            this.in = new ByteArrayInputStream(bytes);
            this.piece = piece;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, piece));
        }
    }
}
