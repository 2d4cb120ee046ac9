package org.turnscript.formats.vtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.CueSink;
import org.turnscript.formats.cues.ReadCue;

/** The cue writer's shortcut for plain cues writes the bytes its general path writes. */
class WebVttSinkShortcutProperties {

    @Property(tries = 1000)
    void theShortcutWritesWhatTheGeneralPathWrites(@ForAll("cues") List<ReadCue> cues) throws Exception {
        assertThat(written(cues, true)).isEqualTo(written(cues, false));
    }

    private static String written(List<ReadCue> cues, boolean shortcut) throws Exception {
        StringWriter out = new StringWriter();
        CueSink sink = WebVttWriter.sink(out, shortcut);
        for (ReadCue cue : cues) {
            sink.write(cue);
        }
        sink.finish();
        return out.toString();
    }

    @Provide
    Arbitrary<List<ReadCue>> cues() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab Z&<>\t\r\n\u00A0\u3000é\u001F-")
                .ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> voice = Arbitraries.of("", "", "", "Kate", "B&b").map(v -> v.isEmpty() ? null : v);
        Arbitrary<CueLine> line = Combinators.combine(text, voice).as(CueLine::new);
        Arbitrary<ReadCue> cue = Combinators.combine(Arbitraries.longs().between(0, 400_000_000L),
                Arbitraries.longs().between(0, 5_000), line.list().ofMaxSize(3))
                .as((start, length, lines) -> new ReadCue(1, start, start + length, lines));
        return cue.list().ofMaxSize(5);
    }
}
