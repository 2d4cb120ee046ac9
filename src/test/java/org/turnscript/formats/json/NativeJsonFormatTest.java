package org.turnscript.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class NativeJsonFormatTest {

    private static final String GOLDEN = """
            {
              "format": "turnscript",
              "version": 1,
              "metadata": {
                "title": "Mixture of Experts",
                "durationMs": 2670000,
                "language": "en"
              },
              "speakers": [
                {
                  "id": "S1",
                  "name": "Kate Soule",
                  "color": "#3B82F6",
                  "key": 1
                },
                {
                  "id": "S2",
                  "name": "Chris Hay",
                  "color": "#E4572E",
                  "key": 2
                }
              ],
              "segments": [
                {
                  "id": "s1",
                  "speaker": null,
                  "kind": "non-speech",
                  "start": 0,
                  "end": 1000,
                  "body": "[Music]",
                  "originalBody": "[Music]",
                  "words": [
                    {
                      "text": "[Music]",
                      "start": 0,
                      "end": 1000,
                      "timing": "measured",
                      "flags": [
                        "sound-tag"
                      ]
                    }
                  ]
                },
                {
                  "id": "s2",
                  "speaker": "S1",
                  "kind": "speech",
                  "start": 1000,
                  "end": 1400,
                  "body": "Hello, there",
                  "originalBody": "Hello um there",
                  "words": [
                    {
                      "text": "Hello,",
                      "original": "Hello",
                      "start": 1000,
                      "end": 1200,
                      "timing": "measured"
                    },
                    {
                      "text": "um",
                      "start": 1200,
                      "end": 1400,
                      "timing": "measured",
                      "flags": [
                        "filler",
                        "dropped"
                      ]
                    },
                    {
                      "text": "there",
                      "start": null,
                      "end": null,
                      "timing": "unknown"
                    }
                  ]
                }
              ]
            }
            """;

    private final NativeJsonFormat format = new NativeJsonFormat();

    private static Transcript tiny() {
        Word hello = Word.timed("Hello", 1000, 1200, TimeSource.MEASURED).withText("Hello,");
        Word um = new Word("um", "um", 1200, 1400, TimeSource.MEASURED,
                WordFlag.FILLER.bit() | WordFlag.DROPPED.bit());
        Word music = new Word("[Music]", null, 0, 1000, TimeSource.MEASURED, WordFlag.SOUND_TAG.bit());
        return new Transcript(
                Metadata.EMPTY.withTitle("Mixture of Experts").withDurationMs(2_670_000).withLanguage("en"),
                Roster.of(List.of("Kate Soule", "Chris Hay")),
                List.of(new Segment("s1", null, SegmentKind.NON_SPEECH, List.of(music)),
                        new Segment("s2", "S1", SegmentKind.SPEECH, List.of(hello, um, Word.of("there")))));
    }

    private Transcript read(String json) throws FormatException {
        return format.read(json, ReadOptions.defaults("p.json")).transcript();
    }

    @Test
    void writesTheGoldenFile() {
        assertThat(format.write(tiny(), ExportOptions.DEFAULTS)).isEqualTo(GOLDEN);
    }

    @Test
    void readsTheGoldenFileBack() throws FormatException {
        assertThat(read(GOLDEN)).isEqualTo(tiny());
    }

    @Test
    void ignoresExportOptions() {
        ExportOptions noSound = ExportOptions.DEFAULTS.withNonSpeech(false);

        assertThat(format.write(tiny(), noSound)).isEqualTo(GOLDEN);
    }

    @Test
    void derivedSegmentFieldsAreRecomputedFromTheWords() throws FormatException {
        String edited = GOLDEN.replace("\"body\": \"Hello, there\"", "\"body\": \"something else\"")
                .replace("\"end\": 1400,\n      \"body\"", "\"end\": 99999,\n      \"body\"");

        assertThat(read(edited)).isEqualTo(tiny());
    }

    @Test
    void keepsATimedWordWhoseSourceIsUnknown() throws FormatException {
        Word odd = new Word("odd", "odd", 5, 9, TimeSource.UNKNOWN, 0);
        Transcript t = Transcript.empty().withSegments(
                List.of(new Segment("a", null, SegmentKind.SPEECH, List.of(odd))));

        assertThat(read(format.write(t, ExportOptions.DEFAULTS))).isEqualTo(t);
    }

    @Test
    void writesAnEmptyTranscriptCompactly() {
        assertThat(format.write(Transcript.empty(), ExportOptions.DEFAULTS)).isEqualTo("""
                {
                  "format": "turnscript",
                  "version": 1,
                  "metadata": {},
                  "speakers": [],
                  "segments": []
                }
                """);
    }

    @Test
    void refusesANewerVersion() {
        String newer = GOLDEN.replace("\"version\": 1,", "\"version\": 2,");

        assertThatThrownBy(() -> read(newer))
                .isInstanceOf(FormatException.class)
                .hasMessage("p.json:3: written by a newer Turnscript (format version 2)");
    }

    @Test
    void reportsTheLineOfMalformedJson() {
        String broken = GOLDEN.replace("\"name\": \"Chris Hay\",", "\"name\": \"Chris Hay\"");

        assertThatThrownBy(() -> read(broken))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(19);
                    assertThat(e.problem()).startsWith("malformed JSON");
                });
    }

    @Test
    void reportsTheLineOfAnUnknownSpeaker() {
        String unknown = GOLDEN.replace("\"speaker\": \"S1\"", "\"speaker\": \"S9\"");

        assertThatThrownBy(() -> read(unknown))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(46);
                    assertThat(e.problem()).contains("unknown speaker \"S9\"");
                });
    }

    @Test
    void reportsAMissingFieldOnTheLineOfItsObject() {
        String missing = GOLDEN.replace("\"timing\": \"unknown\"", "\"timingX\": \"unknown\"");

        assertThatThrownBy(() -> read(missing))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(70);
                    assertThat(e.problem()).isEqualTo("missing timing");
                });
    }

    @Test
    void reportsAValueOfTheWrongTypeOnItsLine() {
        String wrong = GOLDEN.replace("\"start\": 1200,", "\"start\": \"1200\",");

        assertThatThrownBy(() -> read(wrong))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(62);
                    assertThat(e.problem()).contains("/segments/1/words/1/start");
                });
    }

    @Test
    void refusesAnUnknownFlag() {
        String flag = GOLDEN.replace("\"filler\",", "\"fillr\",");

        assertThatThrownBy(() -> read(flag))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(66);
                    assertThat(e.problem()).contains("unknown word flag \"fillr\"");
                });
    }

    @Test
    void refusesAMeasuredWordWithoutTime() {
        String untimed = GOLDEN.replace("\"timing\": \"unknown\"", "\"timing\": \"measured\"");

        assertThatThrownBy(() -> read(untimed))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).isEqualTo(70));
    }

    @Test
    void refusesJsonThatIsNotAProject() {
        assertThatThrownBy(() -> read("{\"version\": \"1.0.0\", \"segments\": []}"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("not a Turnscript project");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("  \n"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void sniffsOnlyItsOwnMarker() {
        assertThat(format.sniff("{\n  \"format\" : \"turnscript\",")).isEqualTo(100);
        assertThat(format.sniff("{\"version\":\"1.0.0\",\"segments\":[{\"startTime\":1")).isZero();
    }
}
