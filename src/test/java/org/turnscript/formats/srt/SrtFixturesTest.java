package org.turnscript.formats.srt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.TextDecoder;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;

/** Real files from other SRT libraries' test suites (see SOURCES.md beside them). */
class SrtFixturesTest {

    static ReadResult readFixture(String name) throws IOException, FormatException {
        try (InputStream in = SrtFixturesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            String text = TextDecoder.decode(in.readAllBytes()).text();
            return new SrtFormat().read(text, ReadOptions.defaults(name));
        }
    }

    @ParameterizedTest
    @CsvSource({"webvtt-py-sample.srt, 5", "subsrt-sample.srt, 5", "dot-as-separator.srt, 2",
        "single-digit-hour.srt, 3"})
    void readsWithTheExpectedCueCount(String name, int cues) throws IOException, FormatException {
        ReadResult r = readFixture(name);
        assertThat(r.transcript().segments()).hasSize(cues);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void readsBroadcastSpeakerLabelsAndASoundFromSubsrt() throws IOException, FormatException {
        Transcript t = readFixture("subsrt-sample.srt").transcript();
        assertThat(t.roster().speakers()).extracting(s -> s.name()).containsExactly("Alice", "John");
        assertThat(t.segment(3).kind()).isEqualTo(SegmentKind.NON_SPEECH);
        assertThat(t.segment(2).body()).isEqualTo("Today we'll be teaching you how to make our famous chocolate chip cookies!");
        assertThat(t.roster().nameOf(t.segment(4).speakerId())).isEqualTo("Alice");
    }

    @Test
    void readsHoursPastOneAndDotsFromSrtParser2() throws IOException, FormatException {
        Transcript t = readFixture("dot-as-separator.srt").transcript();
        assertThat(t.segment(1).start()).isEqualTo(28_967);
        assertThat(t.segment(1).end()).isEqualTo(((1 * 60 + 30) * 60 + 30) * 1000 + 958);
    }
}
