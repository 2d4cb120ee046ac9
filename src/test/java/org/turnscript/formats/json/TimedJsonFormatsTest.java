package org.turnscript.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.model.Segment;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/** YouTube json3, WhisperX and BBC digital paper edit: word-timed JSON from other tools. */
class TimedJsonFormatsTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = TimedJsonFormatsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String speakerOf(Transcript t, int index) {
        return t.roster().nameOf(t.segment(index).speakerId());
    }

    @Test
    void readsJson3WordOffsetsAndSkipsAppendEvents() throws Exception {
        Transcript t = new YouTubeJson3Format().read(resource("battery-phrases.json3"), ReadOptions.defaults("a"))
                .transcript();
        assertThat(t.segments()).extracting(Segment::body).containsExactly("Does fast charging hurt the battery?",
                "We tested for 167 days. We bought 12", "phones and split them into fast charge");
        assertThat(t.segment(1).words()).extracting(Word::start)
                .containsExactly(3760L, 4000L, 4400L, 5200L, 5759L, 6160L, 6400L, 6560L);
        assertThat(t.segment(1).end()).isEqualTo(6789);
        assertThat(t.segment(1).words()).extracting(Word::source).containsOnly(TimeSource.MEASURED);
    }

    @Test
    void readsJson3Chevrons() throws FormatException {
        Transcript t = new YouTubeJson3Format().read("{\"wireMagic\":\"pb3\",\"events\":[{\"tStartMs\":0,"
                + "\"dDurationMs\":9000,\"id\":1},{\"tStartMs\":100,\"dDurationMs\":900,\"segs\":[{\"utf8\":\"ok\"},"
                + "{\"utf8\":\" >>\",\"tOffsetMs\":300},{\"utf8\":\" what\",\"tOffsetMs\":400}]}]}",
                ReadOptions.defaults("a")).transcript();
        assertThat(t.segment(0).body()).isEqualTo("ok what");
        assertThat(t.segment(0).words().get(1).has(WordFlag.SPEAKER_CHANGE_HINT)).isTrue();
        assertThat(t.segment(0).words().get(1).start()).isEqualTo(500);
    }

    @Test
    void readsWhisperXSpeakersAndMeasuredWords() throws Exception {
        Transcript t = new WhisperXJsonFormat().read(resource("whisperx-sample.json"), ReadOptions.defaults("w"))
                .transcript();
        assertThat(t.roster().speakers()).extracting(s -> s.name()).containsExactly("SPEAKER_00", "SPEAKER_01");
        assertThat(t.segments()).extracting(Segment::body).containsExactly("Welcome back to the show.",
                "Thanks, it's 2024 already.", "Yes it is.");
        assertThat(speakerOf(t, 1)).isEqualTo("SPEAKER_01");
        assertThat(speakerOf(t, 2)).isEqualTo("SPEAKER_00"); // the words' own speaker wins over the segment's
        Word welcome = t.segment(0).words().get(0);
        assertThat(welcome.start()).isEqualTo(520);
        assertThat(welcome.end()).isEqualTo(900);
        assertThat(welcome.source()).isEqualTo(TimeSource.MEASURED);
        Word year = t.segment(1).words().get(2);
        assertThat(year.source()).isEqualTo(TimeSource.INTERPOLATED);
        assertThat(year.start()).isEqualTo(4000);
        assertThat(year.end()).isEqualTo(4600);
        assertThat(t.metadata().language()).isEqualTo("en");
    }

    /** Found by the fuzz run: a project written from such a file could not be read back. */
    @Test
    void aWhisperXWordThatStartsBeforeTheOneBeforeItIsPlacedBetweenItsNeighbours() throws Exception {
        String json = """
                {"segments": [
                  {"start": 0.5, "end": 3.0, "speaker": "SPEAKER_00", "words": [
                    {"word": "Welcome", "start": 0.5, "end": 0.9},
                    {"word": "back", "start": 0.95, "end": 1.2},
                    {"word": "to", "start": 0.9, "end": 1.0},
                    {"word": "the", "start": 1.4, "end": 1.5}]},
                  {"start": 0.2, "end": 2.0, "speaker": "SPEAKER_01", "words": [
                    {"word": "Hi", "start": 0.2, "end": 0.4}]}]}
                """;
        Transcript t = new WhisperXJsonFormat().read(json, ReadOptions.defaults("w.json")).transcript();
        List<Word> words = t.segments().stream().flatMap(s -> s.words().stream()).toList();
        assertThat(words).extracting(Word::text).containsExactly("Welcome", "back", "to", "the", "Hi");
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).start()).as(words.get(i).text()).isGreaterThanOrEqualTo(words.get(i - 1).start());
        }
        assertThat(words.get(2).source()).isNotEqualTo(TimeSource.MEASURED);
        assertThat(words.get(4).source()).isNotEqualTo(TimeSource.MEASURED);
        String project = new NativeJsonFormat().write(t, org.turnscript.formats.ExportOptions.DEFAULTS);
        assertThat(new NativeJsonFormat().read(project, ReadOptions.defaults("back.json")).transcript().segments()).hasSize(2);
    }

    /** Found by the fuzz run: an end far past the next word pushed an untimed word after it. */
    @Test
    void aWhisperXWordThatRunsPastTheNextIsCutBackToIt() throws Exception {
        String json = """
                {"segments": [{"start": 3.4, "end": 6.0, "speaker": "SPEAKER_01", "words": [
                    {"word": "it's", "start": 3.85, "end": 138136.0},
                    {"word": "2024"},
                    {"word": "already.", "start": 4.6, "end": 5.0}]}]}
                """;
        List<Word> words = new WhisperXJsonFormat().read(json, ReadOptions.defaults("w.json")).transcript()
                .segment(0).words();
        assertThat(words.get(0).end()).isEqualTo(4_600);
        assertThat(words.get(1).start()).isBetween(3_850L, 4_600L);
    }

    /** Found by the fuzz run: a word holding an escaped NUL made a project that could not be read back. */
    @Test
    void anEscapedNulIsRefusedOnItsLineAndAnEscapedBackslashIsText() throws Exception {
        String json = "{\"segments\": [\n{\"start\": 0.5, \"end\": 1.0, \"words\": [\n"
                + "{\"word\": \"a\\u0000b\", \"start\": 0.5, \"end\": 0.9}]}]}";
        assertThatThrownBy(() -> new WhisperXJsonFormat().read(json, ReadOptions.defaults("w.json")))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("w.json:3:").hasMessageContaining("NUL");
        String text = json.replace("a\\u0000b", "a\\\\u0000b");
        assertThat(new WhisperXJsonFormat().read(text, ReadOptions.defaults("w.json")).transcript().segment(0)
                .words().get(0).text()).isEqualTo("a\\u0000b");
    }

    @Test
    void readsDpeParagraphSpeakers() throws Exception {
        Transcript t = new DpeJsonFormat().read(resource("dpe-sample.json"), ReadOptions.defaults("d")
                .withSpeakers(java.util.List.of("Host"))).transcript();
        assertThat(t.segments()).extracting(Segment::body)
                .containsExactly("There is a question.", "Mm.", "And an answer.", "Right.");
        assertThat(t.roster().speakers()).extracting(s -> s.name()).containsExactly("Host", "F_S12", "M_S3");
        assertThat(speakerOf(t, 0)).isEqualTo("F_S12");
        assertThat(t.segment(1).speakerId()).isNull(); // U_UKN is nobody
        assertThat(speakerOf(t, 3)).isEqualTo("M_S3");
        assertThat(t.segment(2).start()).isEqualTo(24_650);
        assertThat(t.segments()).flatExtracting(Segment::words).extracting(Word::source)
                .containsOnly(TimeSource.MEASURED);
    }

    @Test
    void sniffsEachJsonShapeApart() throws Exception {
        String whisper = resource("whisperx-sample.json");
        String dpe = resource("dpe-sample.json");
        String json3 = resource("battery-phrases.json3");
        assertThat(new WhisperXJsonFormat().sniff(whisper)).isPositive();
        assertThat(new WhisperXJsonFormat().sniff(dpe)).isZero();
        assertThat(new DpeJsonFormat().sniff(dpe)).isPositive();
        assertThat(new DpeJsonFormat().sniff(whisper)).isZero();
        assertThat(new YouTubeJson3Format().sniff(json3)).isEqualTo(95);
        assertThat(new PodcastJsonFormat().sniff(whisper)).isZero();
    }

    @Test
    void rejectsJsonWithoutTheirArrays() {
        assertThatThrownBy(() -> new DpeJsonFormat().read("{\"paragraphs\": []}", ReadOptions.defaults("d")))
                .isInstanceOf(FormatException.class).hasMessageContaining("words");
        assertThatThrownBy(() -> new WhisperXJsonFormat().read("{\"language\": \"en\"}", ReadOptions.defaults("w")))
                .isInstanceOf(FormatException.class).hasMessageContaining("segments");
    }
}
