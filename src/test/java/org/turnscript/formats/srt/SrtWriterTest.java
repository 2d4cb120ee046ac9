package org.turnscript.formats.srt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.turnscript.subtitles.TimedTranscripts.id;
import static org.turnscript.subtitles.TimedTranscripts.of;
import static org.turnscript.subtitles.TimedTranscripts.sound;
import static org.turnscript.subtitles.TimedTranscripts.speech;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Roster;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.SpeakerLabelStyle;

class SrtWriterTest {

    private final Roster roster = Roster.of(List.of("Kate", "Chris"));
    private final SrtFormat srt = new SrtFormat();

    private Transcript sample() {
        return of(roster,
                speech("s1", id(roster, "Kate"), 0, 300, "Hello there."),
                sound("s2", 1000, 3000, "[Music]"),
                speech("s3", id(roster, "Chris"), 3000, 400, "Fine, thanks."));
    }

    @Test
    void writesNumberedCrlfCuesWithLabels() {
        assertThat(srt.write(sample(), ExportOptions.DEFAULTS)).isEqualTo(""
                + "1\r\n00:00:00,000 --> 00:00:00,900\r\nKate: Hello there.\r\n\r\n"
                + "2\r\n00:00:01,000 --> 00:00:02,916\r\n[music]\r\n\r\n"
                + "3\r\n00:00:03,000 --> 00:00:04,000\r\nChris: Fine, thanks.\r\n\r\n");
    }

    @Test
    void leavesOutSoundsAndLabelsWhenAsked() {
        ExportOptions options = ExportOptions.DEFAULTS.withNonSpeech(false).withLabelStyle(SpeakerLabelStyle.NONE);
        assertThat(srt.write(sample(), options)).isEqualTo(""
                + "1\r\n00:00:00,000 --> 00:00:00,833\r\nHello there.\r\n\r\n"
                + "2\r\n00:00:03,000 --> 00:00:03,833\r\nFine, thanks.\r\n\r\n");
    }

    @Test
    void neverWritesAnArrowInText() {
        Transcript t = of(roster, speech("s1", null, 0, 500, "a --> b"));
        assertThat(srt.write(t, ExportOptions.DEFAULTS)).contains("a -> b").containsOnlyOnce("-->");
    }

    @Test
    void writesHoursMinutesSecondsAndMilliseconds() {
        assertThat(SrtTimestamps.format(3_723_004)).isEqualTo("01:02:03,004");
    }

    @Test
    void writesNothingForAnEmptyTranscript() {
        assertThat(srt.write(Transcript.empty(), ExportOptions.DEFAULTS)).isEmpty();
    }
}
