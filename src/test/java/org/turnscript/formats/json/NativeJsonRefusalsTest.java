package org.turnscript.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.ReadOptions;

/**
 * Project files that parse as JSON but are no project Turnscript wrote are refused on the line at fault, never
 * read as something else (a file without "format" once became an empty WhisperX transcript and a 0-byte SRT).
 */
class NativeJsonRefusalsTest {

    private static final NativeJsonFormat FORMAT = new NativeJsonFormat();

    /** A one-segment project whose segments are {@code segments} (each a JSON object, one line). */
    private static String project(String... segments) {
        return "{\n\"format\": \"turnscript\",\n\"version\": 1,\n\"metadata\": {},\n\"speakers\": [],\n"
                + "\"segments\": [\n" + String.join(",\n", segments) + "\n]\n}\n";
    }

    private static String segment(String id, String... words) {
        return "{\"id\": \"" + id + "\", \"speaker\": null, \"kind\": \"speech\", \"words\": [" + String.join(", ", words)
                + "]}";
    }

    private static String word(String text, long start, long end) {
        return "{\"text\": \"" + text + "\", \"start\": " + start + ", \"end\": " + end + ", \"timing\": \"measured\"}";
    }

    private static FormatException refused(String text) {
        try {
            FORMAT.read(text, ReadOptions.defaults("p.json"));
        } catch (FormatException e) {
            assertThat(e.getMessage()).startsWith("p.json:").doesNotContain("java.").doesNotContain("Exception");
            return e;
        }
        throw new AssertionError("read, not refused");
    }

    @Test
    void theProjectReaderStillReadsAWellFormedProject() throws Exception {
        String text = project(segment("s1", word("hello", 0, 500), word("there", 500, 900)),
                segment("s2", word("again", 900, 1200)));
        assertThat(FORMAT.read(text, ReadOptions.defaults("p.json")).transcript().wordCount()).isEqualTo(3);
    }

    @Test
    void aProjectWithoutItsFormatIsRefusedNotSniffedAsWhisperX() {
        String text = project(segment("s1", word("hello", 0, 500))).replace("\"format\": \"turnscript\",\n", "");
        assertThatThrownBy(() -> ConversionService.standard().read(text.getBytes(), "p.json", ImportSettings.DEFAULTS))
                .isInstanceOf(FormatException.class).hasMessageContaining("\"format\": \"turnscript\" is missing");
    }

    @Test
    void wordsOutOfOrderAreRefusedOnTheirLine() {
        FormatException e = refused(project(segment("s1", word("late", 900, 1000), word("early", 100, 200))));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.problem()).contains("words must be in time order");
    }

    @Test
    void segmentsOutOfOrderAreRefusedOnTheirLine() {
        FormatException e = refused(project(segment("s1", word("late", 900, 1000)),
                segment("s2", word("early", 100, 200))));
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.problem()).contains("segments must be in time order");
    }

    /** Earlier versions wrote such projects from overlapping subtitle cues: the work in them must still open. */
    @Test
    void overlappingSegmentsAreCutBackWithAWarningOnTheLaterOnesLine() throws Exception {
        ReadResult r = new NativeJsonFormat().read(project(segment("s1", word("so", 0, 500),
                word("what", 500, 1500)), segment("s2", word("right", 1000, 1400))), ReadOptions.defaults("p.json"));
        assertThat(r.warnings()).singleElement().asString().startsWith("line 8: ").contains("s1")
                .contains("1500 ms").contains("cut back");
        assertThat(r.transcript().segment(0).end()).isEqualTo(1000);
        assertThat(r.transcript().segment(1).start()).isEqualTo(1000);
        String again = new NativeJsonFormat().write(r.transcript(), org.turnscript.formats.ExportOptions.DEFAULTS);
        assertThat(new NativeJsonFormat().read(again, ReadOptions.defaults("again.json")).warnings()).isEmpty();
    }

    @Test
    void aTimeBeyondAnyRecordingIsRefused() {
        FormatException e = refused(project(segment("s1", word("far", 9_000_000_000_000_000_000L,
                9_000_000_000_000_000_000L))));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.problem()).contains("beyond any recording");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotLastOneWins() {
        String text = project(segment("s1", word("hello", 0, 500))).replace("\"version\": 1,",
                "\"version\": 1,\n\"version\": 1,");
        FormatException e = refused(text);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.problem()).contains("version");
    }

    @Test
    void aNumberWhereTextBelongsIsRefusedNotCoerced() {
        FormatException e = refused(project(segment("s1", word("hello", 0, 500)).replace("\"hello\"", "12")));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.problem()).contains("expected text");
        FormatException flag = refused(project(segment("s1", word("hello", 0, 500)).replace("\"s1\"", "true")));
        assertThat(flag.problem()).contains("expected text");
    }

    @Test
    void aWordWithoutTextIsRefused() {
        FormatException e = refused(project(segment("s1", word("", 0, 500))));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.problem()).contains("must not be empty");
        assertThat(refused(project(segment("s1", word("a\\u0000b", 0, 500)))).problem()).contains("NUL");
    }
}
