package org.turnscript.formats.vtt;

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

class WebVttWriterTest {

    private final Roster roster = Roster.of(List.of("Kate", "Chris & Co"));
    private final WebVttFormat vtt = new WebVttFormat();

    private Transcript sample() {
        return of(roster,
                speech("s1", id(roster, "Kate"), 0, 300, "Hello there."),
                speech("s2", id(roster, "Kate"), 1000, 300, "Again."),
                sound("s3", 2000, 3000, "[Music]"),
                speech("s4", id(roster, "Chris & Co"), 3000, 400, "A<B & C>D"),
                speech("s5", null, 5000, 400, "Anyone?"));
    }

    @Test
    void writesVoiceSpansOnEveryCueWithTheLabelInside() {
        assertThat(vtt.write(sample(), ExportOptions.DEFAULTS)).isEqualTo("WEBVTT\n\n"
                + "00:00:00.000 --> 00:00:00.900\n<v Kate>Kate: Hello there.</v>\n\n"
                + "00:00:01.000 --> 00:00:01.833\n<v Kate>Again.</v>\n\n"
                + "00:00:02.000 --> 00:00:02.916\n[music]\n\n"
                + "00:00:03.000 --> 00:00:04.200\n<v Chris &amp; Co>Chris &amp; Co: A&lt;B &amp; C&gt;D</v>\n\n"
                + "00:00:05.000 --> 00:00:05.833\n<v Chris &amp; Co>Anyone?</v>\n\n"); // untagged: Chris goes on
    }

    @Test
    void wrapsMultiLineCuesInOneVoiceSpan() {
        Transcript t = of(roster, speech("s1", id(roster, "Kate"), 0, 100,
                "this sentence is long enough that it has to be broken over two lines"));
        String written = vtt.write(t, ExportOptions.DEFAULTS.withLabelStyle(SpeakerLabelStyle.NONE));
        // 67 characters at 20 cps stay up 3.35 s; no line ends on the conjunction "that"
        assertThat(written).isEqualTo("WEBVTT\n\n00:00:00.000 --> 00:00:03.350\n"
                + "<v Kate>this sentence is long enough that it\nhas to be broken over two lines</v>\n\n");
    }

    @Test
    void escapesChevronLabels() {
        Transcript t = of(roster, speech("s1", null, 0, 1000, "Hi."));
        assertThat(vtt.write(t, ExportOptions.DEFAULTS.withLabelStyle(SpeakerLabelStyle.CHEVRONS)))
                .contains("\n&gt;&gt; Hi.\n").doesNotContain(">>");
    }

    @Test
    void writesOnlyTheHeaderForAnEmptyTranscript() {
        assertThat(vtt.write(Transcript.empty(), ExportOptions.DEFAULTS)).isEqualTo("WEBVTT\n\n");
    }
}
