package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.Formats;
import org.turnscript.formats.TranscriptFormat;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * What {@code turnscript info} reports for each committed fixture: the detected format and the encoding, read
 * the way the command line reads a file (bytes in, no format or encoding named).
 */
class FixtureDetectionTest {

    private static final ConversionService SERVICE = ConversionService.standard();

    private static byte[] bytes(String path) throws IOException {
        try (InputStream in = FixtureDetectionTest.class.getResourceAsStream("/org/turnscript/formats/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static LoadedDocument read(String path) throws IOException, FormatException {
        return SERVICE.read(bytes(path), path.substring(path.lastIndexOf('/') + 1), ImportSettings.DEFAULTS);
    }

    @ParameterizedTest
    @CsvSource({
        "srt/webvtt-py-sample.srt, srt, UTF-8",
        "srt/single-digit-hour.srt, srt, UTF-8",
        "srt/pysubs2-read_malformed.srt, srt, UTF-8",
        "srt/mantas-done-utf16.srt, srt, UTF-16LE",
        "srt/swiftsubtitles-utf16-test.srt, srt, UTF-16LE",
        "srt/cdown-gb2312.srt, srt, windows-1252",
        "vtt/webvtt-py-captions_with_bom.vtt, vtt, UTF-8",
        "vtt/youtube/DoesFastChargingHurttheBatteryRaw.vtt, vtt, UTF-8",
        "vtt/youtube/swiftsubtitles-crash_13.vtt, vtt, UTF-8",
        "sbv/swiftsubtitles-captions.sbv, sbv, UTF-8",
        "sbv/swiftsubtitles-captions-LE.sbv, sbv, UTF-16LE",
        "sbv/subsrt-sample.sbv, sbv, UTF-8",
        "youtube/battery-phrases.srv3, srv3, UTF-8",
        "youtube/youtube-transcript-api-transcript.xml, srv1, UTF-8",
        "json/battery-phrases.json3, json3, UTF-8",
        "json/whisperx-sample.json, whisperx-json, UTF-8",
        "json/dpe-sample.json, dpe-json, UTF-8",
        "json/podcast-namespace-example.json, podcast-json, UTF-8",
        "text/mixture-of-experts-2024-05-31.txt, caption-text, UTF-8"})
    void namesFormatAndEncoding(String path, String formatId, String encoding) throws Exception {
        LoadedDocument doc = read(path);
        assertThat(doc.formatId()).isEqualTo(formatId);
        assertThat(doc.encoding()).isEqualTo(encoding);
        assertThat(doc.transcript().wordCount()).isPositive();
    }

    @Test
    void detectsAPrettyPrintedDpeFileWhoseParagraphsComeAfterManyWords() throws Exception {
        StringBuilder json = new StringBuilder("{\n  \"words\": [\n");
        for (int i = 0; i < 400; i++) {
            json.append("    {\n      \"id\": ").append(i).append(",\n      \"start\": ").append(i)
                    .append(",\n      \"end\": ").append(i + 0.5).append(",\n      \"text\": \"word\"\n    }")
                    .append(i < 399 ? ",\n" : "\n");
        }
        json.append("  ],\n  \"paragraphs\": [\n    {\n      \"id\": 0,\n      \"start\": 0,\n      \"end\": 400,"
                + "\n      \"speaker\": \"Kate\"\n    }\n  ]\n}\n");
        assertThat(json.length()).isGreaterThan(8192);
        LoadedDocument doc = SERVICE.read(json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "interview.json", ImportSettings.DEFAULTS);
        assertThat(doc.formatId()).isEqualTo("dpe-json");
        assertThat(doc.transcript().wordCount()).isEqualTo(400);
        assertThat(doc.transcript().roster().speakers()).extracting(s -> s.name()).containsExactly("Kate");
    }

    /**
     * Only the JSON formats read a JSON file whole; the others sniff its head. Scanning every line of a 28 MB
     * project for subtitle timing lines made opening it take a second longer.
     */
    @Test
    void aTimingLineDeepInsideAJsonFileDoesNotMakeItSrt() throws Exception {
        String head = "{\n  \"notes\": [\n";
        String whole = head + "    \"x\",\n".repeat(2000) + "00:00:01,000 --> 00:00:02,000\n\"hello\"\n  ]\n}\n";
        Formats formats = SERVICE.formats();
        assertThat(formats.detect("notes.txt", whole)).map(TranscriptFormat::id).contains("srt");
        assertThat(formats.detect("notes.txt", head, whole)).map(TranscriptFormat::id).isNotEqualTo(
                java.util.Optional.of("srt"));
        String project = "{\"format\": \"turnscript\", \"version\": 1}";
        assertThat(formats.detect("p.json", "{", project)).map(TranscriptFormat::id).contains("json");
    }

    /** Found by the fuzz run: a plain-text export of cues that quote WhisperX lines could not be read back. */
    @Test
    void aTextThatDoesNotOpenAnObjectIsNoJsonFormat() throws Exception {
        String text = "[~00:00:10] Elephant's Dream {\"word\": \"it\", \"start\": 5.45} ] } ], "
                + "\"segments\": [], \"words\": [], \"word\": \"x\", \"word_segments\": [] }\n";
        LoadedDocument doc = SERVICE.read(text.getBytes(StandardCharsets.UTF_8), "out.txt", ImportSettings.DEFAULTS);
        assertThat(doc.formatId()).isEqualTo("caption-text");
        assertThat(SERVICE.formats().detect("x.json", "\uFEFF {\"word_segments\": []}")).map(TranscriptFormat::id)
                .contains("whisperx-json");
    }

    /** Found by the fuzz run: a plain-text export of cues quoting YouTube XML read back as srv1 and failed. */
    @Test
    void aTextThatDoesNotOpenWithATagIsNoXmlFormat() throws Exception {
        String text = "[~00:00:00] <?xml versio n=\"1.0\" ?> <transcript> <text start=\"0\" dur=\"1.54\">Hey</text>\n"
                + "[~00:00:02] <timedtext format=\"3\"> <body> <p t=\"0\">x</p>\n";
        LoadedDocument doc = SERVICE.read(text.getBytes(StandardCharsets.UTF_8), "out.txt", ImportSettings.DEFAULTS);
        assertThat(doc.formatId()).isEqualTo("caption-text");
        assertThat(SERVICE.formats().detect("x.xml", "\uFEFF <transcript><text start=\"1\">a</text></transcript>"))
                .map(TranscriptFormat::id).contains("srv1");
        assertThat(SERVICE.formats().detect("x.xml", "<timedtext format=\"3\"><body></body></timedtext>"))
                .map(TranscriptFormat::id).contains("srv3");
    }

    @Test
    void warnsWhenItFallsBackToWindows1252() throws Exception {
        LoadedDocument guessed = SERVICE.read(bytes("srt/cdown-gb2312.srt"), "gb2312.srt", ImportSettings.DEFAULTS);
        assertThat(guessed.warnings().get(0)).contains("Windows-1252").contains("--encoding");
        ImportSettings named = new ImportSettings(null, Charset.forName("GB2312"), List.of(), Word.UNKNOWN_TIME);
        assertThat(SERVICE.read(bytes("srt/cdown-gb2312.srt"), "gb2312.srt", named).warnings())
                .noneMatch(w -> w.contains("Windows-1252"));
    }

    @Test
    void usesTheNamedEncodingForLegacyCjkFiles() throws Exception {
        ImportSettings gb2312 = new ImportSettings(null, Charset.forName("GB2312"), List.of(), Word.UNKNOWN_TIME);
        LoadedDocument doc = SERVICE.read(bytes("srt/cdown-gb2312.srt"), "gb2312.srt", gb2312);
        assertThat(doc.encoding()).isEqualTo("GB2312");
        assertThat(doc.formatId()).isEqualTo("srt");
        assertThat(doc.transcript().segment(0).body()).isEqualTo("宇宙守护神 保护我们远离邪恶");
    }

    /** The same YouTube auto-captions in three formats give the same words at the same times. */
    @Test
    void youtubeVttSrv3AndJson3Agree() throws Exception {
        Transcript vtt = read("vtt/youtube/DoesFastChargingHurttheBatteryRaw.vtt").transcript();
        Transcript srv3 = read("youtube/battery-phrases.srv3").transcript();
        Transcript json3 = read("json/battery-phrases.json3").transcript();
        List<Word> fromVtt = words(vtt).subList(0, words(srv3).size());
        for (Transcript other : List.of(srv3, json3)) {
            assertThat(words(other)).hasSize(21);
            assertThat(words(other)).extracting(Word::text).isEqualTo(fromVtt.stream().map(Word::text).toList());
            assertThat(words(other)).extracting(Word::start).isEqualTo(fromVtt.stream().map(Word::start).toList());
            assertThat(words(other)).extracting(Word::end).isEqualTo(fromVtt.stream().map(Word::end).toList());
            assertThat(words(other)).extracting(Word::source)
                    .isEqualTo(fromVtt.stream().map(Word::source).toList());
        }
    }

    private static List<Word> words(Transcript t) {
        return t.segments().stream().map(Segment::words).flatMap(List::stream).toList();
    }
}
