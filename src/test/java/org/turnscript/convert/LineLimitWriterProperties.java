package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The writer's bytes are what the JDK's UTF-8 writer makes of the same blocks (surrogate pairs split between
 * blocks, lone surrogates and all), and it refuses a block exactly when a line so far grows past the limit.
 */
class LineLimitWriterProperties {

    @Property(tries = 1500)
    void writesWhatTheJdkWritesAndRefusesLongLines(@ForAll("blocks") List<String> blocks,
                                                   @ForAll @IntRange(min = 1, max = 30) int limit) throws IOException {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        LineLimitWriter writer = new LineLimitWriter(ours, limit);
        Writer reference = new OutputStreamWriter(jdk, StandardCharsets.UTF_8);
        StringBuilder sofar = new StringBuilder();
        for (String block : blocks) {
            sofar.append(block);
            boolean tooLong = longestLine(sofar) > limit;
            try {
                writer.write(block.toCharArray(), 0, block.length());
                assertThat(tooLong).as("accepted %s", sofar).isFalse();
            } catch (LineLimitWriter.TooLong e) {
                assertThat(tooLong).as("refused %s", sofar).isTrue();
                return;
            }
            reference.write(block.toCharArray(), 0, block.length());
        }
        writer.flush();
        reference.flush();
        assertThat(ours.toByteArray()).isEqualTo(jdk.toByteArray());
        assertThat(writer.textSeen().indexOf('\0') >= 0).isEqualTo(sofar.indexOf("\0") >= 0);
    }

    private static int longestLine(CharSequence text) {
        int longest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            line = c == '\n' || c == '\r' ? 0 : line + 1;
            longest = Math.max(longest, line);
        }
        return longest;
    }

    @Provide
    Arbitrary<List<String>> blocks() {
        return Arbitraries.strings().withChars("ab \n\r\t\0\u00e9\u4f60\uD83D\uDE00\u007F\u0080\r")
                .ofMaxLength(12).list().ofMaxSize(8);
    }
}
