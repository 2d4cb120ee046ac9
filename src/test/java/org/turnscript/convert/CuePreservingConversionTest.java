package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.TextDecoder;
import org.turnscript.formats.cues.RawCues;
import org.turnscript.formats.srt.SrtFormat;
import org.turnscript.formats.vtt.WebVttFormat;
import org.turnscript.model.Cue;

/** Subtitles to subtitles keep the source cues: the same count, times, text and line breaks. */
class CuePreservingConversionTest {

    private static final String ROOT = "/org/turnscript/formats/";
    private final ConversionService service = ConversionService.standard();

    static Stream<String> fixtures() {
        return Stream.of("srt/cdown-gb2312.srt", "srt/dot-and-two-digit-millis.srt", "srt/dot-as-separator.srt",
                "srt/mantas-done-utf16.srt", "srt/pysubs2-read_malformed.srt", "srt/pysubs2-read_position_styling.srt",
                "srt/pysubs2-win1250_read_write.srt", "srt/single-digit-hour.srt", "srt/single-digit-timecodes.srt",
                "srt/subsrt-sample.srt", "srt/swiftsubtitles-utf16-test.srt", "srt/webvtt-py-invalid_timeframe.srt",
                "srt/webvtt-py-missing_timeframe.srt", "srt/webvtt-py-sample.srt", "srt/pysubs2-big5_read_write.srt",
                "vtt/subsrt-sample.vtt");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixturesKeepTheirCuesInBothTargets(String name) throws Exception {
        byte[] bytes = resource(name);
        RawCues source = rawCues(TextDecoder.decode(bytes).text(), name);
        for (String target : List.of("srt", "vtt")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Optional<ConvertedCues> kept = service.convertCues(bytes, name, ImportSettings.DEFAULTS, target, out);
            assertThat(kept).as(name + " to " + target).isPresent();
            String written = out.toString(StandardCharsets.UTF_8);
            RawCues back = rawCues(written, "out." + target);
            assertThat(shown(back.cues())).as(name + " to " + target).isEqualTo(shown(source.cues()));
            assertThat(kept.get().cues()).isEqualTo(source.cues().size() + noDuration(source));
        }
    }

    @Test
    void aGeneratedFileKeepsEveryCueThroughSrtAndWebVtt(@TempDir Path dir) throws Exception {
        List<Cue> cues = generated(5_000, 7);
        Path srt = dir.resolve("big.srt");
        Files.writeString(srt, SrtFormat.writeCues(cues));
        Path vtt = dir.resolve("big.vtt");
        Path again = dir.resolve("again.srt");

        ConvertedCues first = service.convertCues(srt, ImportSettings.DEFAULTS, "vtt", vtt).orElseThrow();
        ConvertedCues second = service.convertCues(vtt, ImportSettings.DEFAULTS, "srt", again).orElseThrow();

        assertThat(first.cues()).isEqualTo(5_000);
        assertThat(second.cues()).isEqualTo(5_000);
        assertThat(first.warnings()).isEmpty();
        assertThat(WebVttFormat.readCues(Files.readString(vtt), "big.vtt").cues()).isEqualTo(cues);
        assertThat(Files.readString(again)).isEqualTo(Files.readString(srt));
    }

    @Test
    void aFileThatIsNotUtf8PastItsHeadIsReadAgainAsWindows1252(@TempDir Path dir) throws Exception {
        List<Cue> cues = new ArrayList<>(generated(2_000, 3));
        cues.add(Cue.of(99_000_000, 99_001_000, "Café crème"));
        Path srt = dir.resolve("latin.srt");
        Files.write(srt, SrtFormat.writeCues(cues).getBytes(Charset.forName("windows-1252")));
        assertThat(Files.size(srt)).isGreaterThan(1 << 16); // the é is past the head the charset is chosen from
        Path vtt = dir.resolve("latin.vtt");

        ConvertedCues kept = service.convertCues(srt, ImportSettings.DEFAULTS, "vtt", vtt).orElseThrow();

        assertThat(kept.encoding()).isEqualTo("windows-1252");
        assertThat(kept.warnings()).first().asString().contains("Windows-1252");
        assertThat(Files.readString(vtt)).endsWith("Café crème\n\n");
        assertThat(kept.cues()).isEqualTo(2_001);
    }

    @Test
    void otherInputsAndOutputsAreNotCueConversions(@TempDir Path dir) throws Exception {
        Path srt = dir.resolve("a.srt");
        Files.writeString(srt, SrtFormat.writeCues(generated(3, 1)));
        assertThat(service.convertCues(srt, ImportSettings.DEFAULTS, "txt", dir.resolve("a.txt"))).isEmpty();
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "Just some words.\n");
        assertThat(service.convertCues(text, ImportSettings.DEFAULTS, "srt", dir.resolve("b.srt"))).isEmpty();
        assertThat(dir.resolve("b.srt")).doesNotExist();
    }

    /** Found by the fuzz run: tags hid the control characters of the input, the output was mostly them. */
    @Test
    void cuesThatWouldConvertToAFileThatIsNotTextAreRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path vtt = dir.resolve("a.vtt");
        Files.writeString(vtt, "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n" + "<p>".repeat(400)
                + "\u0014".repeat(100) + "Text\n");
        Path out = dir.resolve("b.vtt");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.convertCues(vtt, ImportSettings.DEFAULTS,
                "vtt", out)).isInstanceOf(FormatException.class).hasMessageStartingWith(vtt.toString())
                .hasMessageContaining("could not be read back").hasMessageContaining("control characters");
        assertThat(out).doesNotExist();
        assertThat(dir).isDirectoryNotContaining(p -> !p.equals(vtt));
    }

    /** Cues as a reader shows them: times and the non-blank lines (writers drop blank lines). */
    private static List<String> shown(List<Cue> cues) {
        return cues.stream().map(c -> c.start() + "-" + c.end() + ":" + String.join("|", c.lines().stream()
                .map(l -> l.strip().replace("-->", "->")).filter(l -> !l.isEmpty()).toList())).toList();
    }

    private static int noDuration(RawCues cues) {
        return (int) cues.problems().stream().filter(p -> p.endsWith("no duration; not checked")
                || p.contains("its end was set to its start")).count();
    }

    private static RawCues rawCues(String text, String name) throws FormatException {
        return name.endsWith(".vtt") ? WebVttFormat.readCues(text, name) : SrtFormat.readCues(text, name);
    }

    static List<Cue> generated(int count, long seed) {
        Random random = new Random(seed);
        String[] words = {"the", "a", "and", "Kate:", "we", "<i>so</i>", "&", "really", "KATE:", "-", "café", "♪"};
        List<Cue> cues = new ArrayList<>(count);
        long t = 0;
        for (int i = 0; i < count; i++) {
            long start = t + random.nextInt(200);
            long end = start + 1 + random.nextInt(3_000);
            t = end;
            List<String> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(3);
            for (int l = 0; l < lineCount; l++) {
                StringBuilder line = new StringBuilder();
                int n = 1 + random.nextInt(7);
                for (int w = 0; w < n; w++) {
                    String word = words[random.nextInt(words.length)];
                    line.append(w == 0 ? "" : " ").append(word.startsWith("<") ? "so" : word);
                }
                lines.add(line.toString());
            }
            cues.add(new Cue(start, end, lines, List.of()));
        }
        return cues;
    }

    private static byte[] resource(String name) {
        try (InputStream in = CuePreservingConversionTest.class.getResourceAsStream(ROOT + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
