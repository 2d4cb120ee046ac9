package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.TranscriptFormat;

/**
 * Whatever bytes arrive, reading them ends in a document or a {@link FormatException} with a message, never in
 * another exception: bad input is reported, it never crashes the window or the command line.
 */
class MalformedInputProperties {

    private static final ConversionService SERVICE = ConversionService.standard();

    @Property(tries = 300)
    void anyTextIsReadOrRefusedInWords(@ForAll("captionish") String text, @ForAll("formatIds") String formatId) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            LoadedDocument doc = SERVICE.read(bytes, "input." + formatId, new ImportSettings(formatId, null,
                    java.util.List.of(), -1));
            assertThat(doc.transcript()).isNotNull();
        } catch (FormatException e) {
            assertThat(e.getMessage()).startsWith("input.").doesNotContain("\n");
        }
    }

    @Property(tries = 300)
    void detectedFormatsReadOrRefuseInWords(@ForAll("captionish") String text) {
        try {
            SERVICE.read(text.getBytes(StandardCharsets.UTF_8), "input.txt", ImportSettings.DEFAULTS);
        } catch (FormatException e) {
            assertThat(e.getMessage()).startsWith("input.txt").doesNotContain("\n");
        }
    }

    @Property(tries = 200)
    void anyBytesAreReadOrRefusedInWords(@ForAll byte[] bytes) {
        try {
            SERVICE.read(bytes, "input.bin", ImportSettings.DEFAULTS);
        } catch (FormatException e) {
            assertThat(e.getMessage()).startsWith("input.bin");
        }
    }

    /** Fragments of every format glued at random: the inputs parsers find hardest. */
    @Provide
    Arbitrary<String> captionish() {
        Arbitrary<String> pieces = Arbitraries.of("WEBVTT\n", "1\n", "00:00:01,000 --> 00:00:02,000\n",
                "00:00:01.000 --> 00:00:00.500\n", "-->", "<v Kate>", "</v>", "<00:00:01.234><c>", " word</c>",
                "\n\n", "\r\n", "{\"format\": \"turnscript\", \"version\": 1", "{\"segments\": [", "]}", "[Music]",
                "Captions\n", "Length: 44min 30sec (2670 seconds)\n", "0:00:01.000,0:00:02.000\n", "<timedtext>",
                "<p t=\"1\" d=\"2\">", "<s t=\"0\">x</s>", "</p>", "{\"events\": [{\"tStartMs\": 1, \"segs\": [",
                "{\"utf8\": \"hi\"}", ">> ", "&amp;", "NOTE x\n", "99:99:99,999 --> 00:00:00,000\n", "\u0000", "é",
                "hello world ", "\"start\": -5,", "\"words\": [{\"word\": \"a\"}]");
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> formatIds() {
        return Arbitraries.of(SERVICE.formats().readers().stream().map(TranscriptFormat::id).toList());
    }
}
