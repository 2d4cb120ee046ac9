package org.turnscript.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.srt.SrtFormat;
import org.turnscript.formats.text.CaptionTextFormat;
import org.turnscript.model.Cue;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;

/**
 * The bundled sample laid out under each profile with two speaker displays, against reviewed SRT files. Run with
 * {@code -Dturnscript.golden.update=true} to rewrite them after a deliberate layout change, then review the diff.
 */
class SampleLayoutGoldenTest {

    private static final String SAMPLE = "/org/turnscript/formats/text/mixture-of-experts-2024-05-31.txt";
    private static final String GOLDEN = "golden/";
    /** The goldens hold the first minutes, enough for every rule to show and few enough cues to review. */
    private static final long GOLDEN_SPAN_MS = 300_000;
    private static final SpeakerDisplay NAMES = SpeakerDisplay.DEFAULT;
    private static final SpeakerDisplay DASHES = SpeakerDisplay.of(SpeakerLabelStyle.DASH);

    static Stream<Arguments> variants() {
        List<Arguments> variants = new ArrayList<>();
        for (SubtitleProfile p : SubtitleProfiles.all()) {
            variants.add(Arguments.of(p.id() + "-names.srt", p, NAMES));
            // the dash display with two-speaker cues allowed, the Netflix way of showing quick exchanges
            variants.add(Arguments.of(p.id() + "-dashes.srt", p.withTwoSpeakerCues(true), DASHES));
        }
        return variants.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void laysOutTheSampleAsReviewed(String golden, SubtitleProfile profile, SpeakerDisplay display)
            throws IOException, FormatException {
        Transcript opening = sample().withSegments(sample().segments().stream()
                .filter(s -> s.start() < GOLDEN_SPAN_MS).toList());
        String srt = SrtFormat.writeCues(CueLayout.layout(opening, profile, display));
        if (Boolean.getBoolean("turnscript.golden.update")) {
            Files.writeString(Path.of("src/test/resources/org/turnscript/subtitles", GOLDEN + golden), srt);
        }
        assertThat(srt).isEqualTo(resource(GOLDEN + golden));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void laysOutTheWholeSampleWithoutLintErrors(String golden, SubtitleProfile profile, SpeakerDisplay display)
            throws IOException, FormatException {
        List<Cue> cues = CueLayout.layout(sample(), profile, display);
        List<LintProblem> problems = SubtitleLint.check(cues, profile, display);
        assertThat(cues).hasSizeGreaterThan(400);
        assertThat(problems).filteredOn(p -> p.severity() == LintSeverity.ERROR).isEmpty();
    }

    /**
     * The sample read as caption text with the show's four speakers, and speakers assigned to the speech
     * segments in a fixed pattern (two segments each in turn, every fifth left untagged, which continues the turn
     * before it as in the editor) so that labels, speaker changes and two-speaker cues all occur.
     */
    private static Transcript sample() throws IOException, FormatException {
        Transcript read = new CaptionTextFormat().read(resource(SAMPLE.substring(1)),
                ReadOptions.defaults("sample.txt").withSpeakers(List.of("Brian", "Kate", "Chris", "Skyler")))
                .transcript();
        List<Segment> segments = new ArrayList<>();
        int speech = 0;
        for (Segment s : read.segments()) {
            if (s.kind() == SegmentKind.SPEECH) {
                String speaker = speech % 5 == 4 ? null
                        : read.roster().speakers().get(speech / 2 % read.roster().size()).id();
                s = s.withSpeaker(speaker);
                speech++;
            }
            segments.add(s);
        }
        return read.withSegments(segments);
    }

    private static String resource(String name) throws IOException {
        String path = name.startsWith("org/") ? "/" + name : name;
        try (InputStream in = SampleLayoutGoldenTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
