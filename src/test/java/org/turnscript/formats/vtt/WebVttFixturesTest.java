package org.turnscript.formats.vtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.TextDecoder;
import org.turnscript.model.Segment;
import org.turnscript.model.WordFlag;

/** Real files from other WebVTT libraries' test suites (see SOURCES.md beside them). */
class WebVttFixturesTest {

    static ReadResult readFixture(String name) throws IOException, FormatException {
        try (InputStream in = WebVttFixturesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new WebVttFormat().read(TextDecoder.decode(in.readAllBytes()).text(), ReadOptions.defaults(name));
        }
    }

    @ParameterizedTest
    @CsvSource({"webvtt-py-sample.vtt, 16", "webvtt-py-using_identifiers.vtt, 6", "webvtt-py-comments.vtt, 5",
        "webvtt-py-styles.vtt, 1", "webvtt-py-cue_tags.vtt, 3", "webvtt-py-captions_with_bom.vtt, 4",
        "webvtt-py-metadata_headers_multiline.vtt, 2", "subsrt-sample.vtt, 5"})
    // Segments: one per cue, and one per speaker in a dialogue cue (webvtt-py-comments has two of those).
    void readsWithTheExpectedCueCount(String name, int cues) throws IOException, FormatException {
        ReadResult r = readFixture(name);
        assertThat(r.transcript().segments()).hasSize(cues);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void dropsInlineTimestampsAndClasses() throws IOException, FormatException {
        assertThat(readFixture("webvtt-py-cue_tags.vtt").transcript().segments()).extracting(Segment::body)
                .containsExactly("When the moon hits your eye", "Like a big-a pizza pie", "That's amore");
    }

    @Test
    void readsDashDialogueAsSpeakerChanges() throws IOException, FormatException {
        var t = readFixture("webvtt-py-comments.vtt").transcript();
        assertThat(t.segment(0).body()).isEqualTo("Ta en kopp varmt te.");
        assertThat(t.segment(1).body()).isEqualTo("Det är inte varmt.");
        assertThat(t.segment(0).words().get(0).has(WordFlag.SPEAKER_CHANGE_HINT)).isTrue();
        assertThat(t.segment(1).words().get(0).has(WordFlag.SPEAKER_CHANGE_HINT)).isTrue();
    }
}
