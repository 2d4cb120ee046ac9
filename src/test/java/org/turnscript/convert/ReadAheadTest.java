package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.CueSource;
import org.turnscript.formats.cues.ReadCue;

class ReadAheadTest {

    @Test
    void everyCueComesOutOnceInFileOrder() throws Exception {
        List<Integer> lines = new ArrayList<>();
        try (ReadAhead ahead = ReadAhead.of(numbered(1000, null))) {
            for (ReadCue cue = ahead.next(); cue != null; cue = ahead.next()) {
                lines.add(cue.lineNumber());
            }
            assertThat(ahead.next()).isNull();
        }
        assertThat(lines).hasSize(1000);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo(i + 1);
        }
    }

    @Test
    void whatTheReaderThrowsComesAfterTheCuesReadBeforeIt() {
        // bytes that are not UTF-8 after all: the conversion is started again as Windows-1252, so the type matters
        CharacterCodingException notUtf8 = new CharacterCodingException();
        int[] read = {0};
        try (ReadAhead ahead = ReadAhead.of(numbered(700, notUtf8))) {
            assertThatThrownBy(() -> {
                for (ReadCue cue = ahead.next(); cue != null; cue = ahead.next()) {
                    assertThat(cue.lineNumber()).isEqualTo(++read[0]);
                }
            }).isSameAs(notUtf8);
        }
        assertThat(read[0]).isEqualTo(700);
    }

    @Test
    void aFormatExceptionKeepsItsLine() {
        CueSource refusing = () -> {
            throw new FormatException("x.srt", 12, "no cue");
        };
        try (ReadAhead ahead = ReadAhead.of(refusing)) {
            assertThatThrownBy(ahead::next).isInstanceOfSatisfying(FormatException.class,
                    e -> assertThat(e.line()).isEqualTo(12));
        }
    }

    @Test
    void closingStopsAReaderThatHasMoreThanAnyoneTakes() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CueSource endless = () -> cue(made.incrementAndGet());
        ReadAhead ahead = ReadAhead.of(endless);
        assertThat(ahead.next().lineNumber()).isEqualTo(1);
        ahead.close(); // the writer failed: close must return, with the reading thread ended
        int after = made.get();
        Thread.sleep(50);
        assertThat(made.get()).isEqualTo(after);
    }

    /** Cues on lines 1..n, then the end, or {@code failure} instead of the end. */
    private static CueSource numbered(int n, Exception failure) {
        int[] next = {0};
        return () -> {
            if (next[0] == n) {
                if (failure instanceof IOException e) {
                    throw e;
                }
                return null;
            }
            return cue(++next[0]);
        };
    }

    private static ReadCue cue(int line) {
        return new ReadCue(line, line * 1000L, line * 1000L + 900, List.of(CueLine.of("cue " + line)));
    }
}
