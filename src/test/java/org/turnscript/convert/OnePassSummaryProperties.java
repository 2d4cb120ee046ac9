package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A summary counts each cue as it is read, keeping only those whose label waits on a later cue; whatever the
 * labels do (seen once, twice, in capitals, lower case, brackets, dialogue dashes, voices, a known name), it says
 * what reading the whole transcript says.
 */
class OnePassSummaryProperties {

    private static final List<String> OPENINGS = List.of("", "", "", "Kate: ", "kate: ", "KATE: ", "[Kate] ",
            "Kate Soule: ", "kate soule: ", "Bob: ", "BOB: ", "So: ", "Note: ", "[Music] ", ">> ", ">> Bob: ",
            "- ", "-Kate: ", "Alice: ", "alice: ", "[Applause]", "Mary Ann O: ", "  ", "\t- ", " >>> ", "KATE:",
            "\u3000Kate: ", ">>", "-\t");
    private static final List<String> WORDS = List.of("so", "well", "right", "we", "think", "that's", "it", "yes",
            ">>", ">", "[laughs]", "(door", "slams)", "♪", "Bob:", "a\u00A0b", "x\u2003", "-", ">>>", "é");

    private final ConversionService service = ConversionService.standard();

    @Property(tries = 300)
    void aSummaryOfSrtSaysWhatTheTranscriptSays(@ForAll("srt") String srt) throws Exception {
        assertSame(srt, "p.srt", ImportSettings.DEFAULTS);
        assertSame(srt, "p.srt", ImportSettings.DEFAULTS.withSpeakers(List.of("Alice", "Kate")));
    }

    @Property(tries = 200)
    void aSummaryOfWebVttWithVoicesSaysWhatTheTranscriptSays(@ForAll("vtt") String vtt) throws Exception {
        assertSame(vtt, "p.vtt", ImportSettings.DEFAULTS);
    }

    /**
     * A found case: the last cues are only a label and chevrons, which make no words; the file still lasts to the
     * end of the last cue with words.
     */
    @Example
    void aSummaryEndsWhereTheLastWordsEndWhenTheLastCuesHoldNone() throws Exception {
        assertSame("WEBVTT\n\n" + "00:00:00.000 --> 00:00:01.000\nKate: so\n\n"
                + "00:00:01.000 --> 00:00:02.000\nso\n\n"
                + "00:00:02.000 --> 00:00:03.000\nKate Soule: >>\n\n"
                + "00:00:03.000 --> 00:00:04.000\nKate Soule: >>\n\n", "p.vtt", ImportSettings.DEFAULTS);
    }

    private void assertSame(String text, String name, ImportSettings settings) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        LoadedDocument doc = service.read(bytes, name, settings);
        DocumentSummary summary = service.summarize(bytes, name, settings);
        assertThat(summary.info()).isEqualTo(DocumentInfo.of(doc.transcript()));
        assertThat(summary.roster()).isEqualTo(doc.transcript().roster());
        assertThat(summary.warnings()).isEqualTo(doc.warnings());
    }

    @Provide
    Arbitrary<String> srt() {
        return cues(false).map(cues -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < cues.size(); i++) {
                b.append(i + 1).append('\n').append(time(i, false)).append(" --> ").append(time(i + 1, false))
                        .append('\n').append(cues.get(i)).append("\n\n");
            }
            return b.toString();
        });
    }

    @Provide
    Arbitrary<String> vtt() {
        return cues(true).map(cues -> {
            StringBuilder b = new StringBuilder("WEBVTT\n\n");
            for (int i = 0; i < cues.size(); i++) {
                b.append(time(i, true)).append(" --> ").append(time(i + 1, true)).append('\n').append(cues.get(i))
                        .append("\n\n");
            }
            return b.toString();
        });
    }

    /** Cue texts of one or two lines, each line an opening and a few words; with voices for WebVTT. */
    private static Arbitrary<List<String>> cues(boolean voices) {
        Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w));
        Arbitrary<String> voice = voices ? Arbitraries.of("", "", "<v Kate>", "<v Bob>", "<v kate>")
                : Arbitraries.just("");
        Arbitrary<String> line = net.jqwik.api.Combinators.combine(voice, Arbitraries.of(OPENINGS), words)
                .as((v, o, w) -> v + o + w);
        Arbitrary<String> cue = line.list().ofMinSize(1).ofMaxSize(2).map(l -> String.join("\n", l));
        return cue.list().ofMinSize(1).ofMaxSize(30);
    }

    private static String time(int second, boolean vtt) {
        return String.format("00:%02d:%02d%s000", second / 60, second % 60, vtt ? "." : ",");
    }
}
