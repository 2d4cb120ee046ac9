package org.turnscript.formats.cues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both line sources give the lines of {@code split("\n", -1)} after normalising line endings. */
class LineSourceTest {

    @Test
    void randomTextsAcrossBufferBoundaries() throws IOException {
        Random random = new Random(5);
        String[] pieces = {"a", "é", "漢", "\r", "\n", "\r\n", " ", "00:00:01,000", "\uD83D\uDE00"};
        for (int round = 0; round < 40; round++) {
            StringBuilder text = new StringBuilder(round == 0 ? "\uFEFF" : "");
            int length = round % 5 == 0 ? 200_000 : random.nextInt(300);
            while (text.length() < length) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            if (round == 1) {
                text.append("x".repeat(150_000)); // one line longer than the buffer
            }
            String t = text.toString();
            String normal = t.replace("\r\n", "\n").replace('\r', '\n');
            List<String> expected = new ArrayList<>(Arrays.asList(
                    (normal.startsWith("\uFEFF") ? normal.substring(1) : normal).split("\n", -1)));
            assertThat(all(LineSource.of(t))).isEqualTo(expected);
            byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
            assertThat(all(LineSource.utf8(new ByteArrayInputStream(bytes), true))).isEqualTo(expected);
        }
    }

    @Test
    void strictUtf8FailsOnMalformedBytesAndLenientReplacesThem() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'};
        assertThatThrownBy(() -> all(LineSource.utf8(new ByteArrayInputStream(bytes), true)))
                .isInstanceOf(CharacterCodingException.class);
        assertThat(all(LineSource.utf8(new ByteArrayInputStream(bytes), false))).containsExactly("ok", "caf\uFFFD", "");
    }

    private static List<String> all(LineSource source) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = source.next(); line != null; line = source.next()) {
            lines.add(line);
        }
        return lines;
    }
}
