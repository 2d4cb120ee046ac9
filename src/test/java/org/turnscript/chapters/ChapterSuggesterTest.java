package org.turnscript.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.model.Chapter;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class ChapterSuggesterTest {

    private static Transcript sample() throws Exception {
        try (InputStream in = ChapterSuggesterTest.class.getResourceAsStream(
                "/org/turnscript/samples/mixture-of-experts-2024-05-31.txt")) {
            return ConversionService.standard().read(in.readAllBytes(), "sample.txt", ImportSettings.DEFAULTS)
                    .transcript();
        }
    }

    private static int indexOf(Transcript t, String phrase) {
        List<String> flat = new ArrayList<>();
        t.segments().forEach(s -> s.words().forEach(w -> flat.add(w.text().toLowerCase(Locale.ROOT))));
        String[] p = phrase.split(" ");
        for (int i = 0; i + p.length <= flat.size(); i++) {
            if (flat.subList(i, i + p.length).equals(List.of(p))) {
                return i;
            }
        }
        throw new AssertionError(phrase);
    }

    /**
     * Gold on the sample: the intro at the start, then the three topics, each started right after a music sting.
     * The agenda in the intro ("first we're going to…", "second…", "and then finally…") previews them and must
     * not be taken for them.
     */
    @Test
    void onTheSampleTheIntroAndTheThreeTopicStartsAreSuggestedAndNothingElse() throws Exception {
        Transcript t = sample();
        List<ChapterSuggestion> shown = ChapterSuggester.suggest(t, ChapterSuggester.DEFAULT_THRESHOLD);
        assertThat(shown).extracting(ChapterSuggestion::flatIndex).containsExactly(0,
                indexOf(t, "so thanks yall for being here"), indexOf(t, "last week anthropic released"),
                indexOf(t, "so also last week last week"));
        assertThat(shown).extracting(ChapterSuggestion::title).containsExactly("Intro", "AI overviews",
                "Anthropic released a novel version", "Another big week of announcements across");
        assertThat(shown.get(1).cue()).isEqualTo("[Music] between speech");
        // The agenda's ordinals are not suggested at any score.
        int agenda = indexOf(t, "second we're going to be talking");
        assertThat(ChapterSuggester.suggest(t)).noneMatch(s -> Math.abs(s.flatIndex() - agenda) < 10);
    }

    @Test
    void applyingKeepsChaptersAlreadyMarkedAndAddsTheRest() throws Exception {
        Transcript t = sample();
        Transcript marked = t.withChapters(List.of(new Chapter(t.segment(0).id(), 0, ChapterMark.titled("Cold open"))));
        Transcript applied = ChapterSuggester.apply(marked, ChapterSuggester.DEFAULT_THRESHOLD);
        assertThat(applied.chapters()).extracting(Chapter::title).containsExactly("Cold open", "AI overviews",
                "Anthropic released a novel version", "Another big week of announcements across");
        assertThat(applied.wordCount()).isEqualTo(t.wordCount());
    }

    private static Segment speech(String id, long start, String text) {
        List<Word> words = new ArrayList<>();
        long at = start;
        for (String w : text.split(" ")) {
            words.add(Word.timed(w, at, at + 300, TimeSource.MEASURED));
            at += 350;
        }
        return new Segment(id, null, SegmentKind.SPEECH, words);
    }

    private static String filler(int words, String vocabulary) {
        String[] v = vocabulary.split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(v[i % v.length]);
        }
        return sb.toString();
    }

    @Test
    void aLongMeasuredPauseSuggestsAChapterAndAnEstimatedOneDoesNot() {
        Segment a = speech("s1", 0, filler(300, "cats purr and sleep in warm sunny windows"));
        Segment b = speech("s2", 200_000, "now the weather " + filler(300, "rain clouds storms wind forecast tomorrow"));
        Transcript measured = new Transcript(Metadata.EMPTY, Roster.EMPTY, List.of(a, b));
        List<ChapterSuggestion> shown = ChapterSuggester.suggest(measured, ChapterSuggester.DEFAULT_THRESHOLD);
        assertThat(shown).hasSize(2);
        assertThat(shown.get(1).cue()).startsWith("pause of ");
        assertThat(shown.get(1).segmentIndex()).isEqualTo(1);
        assertThat(shown.get(1).score()).isGreaterThan(0.7); // the vocabulary changes there too

        Segment estimated = b.withWords(b.words().stream().map(w -> w.withTime(w.start(), w.end(),
                TimeSource.ESTIMATED)).toList());
        Transcript guessed = new Transcript(Metadata.EMPTY, Roster.EMPTY, List.of(a, estimated));
        assertThat(ChapterSuggester.suggest(guessed, ChapterSuggester.DEFAULT_THRESHOLD)).hasSize(1);
    }

    @Test
    void aStingAtTheVeryStartOrEndIsNotAChapterButOneInTheMiddleIs() {
        List<Word> words = new ArrayList<>();
        words.add(Word.of("[Music]").withFlag(WordFlag.SOUND_TAG, true));
        for (String w : filler(400, "welcome to the show about gardens").split(" ")) {
            words.add(Word.of(w));
        }
        words.add(Word.of("[Music]").withFlag(WordFlag.SOUND_TAG, true));
        for (String w : ("so let's get going " + filler(400, "tomatoes need sun water and patience")).split(" ")) {
            words.add(Word.of(w));
        }
        words.add(Word.of("[Music]").withFlag(WordFlag.SOUND_TAG, true));
        Transcript t = new Transcript(Metadata.EMPTY, Roster.EMPTY,
                List.of(new Segment("s1", null, SegmentKind.SPEECH, words)));
        List<ChapterSuggestion> shown = ChapterSuggester.suggest(t, ChapterSuggester.DEFAULT_THRESHOLD);
        assertThat(shown).extracting(ChapterSuggestion::flatIndex).containsExactly(0, 402);
        assertThat(shown.get(1).startMs()).isEqualTo(-1);
    }
}
