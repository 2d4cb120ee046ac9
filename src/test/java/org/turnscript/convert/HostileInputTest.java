package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.cues.RawCues;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.SubtitleProfiles;

/**
 * The escapes, resource problems and garbage the hostile-input review found, each as it was met: every one now
 * ends in a document or in a refusal that names the file (and the line where there is one), in words.
 */
class HostileInputTest {

    private static final ConversionService SERVICE = ConversionService.standard();
    /** A guard against the old behaviour (half a minute and more), not a measurement. */
    private static final Duration NO_STALL = Duration.ofSeconds(10);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static FormatException refusal(String text, String name) {
        return refusal(utf8(text), name);
    }

    private static FormatException refusal(byte[] bytes, String name) {
        try {
            SERVICE.read(bytes, name, ImportSettings.DEFAULTS);
        } catch (FormatException e) {
            assertThat(e.getMessage()).startsWith(name + ":").doesNotContain("java.").doesNotContain("Exception")
                    .doesNotContain("\n");
            return e;
        }
        throw new AssertionError(name + " was read, not refused");
    }

    // ---- Escapes -------------------------------------------------------------------------------------------

    @Test
    void sbvHoursBeyondALongAreAnUnreadableTimingNotACrash() {
        String sbv = "0:00:01.000,0:00:02.000\nfirst\n\n99999999999999999999:00:01.000,99999999999999999999:00:02.000"
                + "\nsecond\n";
        LoadedDocument doc = assertTimeoutPreemptively(NO_STALL, () ->
                SERVICE.read(utf8(sbv), "x.sbv", ImportSettings.DEFAULTS));
        assertThat(doc.transcript().segments()).hasSize(1);
        assertThat(doc.warnings()).anyMatch(w -> w.startsWith("line 4: unreadable timing line"));
    }

    @Test
    void overflowingSrtHoursAreCheckedWithoutACrashInLint() throws Exception {
        String srt = "1\n99999999999999999999:00:01,000 --> 99999999999999999999:00:02,000\nhi\n\n"
                + "2\n00:00:01,000 --> 00:00:02,000\nho\n";
        RawCues cues = SERVICE.readCues(utf8(srt), "x.srt", ImportSettings.DEFAULTS, SubtitleProfiles.NETFLIX);
        assertThat(cues.cues()).hasSize(1);
        assertThat(cues.problems()).anyMatch(p -> p.startsWith("line 2:"));
    }

    @Test
    void anExponentNoNumberCanHoldIsRefusedOnItsLine() {
        String json = "{\n  \"version\": \"1.0.0\",\n  \"segments\": [\n    {\"startTime\": 1E999999999999, "
                + "\"endTime\": 2, \"body\": \"hi\"}\n  ]\n}\n";
        FormatException e = refusal(json, "x.json");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.problem()).contains("out of range");
    }

    @Test
    void aPodcastTimeOfABillionDigitsIsRefusedAtOnceInAShortMessage() {
        String json = "{\"version\": \"1.0.0\", \"segments\": [{\"startTime\": 1e999999999, \"endTime\": 2, "
                + "\"body\": \"hi\"}]}";
        FormatException e = assertTimeoutPreemptively(NO_STALL, () -> refusal(json, "x.json"));
        assertThat(e.getMessage()).hasSizeLessThan(400).contains("out of range");
    }

    @Test
    void whisperXTimesOf1e999AreEstimatedNotACrash() throws Exception {
        String json = "{\"segments\": [{\"start\": 0.5, \"end\": 1e999, \"text\": \"hi there\", \"words\": ["
                + "{\"word\": \"hi\", \"start\": 0.5, \"end\": 1e999}, {\"word\": \"there\", \"start\": 1.0, "
                + "\"end\": 1.5}]}]}";
        LoadedDocument doc = SERVICE.read(utf8(json), "x.json", ImportSettings.DEFAULTS);
        assertThat(doc.transcript().wordCount()).isEqualTo(2);
    }

    @Test
    void twentyThousandNestedSpansAreReadNotAStackOverflow() throws Exception {
        String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" + "<b>".repeat(20_000) + "deep\n";
        LoadedDocument doc = SERVICE.read(utf8(vtt), "x.vtt", ImportSettings.DEFAULTS);
        assertThat(doc.transcript().segments().get(0).body()).isEqualTo("deep");
        RawCues cues = SERVICE.readCues(utf8(vtt), "x.vtt", ImportSettings.DEFAULTS, SubtitleProfiles.NETFLIX);
        assertThat(cues.cues().get(0).lines()).containsExactly("deep");
    }

    // ---- Resources -----------------------------------------------------------------------------------------

    @Test
    void sniffingRunsOfColonsAndArrowsTakesNoTime() {
        String text = "0:-->".repeat(20_000) + "\n" + "1:2 ".repeat(5000) + "--\n";
        LoadedDocument doc = assertTimeoutPreemptively(NO_STALL, () ->
                SERVICE.read(utf8(text), "x.txt", ImportSettings.DEFAULTS));
        assertThat(doc.formatId()).isEqualTo("caption-text");
    }

    @Test
    void anUnclosedTagOfManySpacesIsStrippedInLinearTime() throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\n<" + " ".repeat(200_000) + "x\n\n2\n00:00:03,000 --> "
                + "00:00:04,000\n" + "<b ".repeat(50_000) + "\n";
        LoadedDocument doc = assertTimeoutPreemptively(NO_STALL, () ->
                SERVICE.read(utf8(srt), "x.srt", ImportSettings.DEFAULTS));
        assertThat(doc.transcript().segments()).hasSize(2);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.srt");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[3 << 20]);
        }
        ImportSettings small = ImportSettings.DEFAULTS.withLimits(new InputLimits(1 << 20, 1000));
        assertThatThrownBy(() -> SERVICE.read(big, small)).isInstanceOf(FormatException.class)
                .hasMessageContaining("3 MB").hasMessageContaining("up to 1 MB").hasMessageContaining("--max-input-mb");
    }

    @Test
    void aLineOverTheLimitIsRefusedWithItsNumberWhetherReadWholeOrStreamed(@TempDir Path dir) throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:00:03,000 --> 00:00:04,000\n"
                + "a".repeat(5000) + "\n";
        ImportSettings small = ImportSettings.DEFAULTS.withLimits(new InputLimits(1 << 20, 1000));
        assertThatThrownBy(() -> SERVICE.read(utf8(srt), "x.srt", small)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("x.srt:7: line of more than 1000 characters").hasMessageContaining(
                        "--max-line-chars");
        Path in = Files.writeString(dir.resolve("x.srt"), srt);
        assertThatThrownBy(() -> SERVICE.convertCues(in, small, "vtt", dir.resolve("out.vtt")))
                .isInstanceOf(FormatException.class).hasMessageContaining(":7: line of more than 1000 characters");
        assertThat(dir.resolve("out.vtt")).doesNotExist();
    }

    @Test
    void aConversionWhoseEscapingWouldMakeALineTooLongToReadBackWritesNothing(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("x.srt"), "1\n00:00:01,000 --> 00:00:02,000\n" + "&".repeat(300_000)
                + "\n");
        Path out = dir.resolve("x.vtt");
        assertThatThrownBy(() -> SERVICE.convertCues(in, ImportSettings.DEFAULTS, "vtt", out))
                .isInstanceOf(FormatException.class).hasMessageContaining("could not read back");
        assertThat(out).doesNotExist();
    }

    // ---- Garbage in ----------------------------------------------------------------------------------------

    @Test
    void filesWithNulBytesOrMostlyControlsAreNoTextFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        for (String name : List.of("x.srt", "x.txt", "x.vtt", "x")) {
            assertThat(refusal(png, name).problem()).startsWith("not a text file");
        }
        byte[] controls = new byte[400];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x01 + i % 7);
        }
        assertThat(refusal(controls, "x.txt").problem()).startsWith("not a text file");
        assertThat(refusal("1\n00:00:01,000 --> 00:00:02,000\nhi\u0000there\n", "x.srt").line()).isEqualTo(3);
    }

    @Test
    void aTimedFormatsNameOnTextThatIsNoneIsRefusedButTextNamesStillFallBack() throws Exception {
        String words = "so thank you all for joining us today";
        for (String name : List.of("x.srt", "x.vtt", "x.sbv", "x.json")) {
            assertThat(refusal(words, name).problem()).startsWith("the name says").contains("--from caption-text");
        }
        assertThat(refusal("[".repeat(100_000), "x.json").problem()).startsWith("the name says");
        for (String name : List.of("x.txt", "x", "-")) {
            assertThat(SERVICE.read(utf8(words), name, ImportSettings.DEFAULTS).formatId()).isEqualTo("caption-text");
        }
        ImportSettings asText = new ImportSettings("caption-text", null, List.of(), -1);
        assertThat(SERVICE.read(utf8(words), "x.srt", asText).transcript().wordCount()).isEqualTo(8);
    }

    @Test
    void aDocumentWithoutWordsIsNotExportedAsAnEmptyFile(@TempDir Path dir) {
        Transcript empty = new Transcript(Metadata.EMPTY, Roster.of(List.of()), List.of());
        for (String format : List.of("srt", "vtt", "txt", "podcast-json")) {
            Path out = dir.resolve("out." + format);
            assertThatThrownBy(() -> SERVICE.checkedExportTo(out, empty, format, ExportOptions.DEFAULTS))
                    .isInstanceOf(FormatException.class).hasMessageStartingWith(out.toString());
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aDocumentAFormatCannotHoldIsRefusedAsAFormatExceptionNotABug(@TempDir Path dir) {
        Transcript untimed = new Transcript(Metadata.EMPTY, Roster.of(List.of()), List.of(new org.turnscript.model
                .Segment("s1", null, org.turnscript.model.SegmentKind.SPEECH, List.of(org.turnscript.model.Word.of("hi")))));
        Path out = dir.resolve("out.json");
        assertThatThrownBy(() -> SERVICE.checkedExportTo(out, untimed, "podcast-json", ExportOptions.DEFAULTS))
                .isInstanceOf(FormatException.class).hasMessageStartingWith(out.toString()).hasMessageContaining("untimed");
        assertThat(out).doesNotExist();
    }

    @Test
    void twoByteOrderMarksBeforeWebVttAreRefused() {
        byte[] twoBoms = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'W', 'E', 'B',
            'V', 'T', 'T', '\n', '\n', '0', '0', ':', '0', '1', '.', '0', '0', '0', ' ', '-', '-', '>', ' ', '0', '0',
            ':', '0', '2', '.', '0', '0', '0', '\n', 'h', 'i', '\n'};
        refusal(twoBoms, "x.vtt");
        assertThatThrownBy(() -> SERVICE.convertCues(twoBoms, "x.vtt", ImportSettings.DEFAULTS, "srt",
                new ByteArrayOutputStream())).isInstanceOf(FormatException.class);
    }

    @Test
    void aFileWithoutCuesIsRefusedAlikeByEveryPath() {
        for (String[] file : List.of(new String[] {"x.vtt", "WEBVTT\n\n"}, new String[] {"x.srt", "\n\n"},
                new String[] {"x.vtt", "WEBVTT\n\nNOTE only a note\n"})) {
            byte[] bytes = utf8(file[1]);
            String name = file[0];
            assertThatThrownBy(() -> SERVICE.read(bytes, name, ImportSettings.DEFAULTS))
                    .as("read " + name).isInstanceOf(FormatException.class);
            assertThatThrownBy(() -> SERVICE.convertCues(bytes, name, ImportSettings.DEFAULTS, "srt",
                    new ByteArrayOutputStream())).as("convert " + name).isInstanceOf(FormatException.class);
            assertThatThrownBy(() -> SERVICE.readCues(bytes, name, ImportSettings.DEFAULTS, SubtitleProfiles.NETFLIX))
                    .as("lint " + name).isInstanceOf(FormatException.class);
            assertThatThrownBy(() -> SERVICE.summarize(bytes, name, ImportSettings.DEFAULTS))
                    .as("info " + name).isInstanceOf(FormatException.class);
        }
    }
}
