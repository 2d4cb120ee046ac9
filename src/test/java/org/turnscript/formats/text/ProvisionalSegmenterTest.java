package org.turnscript.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Word;

class ProvisionalSegmenterTest {

    private static List<Word> words(String text) {
        return CaptionTokenizer.paragraphs(text).stream().flatMap(List::stream).toList();
    }

    private static String filler(int n) {
        return String.join(" ", Collections.nCopies(n, "blah"));
    }

    private static List<Integer> sizes(List<Segment> segments) {
        return segments.stream().map(s -> s.words().size()).toList();
    }

    @Test
    void keepsAShortRunWhole() {
        List<Segment> segments = ProvisionalSegmenter.segment(words(filler(40)));
        assertThat(sizes(segments)).containsExactly(40);
        assertThat(segments.get(0).id()).isEqualTo("s1");
        assertThat(segments.get(0).kind()).isEqualTo(SegmentKind.SPEECH);
        assertThat(segments.get(0).speakerId()).isNull();
    }

    @Test
    void cutsAtFortyWordsWhenThereIsNoClue() {
        assertThat(sizes(ProvisionalSegmenter.segment(words(filler(100))))).containsExactly(40, 40, 20);
    }

    @Test
    void neverLeavesAShortTail() {
        assertThat(sizes(ProvisionalSegmenter.segment(words(filler(45))))).containsExactly(25, 20);
    }

    @Test
    void cutsBeforeADiscourseMarkerInsteadOfAtForty() {
        String text = filler(27) + " so " + filler(30);
        List<Segment> segments = ProvisionalSegmenter.segment(words(text));
        assertThat(sizes(segments)).containsExactly(27, 31);
        assertThat(segments.get(1).words().get(0).text()).isEqualTo("so");
    }

    @Test
    void prefersAStrongMarkerOverAWeakOne() {
        String text = filler(22) + " okay " + filler(10) + " I " + filler(30);
        List<Segment> segments = ProvisionalSegmenter.segment(words(text));
        assertThat(segments.get(1).words().get(0).text()).isEqualTo("okay");
    }

    @Test
    void doesNotCutAfterAWordThatCannotEndASentence() {
        String text = filler(25) + " and I " + filler(30);
        List<Segment> segments = ProvisionalSegmenter.segment(words(text));
        assertThat(segments.get(1).words().get(0).text()).isEqualTo("and");
    }

    @Test
    void recognisesYouKnow() {
        String text = filler(24) + " you know " + filler(30);
        List<Segment> segments = ProvisionalSegmenter.segment(words(text));
        assertThat(segments.get(1).words().get(0).text()).isEqualTo("you");
    }

    @Test
    void prefersSentencePunctuationWhenThereIsSome() {
        String text = filler(23) + " end. " + filler(5) + " so " + filler(30);
        List<Segment> segments = ProvisionalSegmenter.segment(words(text));
        assertThat(segments.get(0).words()).last().extracting(Word::text).isEqualTo("end.");
    }

    @Test
    void givesSoundTagsSegmentsOfTheirOwn() {
        List<Segment> segments = ProvisionalSegmenter.segment(words("[Music] hello there to [Music] [Applause] bye"));
        assertThat(segments).extracting(Segment::kind).containsExactly(SegmentKind.NON_SPEECH, SegmentKind.SPEECH,
                SegmentKind.NON_SPEECH, SegmentKind.SPEECH);
        assertThat(segments).extracting(Segment::originalBody)
                .containsExactly("[Music]", "hello there to", "[Music] [Applause]", "bye");
        assertThat(segments).extracting(Segment::id).containsExactly("s1", "s2", "s3", "s4");
    }

    @Test
    void cutsBeforeASpeakerChangeMark() {
        List<Segment> segments = ProvisionalSegmenter.segment(words("hi there >> hello back >>Kate yes"));
        assertThat(segments).extracting(Segment::originalBody)
                .containsExactly("hi there", ">> hello back", ">>Kate yes");
    }

    @Test
    void neverJoinsParagraphs() {
        List<Segment> segments = ProvisionalSegmenter.segmentParagraphs(
                CaptionTokenizer.paragraphs("one two\n\nthree four"));
        assertThat(segments).extracting(Segment::originalBody).containsExactly("one two", "three four");
    }

    @Test
    void makesNothingOfNothing() {
        assertThat(ProvisionalSegmenter.segment(List.of())).isEmpty();
        assertThat(ProvisionalSegmenter.segmentParagraphs(new ArrayList<>())).isEmpty();
    }

    @Test
    void cutsTheSampleMostlyBeforeDiscourseMarkers() {
        List<Segment> segments = ProvisionalSegmenter.segment(words(SampleFixture.captionLine()));
        int softCuts = 0;
        int cutsAtMarkers = 0;
        for (int i = 1; i < segments.size(); i++) {
            Segment before = segments.get(i - 1);
            Segment after = segments.get(i);
            if (before.kind() == SegmentKind.SPEECH && after.kind() == SegmentKind.SPEECH) {
                softCuts++;
                List<Word> pair = new ArrayList<>(before.words());
                pair.addAll(after.words());
                if (ProvisionalSegmenter.boundaryScore(pair, before.words().size()) > 0) {
                    cutsAtMarkers++;
                }
            }
        }
        assertThat(softCuts).isGreaterThan(200);
        assertThat(cutsAtMarkers).isGreaterThanOrEqualTo(softCuts * 95 / 100);
    }

    @Test
    void keepsAHesitationWithTheWordsBeforeIt() {
        String text = filler(25) + " would be taken verb um and placed in " + filler(30);
        List<Segment> segments = ProvisionalSegmenter.segment(words(text));
        assertThat(segments.get(0).body()).endsWith("taken verb um");
        assertThat(segments.get(1).body()).startsWith("and placed");
    }

    @Test
    void neverCutsBeforeIThinkInTheMiddleOfAPhrase() {
        String text = filler(24) + " where like chill I think calls for like 20 to one " + filler(30);
        List<Segment> segments = ProvisionalSegmenter.segment(words(text));
        assertThat(segments).noneSatisfy(s -> assertThat(s.body()).startsWith("I think"));
    }

    @Test
    void prefersAPauseInRealTimesToADiscourseMarker() {
        List<Word> timed = new ArrayList<>();
        long t = 0;
        List<Word> plain = words(filler(26) + " " + filler(6) + " so " + filler(30));
        for (int i = 0; i < plain.size(); i++) {
            if (i == 26) {
                t += 700; // a pause after the 26th word
            }
            timed.add(Word.timed(plain.get(i).text(), t, t + 250, org.turnscript.model.TimeSource.MEASURED));
            t += 250;
        }
        assertThat(sizes(ProvisionalSegmenter.segment(timed)).get(0)).isEqualTo(26);
        // estimated times are no evidence of a pause: the marker wins
        List<Word> estimated = timed.stream().map(w -> w.withTime(w.start(), w.end(),
                org.turnscript.model.TimeSource.ESTIMATED)).toList();
        assertThat(sizes(ProvisionalSegmenter.segment(estimated)).get(0)).isEqualTo(32);
    }

    @Test
    void theSampleHasNoSegmentOpeningWithAHesitationOrAnAside() {
        List<Segment> segments = ProvisionalSegmenter.segment(words(SampleFixture.captionLine()));
        for (int i = 1; i < segments.size(); i++) {
            String body = segments.get(i).body();
            assertThat(body).doesNotStartWith("um ").doesNotStartWith("uh ").doesNotStartWith("I think ");
        }
        String joined = String.join(" | ", segments.stream().map(Segment::body).toList());
        assertThat(joined).contains("taken verb um").contains("chill I think calls for");
    }

    /** The phrase of the sample around the first {@code count} cuts: the two words before each and two after. */
    private static List<String> phrasesAcrossCuts(List<Segment> segments, int count) {
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i + 1 < segments.size() && phrases.size() < count; i++) {
            List<Word> before = segments.get(i).words();
            List<Word> after = segments.get(i + 1).words();
            if (segments.get(i).kind() == SegmentKind.SPEECH && segments.get(i + 1).kind() == SegmentKind.SPEECH
                    && before.size() >= 2 && after.size() >= 2) {
                phrases.add(before.get(before.size() - 2).text() + " " + before.get(before.size() - 1).text() + " "
                        + after.get(0).text() + " " + after.get(1).text());
            }
        }
        return phrases;
    }

    @Test
    void neverCutsInsideAGlossaryPhraseOnTheSample() {
        List<Word> sample = words(SampleFixture.captionLine());
        List<Segment> plain = ProvisionalSegmenter.segment(sample);
        List<String> phrases = new ArrayList<>(phrasesAcrossCuts(plain, 12));
        phrases.add("chill I think calls for");
        phrases.add("taken verb um");
        assertThat(phrases).hasSize(14);

        List<Segment> kept = ProvisionalSegmenter.segmentParagraphs(List.of(sample), phrases);
        String joined = " " + String.join(" | ", kept.stream().map(Segment::body).toList()) + " ";
        for (String phrase : phrases) {
            assertThat(joined).as(phrase).contains(" " + phrase + " ");
        }
        assertThat(kept.stream().mapToInt(s -> s.words().size()).sum()).isEqualTo(sample.size());
        assertThat(kept).allSatisfy(s -> assertThat(s.words().size()).isBetween(1, ProvisionalSegmenter.MAX_WORDS));
        // the phrases change those cuts only: the segmentation is otherwise that of the sample without a glossary
        assertThat(kept.size()).isBetween(plain.size() - 2, plain.size() + 2);
    }

    @Test
    void aPhraseMatchesPastAHesitationItDoesNotNameAndAPhraseTooLongToAvoidIsStillCut() {
        String text = filler(37) + " Tim uh Wong said " + filler(30);
        List<Segment> plain = ProvisionalSegmenter.segment(words(text));
        List<Segment> kept = ProvisionalSegmenter.segmentParagraphs(List.of(words(text)), List.of("Tim Wong"));
        assertThat(String.join(" | ", kept.stream().map(Segment::body).toList())).contains("Tim uh Wong");
        assertThat(String.join(" | ", plain.stream().map(Segment::body).toList())).doesNotContain("Tim uh Wong");
        String longPhrase = filler(60);
        List<Segment> forced = ProvisionalSegmenter.segmentParagraphs(List.of(words(longPhrase)), List.of(longPhrase));
        assertThat(forced).allSatisfy(s -> assertThat(s.words().size()).isLessThanOrEqualTo(
                ProvisionalSegmenter.MAX_WORDS));
    }
}
