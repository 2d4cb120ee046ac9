package org.turnscript.formats.srt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.TextDecoder;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;

/** The malformations of FORMATS §1.3 that players accept, each once with a file from a parser's test suite. */
class SrtToleranceTest {

    private static ReadResult read(String text) throws FormatException {
        return new SrtFormat().read(text, ReadOptions.defaults("t.srt"));
    }

    private static ReadResult fixture(String name) throws IOException, FormatException {
        try (InputStream in = SrtToleranceTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return read(TextDecoder.decode(in.readAllBytes()).text());
        }
    }

    @Test
    void readsPysubs2MalformedFile() throws Exception {
        // no index, no blank line, leading whitespace, "->" arrow, "0:01:00,00" two-digit fraction
        Transcript t = fixture("pysubs2-read_malformed.srt").transcript();
        assertThat(t.segments()).extracting(Segment::body)
                .containsExactly("An example subtitle.", "Subtitle number two.");
        assertThat(t.segment(0).start()).isZero();
        assertThat(t.segment(0).end()).isEqualTo(60_000);
        assertThat(t.segment(1).start()).isEqualTo(60_000);
        assertThat(t.segment(1).end()).isEqualTo(120_000);
    }

    @Test
    void ignoresCoordinatesAndTagsFromPysubs2() throws Exception {
        Transcript t = fixture("pysubs2-read_position_styling.srt").transcript();
        assertThat(t.segments()).extracting(Segment::body)
                .containsExactly("Elephant's Dream", "At the left we can see...");
        assertThat(t.segment(0).end()).isEqualTo(13_000);
    }

    @Test
    void readsSingleDigitFieldsFromSrtParser2() throws Exception {
        Transcript t = fixture("single-digit-timecodes.srt").transcript();
        assertThat(t.segment(0).start()).isEqualTo(7_560);
        assertThat(t.segment(0).end()).isEqualTo(9_700);
    }

    @Test
    void readsTwoDigitFractionsAsHundredths() throws Exception {
        Transcript t = fixture("dot-and-two-digit-millis.srt").transcript();
        assertThat(t.segment(0).start()).isEqualTo(50);
        assertThat(t.segment(1).end()).isEqualTo(3_010);
    }

    @Test
    void readsSpacedAndShortArrows() throws FormatException {
        assertThat(read("1\n00:00:01,000 - > 00:00:02,000\nA\n\n2\n00:00:03,000 -- > 00:00:04,000\nB\n\n"
                + "3\n00:00:05,000-->00:00:06,000\nC\n").transcript().segments()).extracting(Segment::body)
                .containsExactly("A", "B", "C");
    }

    @Test
    void readsHoursAboveNinetyNine() throws FormatException {
        assertThat(read("1\n100:00:01,000 --> 100:00:02,000\nLate\n").transcript().segment(0).start())
                .isEqualTo(360_001_000L);
    }

    @Test
    void readsAFourthFractionDigitAsMilliseconds() throws FormatException {
        assertThat(read("1\n00:00:28.9670 --> 00:00:29,0000\nLong\n").transcript().segment(0).start())
                .isEqualTo(28_967);
    }

    @Test
    void readsFullwidthDelimiters() throws FormatException {
        assertThat(read("1\n00：00：01，500 --> 00：00：02，000\nWide\n").transcript().segment(0).start())
                .isEqualTo(1_500);
    }

    @Test
    void readsLeadingWhitespaceBomAndEveryLineEnding() throws FormatException {
        String lf = "\uFEFF  1\n  00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:00:03,000 --> 00:00:04,000\nTwo";
        for (String text : new String[] {lf, lf.replace("\n", "\r\n"), lf.replace("\n", "\r")}) {
            assertThat(read(text).transcript().segments()).extracting(Segment::body).containsExactly("One", "Two");
        }
    }

    @Test
    void skipsAMissingTimingWithItsLineNumber() throws Exception {
        ReadResult r = fixture("webvtt-py-missing_timeframe.srt");
        assertThat(r.transcript().segments()).extracting(Segment::body)
                .contains("Caption text #1", "Caption text #3").doesNotContain("Caption text #2");
        assertThat(r.warnings()).singleElement().asString().startsWith("line 6: ");
    }

    @Test
    void readsADotInOneTimestampOfWebvttPyInvalidTimeframe() throws Exception {
        // webvtt-py rejects "00:00:11.890"; players (ffmpeg, cdown/srt, pysubs2) read it, and so do we
        ReadResult r = fixture("webvtt-py-invalid_timeframe.srt");
        assertThat(r.transcript().segment(1).end()).isEqualTo(11_890);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void stillRejectsTextWithoutAnyTiming() {
        assertThatThrownBy(() -> read("some text\nmore text\n")).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("t.srt:1: ");
    }
}
