package org.turnscript.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.turnscript.subtitles.TimedTranscripts.id;
import static org.turnscript.subtitles.TimedTranscripts.of;
import static org.turnscript.subtitles.TimedTranscripts.sound;
import static org.turnscript.subtitles.TimedTranscripts.speech;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class PlainTextFormatTest {

    static final Roster ROSTER = Roster.of(List.of("Kate", "Chris"));

    /** Kate twice in a row (one turn), a sound, Chris, then an untagged segment that continues Chris's turn. */
    static Transcript sample() {
        return of(ROSTER,
                speech("s1", id(ROSTER, "Kate"), 754_000, 300, "Hello there."),
                speech("s2", id(ROSTER, "Kate"), 756_000, 300, "How are you?"),
                sound("s3", 760_000, 770_000, "[Music]"),
                speech("s4", id(ROSTER, "Chris"), 3_725_000, 300, "Fine, thanks."),
                speech("s5", null, 3_730_000, 300, "Anyone?"));
    }

    private final PlainTextFormat txt = new PlainTextFormat();

    @Test
    void writesOneParagraphPerTurnWithTimeAndName() {
        assertThat(txt.write(sample(), ExportOptions.DEFAULTS)).isEqualTo(""
                + "[00:12:34] Kate: Hello there. How are you?\n\n"
                + "[00:12:40] [Music]\n\n"
                + "[01:02:05] Chris: Fine, thanks. Anyone?\n");
    }

    @Test
    void leavesOutSoundsWhenAskedAndKeepsTurnsApart() {
        assertThat(txt.write(sample(), ExportOptions.DEFAULTS.withNonSpeech(false)))
                .contains("How are you?\n\n[01:02:05] Chris:").doesNotContain("[Music]");
    }

    @Test
    void aSoundShownInATurnInterruptsItAndALeftOutOneDoesNot() {
        Transcript t = of(ROSTER,
                speech("s1", id(ROSTER, "Kate"), 1_000, 300, "Before the jingle."),
                sound("s2", 2_000, 3_000, "[Music]"),
                speech("s3", null, 4_000, 300, "After it."));

        assertThat(txt.write(t, ExportOptions.DEFAULTS)).isEqualTo(""
                + "[00:00:01] Kate: Before the jingle.\n\n"
                + "[00:00:02] [Music]\n\n"
                + "[00:00:04] Kate: After it.\n");
        assertThat(txt.write(t, ExportOptions.DEFAULTS.withNonSpeech(false)))
                .isEqualTo("[00:00:01] Kate: Before the jingle. After it.\n");
    }

    @Test
    void speechBeforeTheFirstTagHasNoName() {
        Transcript t = of(ROSTER,
                speech("s1", null, 1_000, 300, "Welcome."),
                speech("s2", id(ROSTER, "Kate"), 2_000, 300, "Thanks."));

        assertThat(txt.write(t, ExportOptions.DEFAULTS))
                .isEqualTo("[00:00:01] Welcome.\n\n[00:00:02] Kate: Thanks.\n");
    }

    @Test
    void writesTheCleanedTextAndNoTimeForUntimedWords() {
        Segment untimed = new Segment("s1", id(ROSTER, "Kate"), SegmentKind.SPEECH, List.of(
                Word.of("so"), Word.of("um").withFlag(WordFlag.DROPPED, true), Word.of("yes")));
        assertThat(txt.write(of(ROSTER, untimed), ExportOptions.DEFAULTS)).isEqualTo("Kate: so yes\n");
    }

    @Test
    void isWriteOnly() {
        assertThat(txt.canRead()).isFalse();
        assertThat(txt.canWrite()).isTrue();
        assertThat(txt.id()).isEqualTo("txt");
        assertThat(txt.extensions()).containsExactly("txt");
    }
}
