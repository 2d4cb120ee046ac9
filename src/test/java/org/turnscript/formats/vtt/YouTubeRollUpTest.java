package org.turnscript.formats.vtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.TextDecoder;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class YouTubeRollUpTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = YouTubeRollUpTest.class.getResourceAsStream("youtube/" + name)) {
            assertThat(in).as(name).isNotNull();
            return TextDecoder.decode(in.readAllBytes()).text();
        }
    }

    private static Transcript read(String text) throws FormatException {
        return new WebVttFormat().read(text, ReadOptions.defaults("yt.vtt")).transcript();
    }

    @Test
    void collapsesRollUpToTheCleanTarget() throws Exception {
        List<Segment> segments = read(resource("DoesFastChargingHurttheBatteryRaw.vtt")).segments();
        List<VttCue> target = WebVttParser.parse(resource("DoesFastChargingHurttheBatteryTarget.vtt"))
                .orElseThrow().cues();

        assertThat(segments).hasSameSizeAs(target);
        for (int i = 0; i < target.size(); i++) {
            VttCue expected = target.get(i);
            Segment actual = segments.get(i);
            assertThat(actual.body()).as("cue %d", i).isEqualTo(expected.rawText().replace('\n', ' '));
            assertThat(actual.start()).as("start of cue %d", i).isCloseTo(expected.start(), within(20L));
            if (i < target.size() - 1) {
                assertThat(actual.end()).as("end of cue %d", i).isCloseTo(expected.end(), within(20L));
            } else {
                // The target cuts the last phrase at its second-last cue's end; the word "battery." that YouTube
                // added at once in the last cue (01:05.199 --> 01:07.760) keeps its real time here.
                assertThat(actual.end()).isEqualTo(67_760);
            }
            assertThat(actual.end() - actual.start()).as("cue %d is no bridge", i).isGreaterThan(50);
        }
    }

    @Test
    void keepsTheInlineTimestampsAsMeasuredWordTimes() throws Exception {
        Segment first = read(resource("DoesFastChargingHurttheBatteryRaw.vtt")).segment(0);
        assertThat(first.words()).extracting(Word::text)
                .containsExactly("Does", "fast", "charging", "hurt", "the", "battery?");
        assertThat(first.words()).extracting(Word::start).containsExactly(240L, 560L, 800L, 1199L, 1439L, 1680L);
        assertThat(first.words()).extracting(Word::end).containsExactly(560L, 800L, 1199L, 1439L, 1680L, 3750L);
        assertThat(first.words()).allMatch(w -> w.source() == TimeSource.MEASURED);
    }

    @Test
    void keepsSoundTagsAndDropsBridgeCuesWithSpacePadding() throws Exception {
        Transcript t = read(resource("swiftsubtitles-crash_13.vtt"));
        assertThat(t.segment(0).kind()).isEqualTo(SegmentKind.NON_SPEECH);
        assertThat(t.segment(0).body()).isEqualTo("[Music]");
        assertThat(t.segment(1).body()).isEqualTo("and we'll go to the web page in a minute");
        assertThat(t.segment(2).body()).isEqualTo("but for now");
        assertThat(t.segments()).allMatch(s -> s.end() - s.start() >= 50);
        String all = String.join(" ", t.segments().stream().map(Segment::body).toList());
        assertThat(all).doesNotContain("minute and we'll go");
    }

    @Test
    void readsYoutubeDlStyledRollUpWithoutRepeats() throws Exception {
        Transcript t = read(resource("webvtt-py-youtube_dl.vtt"));
        // "what" appears at once under the carried "yeah": it finishes that phrase, at its own cue's start
        assertThat(t.segments()).extracting(Segment::body).startsWith("yeah what", "this will happen is I'm telling");
        assertThat(t.segment(0).words().get(1).start()).isEqualTo(4 * 60_000 + 46_470);
        assertThat(t.segment(1).words().get(2).start()).isEqualTo(5 * 60_000 + 4_379);
    }

    @Test
    void turnsChevronsIntoSpeakerChangeHints() throws FormatException {
        Transcript t = read("WEBVTT\nKind: captions\nLanguage: en\n\n"
                + "00:00:01.000 --> 00:00:03.000 align:start position:0%\n \n"
                + "so<00:00:01.500><c> yes</c><00:00:02.000><c> &gt;&gt;</c><00:00:02.200><c> right</c>\n\n"
                + "00:00:03.000 --> 00:00:03.010 align:start position:0%\nso yes &gt;&gt; right\n \n\n"
                + "00:00:03.010 --> 00:00:05.000 align:start position:0%\nso yes &gt;&gt; right\n"
                + "&gt;&gt; and<00:00:03.500><c> then</c>\n");
        assertThat(t.segments()).extracting(Segment::body).containsExactly("so yes right", "and then");
        assertThat(t.segment(0).words().get(2).has(WordFlag.SPEAKER_CHANGE_HINT)).isTrue();
        assertThat(t.segment(0).words().get(2).start()).isEqualTo(2200);
        assertThat(t.segment(1).words().get(0).has(WordFlag.SPEAKER_CHANGE_HINT)).isTrue();
        assertThat(t.segment(1).words().get(1).start()).isEqualTo(3500);
    }

    @Test
    void leavesCreatorCaptionsWithAKindHeaderAlone() throws FormatException {
        ReadResult r = new WebVttFormat().read("WEBVTT\nKind: captions\nLanguage: en\n\n"
                + "00:00:01.000 --> 00:00:02.000\nHello there\n\n00:00:02.000 --> 00:00:03.000\nHello there\n",
                ReadOptions.defaults("c.vtt"));
        assertThat(r.transcript().segments()).hasSize(2);
        assertThat(r.warnings()).isEmpty();
    }
}
