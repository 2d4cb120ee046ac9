package org.turnscript.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Chapter;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** Markdown and text write a heading per chapter, before the paragraph the chapter opens. */
class ChapterHeadingsTest {

    private static Segment seg(String id, String speaker, long start, String... words) {
        java.util.List<Word> list = new java.util.ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            list.add(Word.timed(words[i], start + i * 1000L, start + i * 1000L + 900, TimeSource.MEASURED));
        }
        return new Segment(id, speaker, SegmentKind.SPEECH, list);
    }

    /** Brian speaks one segment; the second chapter starts in the middle of it. */
    private static final Transcript SHOW = new Transcript(Metadata.EMPTY, Roster.of(List.of("Brian", "Kate")),
            List.of(seg("s1", "S1", 0, "welcome", "back", "first", "follow", "up"),
                    seg("s2", "S2", 61_000, "thanks", "Brian")),
            List.of(new Chapter("s1", 0, ChapterMark.titled("Intro")),
                    new Chapter("s1", 2, ChapterMark.titled("Follow-up *news*"))));

    @Test
    void markdownWritesASecondLevelHeadingPerChapterAndSplitsTheTurnThere() {
        assertThat(new MarkdownFormat().write(SHOW, ExportOptions.DEFAULTS)).isEqualTo("""
                ## Intro

                **Brian** · 00:00:00

                welcome back

                ## Follow-up \\*news\\*

                **Brian** · 00:00:02

                first follow up

                **Kate** · 00:01:01

                thanks Brian
                """);
    }

    @Test
    void textUnderlinesEachChapterTitle() {
        assertThat(new PlainTextFormat().write(SHOW, ExportOptions.DEFAULTS)).isEqualTo("""
                Intro
                =====

                [00:00:00] Brian: welcome back

                Follow-up *news*
                ================

                [00:00:02] Brian: first follow up

                [00:01:01] Kate: thanks Brian
                """);
    }
}
