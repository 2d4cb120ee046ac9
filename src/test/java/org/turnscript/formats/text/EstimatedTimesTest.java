package org.turnscript.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** Markdown and text mark a turn's start time with {@code ~} when it is a guess, and only then. */
class EstimatedTimesTest {

    private static final Roster ROSTER = Roster.of(List.of("Kate", "Chris"));

    /** One segment whose words are one second apart, each with the given time source. */
    private static Segment seg(String id, String speaker, long start, TimeSource source, String... words) {
        List<Word> list = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            list.add(Word.timed(words[i], start + i * 1000L, start + i * 1000L + 900, source));
        }
        return new Segment(id, speaker, SegmentKind.SPEECH, list);
    }

    private static Transcript transcript(Segment... segments) {
        return new Transcript(Metadata.EMPTY, ROSTER, List.of(segments), List.of());
    }

    /** Kate's start was read from the captions, Chris's was spread over the duration. */
    private static final Transcript MEASURED_THEN_ESTIMATED = transcript(
            seg("s1", "S1", 754_000, TimeSource.MEASURED, "Hello", "there."),
            seg("s2", "S2", 3_725_000, TimeSource.ESTIMATED, "Fine,", "thanks."));

    @Test
    void markdownMarksOnlyTheEstimatedStart() {
        assertThat(new MarkdownFormat().write(MEASURED_THEN_ESTIMATED, ExportOptions.DEFAULTS)).isEqualTo(""
                + "**Kate** · 00:12:34\n\nHello there.\n\n"
                + "**Chris** · ~01:02:05\n\nFine, thanks.\n");
    }

    @Test
    void textMarksOnlyTheEstimatedStart() {
        assertThat(new PlainTextFormat().write(MEASURED_THEN_ESTIMATED, ExportOptions.DEFAULTS)).isEqualTo(""
                + "[00:12:34] Kate: Hello there.\n\n"
                + "[~01:02:05] Chris: Fine, thanks.\n");
    }

    @Test
    void anAnchoredStartIsAFactEvenAmongEstimatedWords() {
        List<Word> words = List.of(
                Word.timed("Right,", 5_000, 5_400, TimeSource.ANCHORED),
                Word.timed("so.", 5_500, 5_900, TimeSource.ESTIMATED));
        Transcript t = transcript(new Segment("s1", "S1", SegmentKind.SPEECH, words));

        assertThat(new PlainTextFormat().write(t, ExportOptions.DEFAULTS)).isEqualTo("[00:00:05] Kate: Right, so.\n");
        assertThat(new MarkdownFormat().write(t, ExportOptions.DEFAULTS))
                .isEqualTo("**Kate** · 00:00:05\n\nRight, so.\n");
    }

    @Test
    void anInterpolatedStartIsAGuessAndAnAlignedOneIsNot() {
        Transcript t = transcript(
                seg("s1", "S1", 1_000, TimeSource.INTERPOLATED, "typed", "in."),
                seg("s2", "S2", 9_000, TimeSource.ALIGNED, "From", "captions."));

        assertThat(new PlainTextFormat().write(t, ExportOptions.DEFAULTS)).isEqualTo(""
                + "[~00:00:01] Kate: typed in.\n\n"
                + "[00:00:09] Chris: From captions.\n");
    }

    @Test
    void aTurnWithoutTimesHasNoMark() {
        Transcript t = transcript(new Segment("s1", "S1", SegmentKind.SPEECH, List.of(Word.of("untimed"))));

        assertThat(new PlainTextFormat().write(t, ExportOptions.DEFAULTS)).isEqualTo("Kate: untimed\n");
        assertThat(new MarkdownFormat().write(t, ExportOptions.DEFAULTS)).isEqualTo("**Kate**\n\nuntimed\n");
    }
}
