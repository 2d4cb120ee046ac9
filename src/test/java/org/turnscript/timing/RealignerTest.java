package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class RealignerTest {

    /** "we tested for a hundred days", one word a second from 10 s, measured. */
    private static List<Word> sentence() {
        String[] texts = {"we", "tested", "for", "a", "hundred", "days"};
        Word[] words = new Word[texts.length];
        for (int i = 0; i < texts.length; i++) {
            words[i] = Word.timed(texts[i], 10_000 + i * 1000L, 10_900 + i * 1000L, TimeSource.MEASURED);
        }
        return List.of(words);
    }

    @Test
    void matchedWordsKeepTimesSourcesOriginalsAndFlags() {
        Word filler = new Word("um", "umm", 0, 500, TimeSource.MEASURED,
                WordFlag.FILLER.bit() | WordFlag.DROPPED.bit());
        Word tested = Word.timed("tested", 500, 900, TimeSource.ESTIMATED);
        List<Word> after = Realigner.realign(List.of(filler, tested), List.of("um", "tested", "it"));
        assertThat(after.get(0)).isEqualTo(filler);
        assertThat(after.get(1)).isEqualTo(tested);
        assertThat(after.get(2).source()).isEqualTo(TimeSource.INTERPOLATED);
    }

    @Test
    void caseAndPunctuationChangesKeepTheWord() {
        List<Word> after = Realigner.realign(sentence(), List.of("We", "tested", "for", "a", "hundred", "days."));
        assertThat(after).extracting(Word::text).containsExactly("We", "tested", "for", "a", "hundred", "days.");
        assertThat(after).extracting(Word::start).containsExactlyElementsOf(
                sentence().stream().map(Word::start).toList());
        assertThat(after.get(0).original()).isEqualTo("we");
        assertThat(after).allMatch(w -> w.source() == TimeSource.MEASURED);
    }

    @Test
    void replacedWordsKeepTheTimesOfTheWordsTheyReplace() {
        List<Word> after = Realigner.realign(sentence(), List.of("we", "tested", "for", "167", "days"));
        // "a hundred" → "167" is a change of two words into one: "167" is interpolated over their time.
        assertThat(after.get(3).text()).isEqualTo("167");
        assertThat(after.get(3).source()).isEqualTo(TimeSource.INTERPOLATED);
        assertThat(after.get(3).start()).isEqualTo(12_900);
        assertThat(after.get(3).end()).isEqualTo(15_000);

        List<Word> oneForOne = Realigner.realign(sentence(), List.of("we", "tasted", "for", "a", "hundred", "days"));
        assertThat(oneForOne.get(1).text()).isEqualTo("tasted");
        assertThat(oneForOne.get(1).original()).isEqualTo("tested");
        assertThat(oneForOne.get(1).start()).isEqualTo(11_000);
        assertThat(oneForOne.get(1).end()).isEqualTo(11_900);
        assertThat(oneForOne.get(1).source()).isEqualTo(TimeSource.MEASURED);
    }

    @Test
    void replacedWordShedsTheCleanupMarksOfTheOldText() {
        Word um = new Word("um", "um", 0, 400, TimeSource.MEASURED,
                WordFlag.FILLER.bit() | WordFlag.DROPPED.bit() | WordFlag.SPEAKER_CHANGE_HINT.bit());
        Word after = Realigner.realign(List.of(um), List.of("well")).get(0);
        assertThat(after.flagSet()).containsExactly(WordFlag.SPEAKER_CHANGE_HINT);
        assertThat(after.start()).isZero();
        assertThat(after.end()).isEqualTo(400);
    }

    @Test
    void insertedWordsAreInterpolatedBetweenTheirNeighboursByLength() {
        List<Word> after = Realigner.realign(sentence(),
                List.of("we", "tested", "it", "thoroughly", "for", "a", "hundred", "days"));
        Word it = after.get(2);
        Word thoroughly = after.get(3);
        assertThat(it.source()).isEqualTo(TimeSource.INTERPOLATED);
        assertThat(it.start()).isEqualTo(11_900);
        assertThat(thoroughly.end()).isEqualTo(12_000);
        assertThat(thoroughly.end() - thoroughly.start()).isGreaterThan(it.end() - it.start());
        assertThat(after.get(4)).isEqualTo(sentence().get(2));
    }

    @Test
    void deletedWordsDisappearAndLendTheirTimeToWordsInsertedThere() {
        List<Word> after = Realigner.realign(sentence(), List.of("we", "tested", "days"));
        assertThat(after).containsExactly(sentence().get(0), sentence().get(1), sentence().get(5));
    }

    @Test
    void wordsTypedAtTheEndStayInsideTheSegmentUnlessGivenRoom() {
        List<String> edited = List.of("we", "tested", "for", "a", "hundred", "days", "straight");
        Word tight = Realigner.realign(sentence(), edited).get(6);
        assertThat(tight.start()).isEqualTo(15_900);
        assertThat(tight.end()).isEqualTo(15_900);
        Word roomy = Realigner.realign(sentence(), edited, 17_000).get(6);
        assertThat(roomy.start()).isEqualTo(15_900);
        assertThat(roomy.end()).isEqualTo(17_000);
        Word leading = Realigner.realign(sentence(), List.of("so", "we", "tested", "for", "a", "hundred", "days"))
                .get(0);
        assertThat(leading.start()).isEqualTo(10_000);
        assertThat(leading.end()).isEqualTo(10_000);
    }

    @Test
    void untimedWordsStayUntimedForTheTranscriptWideFiller() {
        List<Word> after = Realigner.realign(List.of(Word.of("hello"), Word.of("there")),
                List.of("hello", "out", "there"));
        assertThat(after).noneMatch(Word::isTimed);
        assertThat(after).extracting(Word::text).containsExactly("hello", "out", "there");
    }

    @Test
    void realignsASegmentFromItsEditedText() {
        Segment s = new Segment("s4", "spk1", SegmentKind.SPEECH, sentence());
        Segment edited = Realigner.realign(s, "  We tested   for a hundred days. ");
        assertThat(edited.id()).isEqualTo("s4");
        assertThat(edited.speakerId()).isEqualTo("spk1");
        assertThat(edited.body()).isEqualTo("We tested for a hundred days.");
        assertThat(edited.start()).isEqualTo(10_000);
        assertThat(edited.end()).isEqualTo(15_900);
        assertThatThrownBy(() -> Realigner.realign(s, "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s4");
    }

    @Test
    void comparesWithoutCaseAndPunctuation() {
        assertThat(Realigner.key("Hello,")).isEqualTo("hello");
        assertThat(Realigner.key("don't")).isEqualTo("dont");
        assertThat(Realigner.key("--")).isEqualTo("--");
    }
}
