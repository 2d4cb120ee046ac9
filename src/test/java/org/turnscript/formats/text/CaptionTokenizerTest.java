package org.turnscript.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class CaptionTokenizerTest {

    private static List<Word> words(String text) {
        return CaptionTokenizer.paragraphs(text).stream().flatMap(List::stream).toList();
    }

    private static List<String> tagged(String text) {
        return words(text).stream().filter(Word::isSoundTag).map(Word::text).toList();
    }

    @Test
    void makesOneUntimedWordPerTokenSpelledAsFound() {
        assertThat(words("  Hello,\tworld  it's\u00a0me \n"))
                .extracting(Word::text).containsExactly("Hello,", "world", "it's", "me");
        assertThat(words("a b")).allSatisfy(w -> assertThat(w.isTimed()).isFalse());
    }

    @Test
    void flagsSingleTokenTags() {
        assertThat(tagged("to [Music] it [Applause] and [laughter], ok")).containsExactly(
                "[Music]", "[Applause]", "[laughter],");
    }

    @Test
    void flagsTagsSpreadOverSeveralTokens() {
        assertThat(tagged("hi [Music playing] there [ Music ] end"))
                .containsExactly("[Music", "playing]", "[", "Music", "]");
    }

    @Test
    void flagsMusicNotes() {
        assertThat(tagged("♪ la la ♪ (♪♪) done")).containsExactly("♪", "♪", "(♪♪)");
    }

    @Test
    void leavesGluedTagsAndStrayBracketsAsSpeech() {
        assertThat(tagged("[Music]it was [a test of a very long thing that never closes")).isEmpty();
        assertThat(tagged("an open [x bracket")).isEmpty();
    }

    @Test
    void startsAParagraphAtABlankLine() {
        assertThat(CaptionTokenizer.paragraphs("one two\nthree\n\nfour\r\n \r\nfive\rsix"))
                .extracting(p -> p.stream().map(Word::text).toList())
                .containsExactly(List.of("one", "two", "three"), List.of("four"), List.of("five", "six"));
    }

    @Test
    void marksTheWordAfterASpeakerChange() {
        List<Word> words = words(">> hi there >>Kate yes");
        assertThat(words).filteredOn(w -> w.has(WordFlag.SPEAKER_CHANGE_HINT))
                .extracting(Word::text).containsExactly("hi", ">>Kate");
    }
}
