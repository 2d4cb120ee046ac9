package org.turnscript.formats.chapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.json.PodcastChaptersFormat;
import org.turnscript.model.Chapter;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** The chapter files against their specifications (Podcasting 2.0 chapters 1.2.0, YouTube's rules, WebVTT). */
class ChapterFormatsTest {

    /** One segment per start time (ms), each one word of 1 s; the recording lasts {@code durationMs}. */
    static Transcript withChaptersAt(long durationMs, List<ChapterMark> marks, long... starts) {
        List<Segment> segments = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            segments.add(new Segment("s" + (i + 1), null, SegmentKind.SPEECH,
                    List.of(Word.timed("w" + i, starts[i], starts[i] + 1000, TimeSource.MEASURED))));
            chapters.add(new Chapter("s" + (i + 1), 0, marks.get(i)));
        }
        return new Transcript(Metadata.EMPTY.withDurationMs(durationMs), Roster.EMPTY, segments, chapters);
    }

    private static List<ChapterMark> titles(String... titles) {
        return java.util.Arrays.stream(titles).map(ChapterMark::titled).toList();
    }

    private static final Transcript SHOW = withChaptersAt(2_670_000,
            titles("Intro", "Follow-up: GPT-4o & <voice>", "Apple and OpenAI", "Finally: Llama 3"),
            0, 62_480, 905_000, 2_001_300);

    @Test
    void podcastingChaptersAreExactlyTheSpecificationsKeysInSecondsSorted() {
        String json = new PodcastChaptersFormat().write(SHOW, ExportOptions.DEFAULTS);
        assertThat(json).isEqualTo("""
                {
                  "version": "1.2.0",
                  "chapters": [
                    {
                      "startTime": 0,
                      "title": "Intro"
                    },
                    {
                      "startTime": 62.48,
                      "title": "Follow-up: GPT-4o & <voice>"
                    },
                    {
                      "startTime": 905,
                      "title": "Apple and OpenAI"
                    },
                    {
                      "startTime": 2001.3,
                      "title": "Finally: Llama 3"
                    }
                  ]
                }
                """);
    }

    @Test
    void podcastingChaptersWriteImageAndLinkOnlyWhenSet() {
        Transcript t = withChaptersAt(60_000, List.of(new ChapterMark("Intro", "https://x.org/a.jpg", null),
                new ChapterMark("Links", null, "https://x.org/notes")), 0, 30_000);
        String json = new PodcastChaptersFormat().write(t, ExportOptions.DEFAULTS);
        assertThat(json).contains("\"title\": \"Intro\",\n      \"img\": \"https://x.org/a.jpg\"\n")
                .contains("\"title\": \"Links\",\n      \"url\": \"https://x.org/notes\"\n")
                .doesNotContain("null");
    }

    @Test
    void youTubeListIsOneLinePerChapterFromZero() {
        YouTubeChaptersFormat format = new YouTubeChaptersFormat();
        assertThat(format.write(SHOW, ExportOptions.DEFAULTS)).isEqualTo("""
                0:00 Intro
                1:02 Follow-up: GPT-4o & <voice>
                15:05 Apple and OpenAI
                33:21 Finally: Llama 3
                """);
        assertThat(format.problems(SHOW, ExportOptions.DEFAULTS)).isEmpty();
    }

    @Test
    void youTubeListWritesHoursOnEveryLineOnceTheVideoReachesAnHour() {
        Transcript t = withChaptersAt(4_000_000, titles("Intro", "Middle", "Late"), 0, 600_000, 3_725_000);
        assertThat(new YouTubeChaptersFormat().write(t, ExportOptions.DEFAULTS))
                .isEqualTo("0:00:00 Intro\n0:10:00 Middle\n1:02:05 Late\n");
    }

    @Test
    void youTubeRulesSayWhichRuleIsBroken() {
        Transcript two = withChaptersAt(100_000, titles("Intro", "Topic"), 0, 50_000);
        assertThat(new YouTubeChaptersFormat().problems(two, ExportOptions.DEFAULTS))
                .containsExactly("YouTube needs at least 3 chapters; there are 2");
        Transcript late = withChaptersAt(100_000, titles("Intro", "Topic", "End"), 5_000, 50_000, 80_000);
        assertThat(new YouTubeChaptersFormat().problems(late, ExportOptions.DEFAULTS))
                .containsExactly("the first chapter (\"Intro\") must start at 0:00, not at 0:05");
        Transcript shortOne = withChaptersAt(100_000, titles("Intro", "Sting", "Topic"), 0, 40_000, 49_500);
        assertThat(new YouTubeChaptersFormat().problems(shortOne, ExportOptions.DEFAULTS))
                .containsExactly("chapter \"Sting\" at 0:40 lasts 9 s; YouTube needs at least 10 s");
        Transcript lastTooShort = withChaptersAt(95_000, titles("Intro", "Topic", "Outro"), 0, 40_000, 90_000);
        assertThat(new YouTubeChaptersFormat().problems(lastTooShort, ExportOptions.DEFAULTS))
                .containsExactly("chapter \"Outro\" at 1:30 lasts 5 s; YouTube needs at least 10 s");
    }

    @Test
    void vttChaptersRunToTheNextChapterAndTheLastToTheEnd() {
        assertThat(new VttChaptersFormat().write(SHOW, ExportOptions.DEFAULTS)).isEqualTo("""
                WEBVTT

                1
                00:00:00.000 --> 00:01:02.480
                Intro

                2
                00:01:02.480 --> 00:15:05.000
                Follow-up: GPT-4o &amp; &lt;voice&gt;

                3
                00:15:05.000 --> 00:33:21.300
                Apple and OpenAI

                4
                00:33:21.300 --> 00:44:30.000
                Finally: Llama 3
                """);
    }

    @Test
    void noChaptersGiveEmptyListsAndAnUntimedChapterIsRefused() {
        Transcript none = withChaptersAt(10_000, titles("a"), 0).withChapters(List.of());
        assertThat(new VttChaptersFormat().write(none, ExportOptions.DEFAULTS)).isEqualTo("WEBVTT\n");
        assertThat(new PodcastChaptersFormat().write(none, ExportOptions.DEFAULTS))
                .isEqualTo("{\n  \"version\": \"1.2.0\",\n  \"chapters\": []\n}\n");
        Transcript untimed = new Transcript(Metadata.EMPTY, Roster.EMPTY,
                List.of(new Segment("s1", null, SegmentKind.SPEECH, List.of(Word.of("hello")))),
                List.of(new Chapter("s1", 0, ChapterMark.titled("Intro"))));
        assertThatThrownBy(() -> new YouTubeChaptersFormat().write(untimed, ExportOptions.DEFAULTS))
                .hasMessageContaining("has no time");
    }
}
