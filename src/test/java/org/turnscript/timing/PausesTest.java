package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class PausesTest {

    private static final Roster TWO = Roster.of(List.of("Kate", "Chris"));

    private static Segment segment(String id, String speaker, String... texts) {
        return new Segment(id, speaker, SegmentKind.SPEECH, List.of(texts).stream().map(Word::of).toList());
    }

    private static List<Word> estimate(Segment... segments) {
        return DurationEstimatorTest.words(DurationEstimator.estimate(
                new Transcript(Metadata.EMPTY, TWO, List.of(segments)), 20_000));
    }

    private static long gapAfter(List<Word> words, int i) {
        return words.get(i + 1).start() - words.get(i).end();
    }

    @Test
    void estimateLeavesAPauseAfterASentenceAndAShorterOneAfterAClause() {
        List<Word> w = estimate(segment("s1", null, "well,", "we", "tried.", "it", "worked"));
        assertThat(gapAfter(w, 0)).isPositive();
        assertThat(gapAfter(w, 2)).isGreaterThan(gapAfter(w, 0));
        assertThat(gapAfter(w, 1)).isZero();
        assertThat(gapAfter(w, 3)).isZero();
        assertThat(w.get(4).end()).isEqualTo(20_000);
    }

    @Test
    void estimateLeavesTheLongestPauseWhereTheSpeakerChanges() {
        String kate = TWO.speakers().get(0).id();
        String chris = TWO.speakers().get(1).id();
        List<Word> w = estimate(segment("s1", kate, "so", "we", "went"), segment("s2", null, "and", "then"),
                segment("s3", chris, "right", "yes"));
        // s2 continues Kate's turn: a segment boundary alone is no pause (imports cut text at a bounded length).
        assertThat(gapAfter(w, 2)).isZero();
        assertThat(gapAfter(w, 4)).isPositive();
    }

    @Test
    void treatsASpeakerChangeHintAsATurn() {
        Segment s = new Segment("s1", null, SegmentKind.SPEECH, List.of(Word.of("so"), Word.of("we"),
                Word.of("right").withFlag(WordFlag.SPEAKER_CHANGE_HINT, true), Word.of("yes")));
        List<Word> w = estimate(s);
        assertThat(gapAfter(w, 1)).isGreaterThan(gapAfter(w, 0)).isGreaterThan(gapAfter(w, 2));
        assertThat(Pauses.after(s, 1, null)).isEqualTo(Pauses.TURN);
    }

    @Test
    void estimateGivesInlineSoundDescriptionsTheTimeOfASoundTag() {
        List<Word> w = estimate(segment("s1", null, "(laughs)", "that", "was", "funny"));
        assertThat(w.get(0).end() - w.get(0).start()).isEqualTo(DurationEstimator.SOUND_TAG_MS);
    }

    @Test
    void readsSentenceAndClauseEndsThroughClosingQuotes() {
        assertThat(Pauses.punctuationPause("no.\"")).isEqualTo(Pauses.SENTENCE);
        assertThat(Pauses.punctuationPause("why?")).isEqualTo(Pauses.SENTENCE);
        assertThat(Pauses.punctuationPause("so,")).isEqualTo(Pauses.CLAUSE);
        assertThat(Pauses.punctuationPause("--")).isEqualTo(Pauses.CLAUSE);
        assertThat(Pauses.punctuationPause("11.8%")).isZero();
        assertThat(Pauses.punctuationPause("\"")).isZero();
    }

    @Test
    void noPauseAfterTheLastWord() {
        Segment s = segment("s1", null, "the", "end.");
        assertThat(Pauses.after(s, 1, null)).isZero();
    }
}
