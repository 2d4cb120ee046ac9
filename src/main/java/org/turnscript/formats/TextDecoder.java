package org.turnscript.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a caption file into text: BOM first, then UTF-16 without BOM (recognised by its
 * zero bytes), then strict UTF-8, then Windows-1252 as the last resort, unless the user named an encoding.
 * Line endings are left alone: readers normalise them.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * @param text     the decoded text, without any byte order mark
     * @param encoding the charset that decoded it, e.g. "UTF-8", "UTF-16LE"
     * @param hadBom   whether the file started with a byte order mark
     */
    public record Decoded(String text, String encoding, boolean hadBom) {
    }

    public static Decoded decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes with {@code forced} when given (no guessing), else by detection. A byte order mark wins over a
     * forced charset: a file that starts with one says what it is (Subtitle Edit does the same), and a forced
     * Windows-1252 would otherwise read the mark as three letters before the first cue.
     */
    public static Decoded decode(byte[] bytes, Charset forced) {
        if (forced != null && !hasBom(bytes)) {
            int skip = bomLength(bytes, forced);
            return new Decoded(new String(bytes, skip, bytes.length - skip, forced), forced.name(), skip > 0);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            // A second mark after the first is kept as text (U+FEFF), so a reader that allows one refuses the file,
            // as WebVTT's signature-two-boms test asks.
            int skip = twoUtf8Boms(bytes) ? 0 : 3;
            return new Decoded(new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8), "UTF-8", true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", true);
        }
        Charset utf16 = guessUtf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16.name(), false);
        }
        // The common case first: String's own decoding is one intrinsic pass over ASCII, where a CharsetDecoder
        // fills a char buffer twice the file's size and copies it again. It replaces malformed input with U+FFFD,
        // so a text without U+FFFD had none; one with it (malformed, or a file that really holds the character)
        // is decoded again strictly to tell which.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return new Decoded(lenient, "UTF-8", false);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8", false);
        } catch (CharacterCodingException notUtf8) {
            // Not valid UTF-8: most such caption files in the wild come from Windows tools in Western Europe.
            // Other legacy encodings (GB2312, Big5, Windows-1250) need an explicit --encoding.
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name(), false);
        }
    }

    /**
     * The charset {@link #decode} would choose, told from the first bytes of a file only, for reading the rest as
     * a stream.
     *
     * @param charset  the charset
     * @param skip     bytes of byte order mark to skip
     * @param strict   whether this is the UTF-8 guess, which the rest of the file may still prove wrong: decode it
     *                 with a decoder that reports malformed input, and start again with Windows-1252 if it does
     */
    public record Choice(Charset charset, int skip, boolean strict) {

        /** Windows-1252, the choice left when a file is not UTF-8 after all. */
        public static Choice lastResort() {
            return new Choice(WINDOWS_1252, 0, false);
        }
    }

    /** Chooses as {@link #decode(byte[], Charset)} does, from {@code head}, the first bytes (at least 4 KiB or all). */
    public static Choice choose(byte[] head, Charset forced) {
        if (forced != null && !hasBom(head)) {
            return new Choice(forced, bomLength(head, forced), false);
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new Choice(StandardCharsets.UTF_8, twoUtf8Boms(head) ? 0 : 3, false);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Choice(StandardCharsets.UTF_16LE, 2, false);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Choice(StandardCharsets.UTF_16BE, 2, false);
        }
        Charset utf16 = guessUtf16WithoutBom(head);
        return utf16 != null ? new Choice(utf16, 0, false) : new Choice(StandardCharsets.UTF_8, 0, true);
    }

    /** The decoder for a choice: strict for the UTF-8 guess, replacing bad bytes otherwise, as decoding does. */
    public static CharsetDecoder decoder(Choice choice) {
        CodingErrorAction action = choice.strict() ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        return choice.charset().newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    }

    private static boolean twoUtf8Boms(byte[] b) {
        return b.length >= 6 && (b[3] & 0xFF) == 0xEF && (b[4] & 0xFF) == 0xBB && (b[5] & 0xFF) == 0xBF;
    }

    private static boolean hasBom(byte[] b) {
        return startsWith(b, 0xEF, 0xBB, 0xBF) || startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF);
    }

    private static int bomLength(byte[] b, Charset cs) {
        String name = cs.name().toUpperCase();
        if (name.equals("UTF-8") && startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (name.startsWith("UTF-16") && (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF))) {
            return 2;
        }
        return 0;
    }

    /** Text in UTF-16 without BOM has a zero byte in almost every other position for Latin text. */
    private static Charset guessUtf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
