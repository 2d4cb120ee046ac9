package org.turnscript.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Speaker;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class PodcastJsonFormatTest {

    private final PodcastJsonFormat format = new PodcastJsonFormat();

    /** Two speakers, a sound, a segment without speaker, one dropped filler; listed out of time order. */
    private static Transcript sample() {
        Roster roster = Roster.of(List.of("Kate Soule", "Chris Hay"));
        Word um = new Word("um", "um", 12_700, 12_800, TimeSource.MEASURED,
                WordFlag.FILLER.bit() | WordFlag.DROPPED.bit());
        Word music = new Word("[Music]", null, 0, 12_000, TimeSource.MEASURED, WordFlag.SOUND_TAG.bit());
        return new Transcript(Metadata.EMPTY, roster, List.of(
                new Segment("s2", "S1", SegmentKind.SPEECH, List.of(
                        Word.timed("Hello", 12_345, 12_700, TimeSource.MEASURED), um,
                        Word.timed("there.", 12_800, 15_600, TimeSource.ESTIMATED))),
                new Segment("s1", null, SegmentKind.NON_SPEECH, List.of(music)),
                new Segment("s3", "S2", SegmentKind.SPEECH, List.of(
                        Word.timed("Hi", 2_669_000, 2_670_000, TimeSource.ANCHORED))),
                new Segment("s4", null, SegmentKind.SPEECH, List.of(
                        Word.timed("Who's", 2_670_100, 2_670_333, TimeSource.MEASURED),
                        Word.timed("that?", 2_670_333, 2_670_999, TimeSource.MEASURED))),
                new Segment("s5", "S2", SegmentKind.SPEECH, List.of(um))));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PodcastJsonFormatTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ReadResult read(String json) throws FormatException {
        return format.read(json, ReadOptions.defaults("p.json"));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writesExactlyTheSpecificationsLayout() {
        assertThat(format.write(sample(), ExportOptions.DEFAULTS)).isEqualTo("""
                {
                  "version": "1.0.0",
                  "segments": [
                    {
                      "startTime": 0,
                      "endTime": 12,
                      "body": "[Music]"
                    },
                    {
                      "speaker": "Kate Soule",
                      "startTime": 12.345,
                      "endTime": 15.6,
                      "body": "Hello there."
                    },
                    {
                      "speaker": "Chris Hay",
                      "startTime": 2669,
                      "endTime": 2670,
                      "body": "Hi"
                    },
                    {
                      "startTime": 2670.1,
                      "endTime": 2670.999,
                      "body": "Who's that?"
                    }
                  ]
                }
                """);
    }

    @Test
    void hasOnlyTheSpecificationsKeys() throws Exception {
        JsonNode root = JsonText.mapper().readTree(format.write(sample(), ExportOptions.DEFAULTS));

        assertThat(names(root)).containsExactly("version", "segments");
        for (JsonNode segment : root.get("segments")) {
            boolean hasSpeaker = segment.has("speaker");
            assertThat(names(segment)).containsExactlyElementsOf(hasSpeaker
                    ? List.of("speaker", "startTime", "endTime", "body")
                    : List.of("startTime", "endTime", "body"));
            assertThat(segment.get("endTime").decimalValue()).isGreaterThan(segment.get("startTime").decimalValue());
            assertThat(segment.get("startTime").decimalValue().scale()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void leavesOutSoundsWhenAsked() {
        String json = format.write(sample(), ExportOptions.DEFAULTS.withNonSpeech(false));

        assertThat(json).doesNotContain("[Music]").contains("Hello there.");
    }

    @Test
    void givesAZeroLengthSegmentOneMillisecond() {
        Transcript t = Transcript.empty().withSegments(List.of(new Segment("s1", null, SegmentKind.SPEECH,
                List.of(Word.timed(",", 1_000, 1_000, TimeSource.MEASURED)))));

        assertThat(format.write(t, ExportOptions.DEFAULTS)).contains("\"startTime\": 1,\n      \"endTime\": 1.001,");
    }

    @Test
    void refusesUntimedWords() {
        Transcript t = sample().withSegment(0, sample().segment(0).withWords(List.of(Word.of("untimed"))));

        assertThatThrownBy(() -> format.write(t, ExportOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s2");
    }

    @Test
    void readsWhatItWrote() throws FormatException {
        Transcript back = read(format.write(sample(), ExportOptions.DEFAULTS)).transcript();

        assertThat(back.segments()).extracting(Segment::body)
                .containsExactly("[Music]", "Hello there.", "Hi", "Who's that?");
        assertThat(back.segment(0).kind()).isEqualTo(SegmentKind.NON_SPEECH);
        assertThat(back.segment(0).words().get(0).isSoundTag()).isTrue();
        assertThat(back.segment(1).words()).extracting(Word::start).containsExactly(12_345L, 13_972L);
        assertThat(back.segment(1).words()).extracting(Word::source)
                .containsOnly(TimeSource.INTERPOLATED);
        assertThat(back.segment(1).end()).isEqualTo(15_600L);
        assertThat(back.segment(2).words().get(0).source()).isEqualTo(TimeSource.MEASURED);
        assertThat(back.segment(3).speakerId()).isNull();
        assertThat(back.roster().speakers()).extracting(Speaker::name).containsExactly("Kate Soule", "Chris Hay");
    }

    @Test
    void readsThePodcastNamespaceExample() throws Exception {
        ReadResult result = read(resource("podcast-namespace-example.json"));
        Transcript t = result.transcript();

        assertThat(t.segments()).hasSize(5);
        assertThat(t.roster().speakers()).extracting(Speaker::name).containsExactly("Darth Vader", "Luke");
        assertThat(t.segments()).extracting(s -> t.roster().nameOf(s.speakerId()))
                .containsExactly("Darth Vader", "Darth Vader", "Darth Vader", "Darth Vader", "Luke");
        assertThat(t.segment(3).words()).containsExactly(Word.timed("father.", 2_250, 2_500, TimeSource.MEASURED));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void cutsBackSegmentsThatOverlapAsTwoPeopleTalkingAtOnce() throws Exception {
        ReadResult result = read("""
                {"version": "1.0.0", "segments": [
                  {"speaker": "Kate", "startTime": 1.0, "endTime": 4.0, "body": "so what we did"},
                  {"speaker": "Chris", "startTime": 3.0, "endTime": 5.0, "body": "right"}]}
                """);
        Transcript t = result.transcript();
        assertThat(t.segment(0).end()).isEqualTo(3_000L);
        assertThat(t.segment(0).body()).isEqualTo("so what we did");
        assertThat(org.turnscript.model.SegmentOverlaps.firstOverlap(t.segments())).isEqualTo(-1);
        assertThat(result.warnings()).anyMatch(w -> w.contains("overlap"));
    }

    @Test
    void readsANullSpeakerAsNobody() throws Exception {
        Transcript t = read(resource("swiftsubtitles-sample.json")).transcript();

        assertThat(t.segments()).hasSize(3);
        assertThat(t.roster().speakers()).extracting(Speaker::name).containsExactly("Peter");
        assertThat(t.segment(1).speakerId()).isNull();
        assertThat(t.segment(1).words()).hasSize(15);
        assertThat(t.segment(1).start()).isEqualTo(2_200L);
        assertThat(t.segment(1).end()).isEqualTo(2_250L);
    }

    @Test
    void putsTheGivenSpeakersFirst() throws Exception {
        ReadOptions options = ReadOptions.defaults("p.json").withSpeakers(List.of("Luke", "Leia"));
        Transcript t = format.read(resource("podcast-namespace-example.json"), options).transcript();

        assertThat(t.roster().speakers()).extracting(Speaker::name).containsExactly("Luke", "Leia", "Darth Vader");
        assertThat(t.segment(4).speakerId()).isEqualTo(t.roster().byName("Luke").orElseThrow().id());
    }

    @Test
    void toleratesWordLevelFilesWithSpaceTokensAndOpenEnds() throws FormatException {
        Transcript t = read("""
                {"version": "1.0.0", "segments": [
                  {"speaker": "A", "startTime": 1.2, "body": "It's"},
                  {"speaker": "A", "startTime": 1.5, "endTime": 1.5, "body": " "},
                  {"speaker": "A", "startTime": 1.5, "endTime": 2.0, "body": "Friday\\n"}
                ]}
                """).transcript();

        assertThat(t.segments()).extracting(Segment::body).containsExactly("It's", "Friday");
        assertThat(t.segment(0).end()).isEqualTo(1_500L);
    }

    @Test
    void sortsSegmentsThatAreOutOfOrder() throws FormatException {
        Transcript t = read("""
                {"version": "1.0.0", "segments": [
                  {"startTime": 5, "endTime": 6, "body": "later"},
                  {"startTime": 1, "endTime": 2, "body": "first"}
                ]}
                """).transcript();

        assertThat(t.segments()).extracting(Segment::body).containsExactly("first", "later");
        assertThat(t.segments()).extracting(Segment::id).containsExactly("s1", "s2");
    }

    @Test
    void warnsAboutAMissingVersion() throws FormatException {
        ReadResult result = read("{\"segments\": [{\"startTime\": 1, \"endTime\": 2, \"body\": \"hi\"}]}");

        assertThat(result.warnings()).hasSize(1);
        assertThat(result.transcript().segments()).hasSize(1);
    }

    @Test
    void reportsTheLineOfABadTime() {
        String json = """
                {
                  "version": "1.0.0",
                  "segments": [
                    {"startTime": 1, "endTime": 2, "body": "fine"},
                    {"startTime": "soon", "body": "bad"}
                  ]
                }
                """;

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.problem()).contains("seconds");
                });
    }

    @Test
    void reportsTheLineOfMalformedJson() {
        assertThatThrownBy(() -> read("{\n  \"version\": \"1.0.0\",\n  \"segments\": [\n    {\"body\": \"x\",}\n  ]\n}"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void sniffsPodcastFilesButNotProjects() {
        assertThat(format.sniff("{\"version\":\"1.0.0\",\"segments\":[{\"speaker\":\"A\",\"startTime\":0.5")).isEqualTo(80);
        assertThat(format.sniff("{\"format\": \"turnscript\", \"segments\": [{\"startTime\": 1")).isZero();
        assertThat(format.sniff("{\"events\": []}")).isZero();
    }
}
