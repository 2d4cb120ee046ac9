package org.turnscript.formats.sbv;

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
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.WordFlag;

class SbvFormatTest {

    private static TextDecoder.Decoded decode(String name) throws IOException {
        try (InputStream in = SbvFormatTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return TextDecoder.decode(in.readAllBytes());
        }
    }

    private static ReadResult read(String name) throws IOException, FormatException {
        return new SbvFormat().read(decode(name).text(), ReadOptions.defaults(name));
    }

    @Test
    void readsTheWebvttPySample() throws Exception {
        ReadResult r = read("webvtt-py-sample.sbv");
        Transcript t = r.transcript();
        assertThat(t.segments()).hasSize(5);
        assertThat(t.segment(1).start()).isEqualTo(11_378);
        assertThat(t.segment(1).end()).isEqualTo(12_305);
        assertThat(t.segment(2).body()).isEqualTo("Caption text #3 (line 1) Caption text #3 (line 2)");
        // the last cue ends (0:00:16.543) before it starts (0:00:17.484)
        assertThat(r.warnings()).singleElement().asString().startsWith("line 14: cue ends before it starts");
    }

    /** Found by the fuzz run: a word of the unit separator alone made a project that could not be read back. */
    @Test
    void javaWhitespaceSeparatesWordsAndIsNeverOne() throws Exception {
        Transcript t = new SbvFormat().read("0:00:06.770,0:00:10.880\nour \u001f famous\u3000cookies\n",
                ReadOptions.defaults("x.sbv")).transcript();
        assertThat(t.segment(0).words()).extracting(org.turnscript.model.Word::text)
                .containsExactly("our", "famous", "cookies");
    }

    @Test
    void readsUtf16WithoutBomLikeUtf8() throws Exception {
        TextDecoder.Decoded le = decode("swiftsubtitles-captions-LE.sbv");
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        Transcript fromLe = new SbvFormat().read(le.text(), ReadOptions.defaults("le.sbv")).transcript();
        Transcript fromUtf8 = read("swiftsubtitles-captions.sbv").transcript();
        assertThat(fromLe.segments()).extracting(Segment::body)
                .isEqualTo(fromUtf8.segments().stream().map(Segment::body).toList());
        assertThat(fromLe.segment(0).start()).isEqualTo(940);
        assertThat(fromLe.segment(0).body()).isEqualTo("This is a test of the SBV file converter.");
    }

    @Test
    void readsSubsrtSpeakersBreaksAndSounds() throws Exception {
        Transcript t = read("subsrt-sample.sbv").transcript();
        assertThat(t.roster().speakers()).extracting(s -> s.name()).containsExactly("Alice", "John");
        assertThat(t.segment(0).body()).isEqualTo("Hi, my name is Alice Miller and this is John Brown");
        assertThat(t.segment(0).words().get(0).has(WordFlag.SPEAKER_CHANGE_HINT)).isTrue();
        assertThat(t.segment(3).kind()).isEqualTo(SegmentKind.NON_SPEECH);
    }

    @Test
    void skipsBlocksWithoutAReadableTiming() throws Exception {
        ReadResult missing = read("webvtt-py-missing_timeframe.sbv");
        assertThat(missing.transcript().segments()).extracting(Segment::body).doesNotContain("Caption text #2")
                .contains("Caption text #1", "Caption text #3");
        assertThat(missing.warnings()).first().asString().startsWith("line 4: unreadable timing line");
        ReadResult invalid = read("webvtt-py-invalid_timeframe.sbv");
        assertThat(invalid.warnings()).first().asString().startsWith("line 7: unreadable timing line '0:00:13.f89");
        assertThat(invalid.transcript().segments()).hasSize(4);
    }

    @Test
    void rejectsAFileWithoutAnyCaption() {
        assertThatThrownBy(() -> read("webvtt-py-invalid_format.sbv")).isInstanceOf(FormatException.class)
                .hasMessageContaining("webvtt-py-invalid_format.sbv:1:");
    }

    @Test
    void sniffsTheTimingLine() {
        SbvFormat sbv = new SbvFormat();
        assertThat(sbv.sniff("\n0:00:00.599,0:00:04.160\nHi\n")).isEqualTo(90);
        assertThat(sbv.sniff("1\n00:00:01,000 --> 00:00:02,000\n")).isZero();
    }
}
