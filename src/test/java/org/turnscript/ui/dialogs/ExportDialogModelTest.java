package org.turnscript.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.convert.ConversionService;
import org.turnscript.formats.TranscriptFormat;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.SpeakerLabelStyle;
import org.turnscript.ui.stats.SmallTranscripts;

class ExportDialogModelTest {

    private final ConversionService service = ConversionService.standard();
    private final ExportDialogModel model = ExportDialogModel.withDefaults(service, SmallTranscripts.conversation());

    @Test
    void offersEveryWriter() {
        assertThat(model.writers()).extracting(TranscriptFormat::id)
                .containsExactly("json", "podcast-json", "srt", "vtt", "txt", "md", "chapters-json", "youtube-chapters",
                        "vtt-chapters");
    }

    @Test
    void srtPreviewShowsCueTimesAndNameLabels() {
        model.setFormatId("srt");
        model.setLabelStyle(SpeakerLabelStyle.NAME);

        assertThat(model.previewText()).startsWith("1\n00:00:01,000 --> ").contains("Kate: ");
    }

    @Test
    void labelStyleChangesThePreview() {
        model.setFormatId("srt");
        model.setLabelStyle(SpeakerLabelStyle.UPPER);

        assertThat(model.previewText()).contains("KATE: ").doesNotContain("Kate: ");
    }

    @Test
    void profileChoiceReachesTheExport() {
        model.setFormatId("srt");
        model.setProfile(org.turnscript.subtitles.SubtitleProfiles.WEB);
        assertThat(model.options().profile().id()).isEqualTo("web");
        assertThat(model.previewText().lines().filter(l -> !l.contains("-->") && !l.matches("\\d+")))
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(32));
    }

    @Test
    void soundTagsCanBeLeftOut() {
        model.setFormatId("txt");
        model.setIncludeSoundTags(true);
        String with = model.previewText();
        model.setIncludeSoundTags(false);

        assertThat(with).contains("[Music]");
        assertThat(model.previewText()).doesNotContain("[Music]");
    }

    @Test
    void previewIsLimitedToFortyLines() {
        List<Segment> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(SmallTranscripts.speech("s" + (i + 1), SmallTranscripts.KATE, i * 2_000L, i * 2_000L + 1_500,
                    "sentence number " + i));
        }
        Transcript big = SmallTranscripts.conversation().withSegments(many);
        ExportDialogModel bigModel = ExportDialogModel.withDefaults(service, big);

        String preview = bigModel.previewText();

        assertThat(preview.lines().count()).isEqualTo(ExportDialogModel.PREVIEW_LINES + 1);
        assertThat(preview).endsWith("…");
    }

    @Test
    void fileNameUsesTheFormatsFirstExtension() {
        model.setFormatId("json");
        assertThat(model.fileName("talk")).isEqualTo("talk.turnscript.json");
        model.setFormatId("vtt");
        assertThat(model.fileName("talk")).isEqualTo("talk.vtt");
    }

    @Test
    void withExtensionReplacesTheLongestKnownEnding() {
        model.setFormatId("md");

        assertThat(model.withExtension(Path.of("/tmp/talk.turnscript.json"))).isEqualTo(Path.of("/tmp/talk.md"));
        assertThat(model.withExtension(Path.of("/tmp/talk.srt"))).isEqualTo(Path.of("/tmp/talk.md"));
        assertThat(model.withExtension(Path.of("/tmp/talk.final"))).isEqualTo(Path.of("/tmp/talk.final.md"));
    }

    @Test
    void requestCarriesTheSettings() {
        model.setFormatId("vtt");
        model.setLabelStyle(SpeakerLabelStyle.BRACKET);
        model.setIncludeSoundTags(false);

        ExportRequest request = model.request(Path.of("out.vtt"));

        assertThat(request.formatId()).isEqualTo("vtt");
        assertThat(request.options().labelStyle()).isEqualTo(SpeakerLabelStyle.BRACKET);
        assertThat(request.options().includeNonSpeech()).isFalse();
    }

    @Test
    void examplesShowEachLabelForKate() {
        assertThat(ExportDialogModel.example(SpeakerLabelStyle.NAME)).isEqualTo("Kate: ");
        assertThat(ExportDialogModel.example(SpeakerLabelStyle.UPPER)).isEqualTo("KATE: ");
        assertThat(ExportDialogModel.example(SpeakerLabelStyle.BRACKET)).isEqualTo("[Kate] ");
        assertThat(ExportDialogModel.example(SpeakerLabelStyle.DASH)).isEqualTo("- ");
        assertThat(ExportDialogModel.example(SpeakerLabelStyle.CHEVRONS)).isEqualTo(">> ");
        assertThat(ExportDialogModel.example(SpeakerLabelStyle.NONE)).isEqualTo("none");
    }

    @Test
    void subtitlesOfMostlyEstimatedTimesWarnAndOtherExportsDoNot() {
        Transcript timed = SmallTranscripts.conversation();
        List<Segment> untimed = new ArrayList<>();
        for (Segment s : timed.segments()) {
            untimed.add(s.withWords(s.words().stream().map(org.turnscript.model.Word::withoutTime).toList()));
        }
        Transcript estimated = org.turnscript.timing.DurationEstimator.estimate(timed.withSegments(untimed), 60_000);
        ExportDialogModel guessed = ExportDialogModel.withDefaults(service, estimated);

        assertThat(guessed.timingWarning()).contains(org.turnscript.timing.TimingQuality.MOSTLY_ESTIMATED_WARNING);
        guessed.setFormatId("vtt");
        assertThat(guessed.timingWarning()).isNotEmpty();
        guessed.setFormatId("json");
        assertThat(guessed.timingWarning()).isEmpty();
        assertThat(model.timingWarning()).as("measured times").isEmpty();
    }
}
