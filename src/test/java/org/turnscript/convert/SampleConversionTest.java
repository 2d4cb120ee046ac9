package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.subtitles.SpeakerLabelStyle;

/** The bundled sample through the whole pipeline, out to every format and back in. */
class SampleConversionTest {

    private static final String SAMPLE = "/org/turnscript/formats/text/mixture-of-experts-2024-05-31.txt";
    private static final long DURATION = 2_670_000;

    private static final ConversionService SERVICE = ConversionService.standard();
    private static Transcript sample;
    private static List<String> bodyTokens;

    @BeforeAll
    static void readSample() throws IOException, FormatException {
        byte[] bytes;
        try (InputStream in = SampleConversionTest.class.getResourceAsStream(SAMPLE)) {
            bytes = in.readAllBytes();
        }
        LoadedDocument doc = SERVICE.read(bytes, "mixture-of-experts-2024-05-31.txt",
                ImportSettings.DEFAULTS.withSpeakers(List.of("Brian", "Kate", "Chris", "Skyler")));
        assertThat(doc.formatId()).isEqualTo("caption-text");
        sample = doc.transcript();
        String page = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        String body = page.lines().dropWhile(l -> !l.equals("Captions")).skip(1).findFirst().orElseThrow();
        bodyTokens = List.of(body.strip().split("\\s+"));
    }

    /** The kept words; sound tags compared in lower case, as subtitles write them ({@code [music]}). */
    private static List<String> words(Transcript t) {
        List<String> out = new ArrayList<>();
        for (Segment s : t.segments()) {
            s.keptWords().forEach(w -> out.add(w.isSoundTag() ? w.text().toLowerCase() : w.text()));
        }
        return out;
    }

    private static List<String> expectedWords() {
        return bodyTokens.stream().map(w -> w.startsWith("[") ? w.toLowerCase() : w).toList();
    }

    private static Transcript readBack(String formatId, String content) throws FormatException {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return SERVICE.read(bytes, "out." + formatId, new ImportSettings(formatId, null,
                List.of("Brian", "Kate", "Chris", "Skyler"), -1)).transcript();
    }

    private static void assertTimesIncreaseWithoutOverlap(Transcript t) {
        long lastStart = -1;
        long lastEnd = 0;
        for (Segment s : t.segments()) {
            assertThat(s.start()).as("segment %s starts after the one before", s.id()).isGreaterThan(lastStart);
            assertThat(s.start()).as("segment %s does not overlap", s.id()).isGreaterThanOrEqualTo(lastEnd);
            lastStart = s.start();
            lastEnd = s.end();
        }
        assertThat(lastEnd).isLessThanOrEqualTo(DURATION);
    }

    @Test
    void sampleHasEveryCaptionTokenAndItsDuration() {
        assertThat(bodyTokens).hasSize(8457);
        assertThat(sample.segments().stream().flatMap(s -> s.words().stream()).map(Word::text).toList())
                .isEqualTo(bodyTokens);
        assertThat(bodyTokens.stream().filter("[Music]"::equals)).hasSize(4);
        assertThat(sample.durationMs()).isEqualTo(DURATION);
        assertThat(sample.segments()).allSatisfy(s -> assertThat(s.words()).allMatch(Word::isTimed));
    }

    @Test
    void srtReadsBackWithTheSameWordsInOrder() throws FormatException {
        String srt = SERVICE.export(sample, "srt", ExportOptions.DEFAULTS.withLabelStyle(SpeakerLabelStyle.NONE));
        Transcript back = readBack("srt", srt);
        assertThat(words(back)).isEqualTo(expectedWords());
        assertTimesIncreaseWithoutOverlap(back);
    }

    @Test
    void webVttReadsBackWithTheSameWordsInOrder() throws FormatException {
        String vtt = SERVICE.export(sample, "vtt", ExportOptions.DEFAULTS);
        Transcript back = readBack("vtt", vtt);
        assertThat(words(back)).isEqualTo(expectedWords());
        assertTimesIncreaseWithoutOverlap(back);
    }

    @Test
    void nativeJsonReadsBackIdentical() throws FormatException {
        String json = SERVICE.export(sample, "json", ExportOptions.DEFAULTS);
        assertThat(readBack("json", json)).isEqualTo(sample);
    }

    @Test
    void speakerLabelsSurviveAnSrtRoundTrip() throws FormatException {
        Transcript tagged = sample.speakerFrom(1, 0, "S1");
        String srt = SERVICE.export(tagged, "srt", ExportOptions.DEFAULTS);
        assertThat(srt).startsWith("1\r\n00:00:00,000 --> ");
        assertThat(srt).contains("Brian: hello and welcome");
        Transcript back = readBack("srt", srt);
        assertThat(words(back)).isEqualTo(expectedWords());
        assertThat(back.roster().nameOf(back.segments().get(1).speakerId())).isEqualTo("Brian");
    }
}
