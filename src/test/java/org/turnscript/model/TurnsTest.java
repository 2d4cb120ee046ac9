package org.turnscript.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one rule of turns, on examples and against a plain reading of it over random paragraph runs. */
class TurnsTest {

    /** A paragraph as the editor has it: a speaker tag (or none) and a kind. */
    record Par(String speakerId, SegmentKind kind) {
    }

    static SpeakerSequence seq(List<Par> pars) {
        return new SpeakerSequence() {
            @Override
            public int size() {
                return pars.size();
            }

            @Override
            public String speakerId(int i) {
                return pars.get(i).speakerId();
            }

            @Override
            public SegmentKind kind(int i) {
                return pars.get(i).kind();
            }
        };
    }

    static Par speech(String id) {
        return new Par(id, SegmentKind.SPEECH);
    }

    static Par sound(String id) {
        return new Par(id, SegmentKind.NON_SPEECH);
    }

    @Test
    void untaggedSpeechContinuesTheLastTagAcrossSounds() {
        SpeakerSequence s = seq(List.of(speech(null), speech("K"), speech(null), sound(null), speech(null),
                sound("C"), speech("K"), speech("C"), speech(null)));

        assertThat(Turns.effectiveSpeakers(s)).containsExactly(null, "K", "K", null, "K", "C", "K", "C", "C");
        List<Boolean> starts = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            starts.add(Turns.startsTurn(s, i));
        }
        // the first speech starts a turn even untagged; sounds never do; K after the music is still K's turn
        assertThat(starts).containsExactly(true, true, false, false, false, false, false, true, false);
    }

    @Test
    void aSpeakerResumingAfterASoundDoesNotStartANewTurn() {
        SpeakerSequence s = seq(List.of(speech("K"), sound(null), speech("K")));

        assertThat(Turns.startsTurn(s, 2)).isFalse();
        assertThat(Turns.effectiveSpeaker(s, 1)).isNull();
    }

    @Test
    void spanAnswersForAWindowInTheMiddle() {
        SpeakerSequence s = seq(List.of(speech("K"), speech(null), speech(null), speech("C"), speech(null)));

        Turns.Span span = Turns.span(s, 2, 5);

        assertThat(span.covers(1)).isFalse();
        assertThat(span.effectiveSpeaker(2)).isEqualTo("K");
        assertThat(span.startsTurn(2)).isFalse();
        assertThat(span.startsTurn(3)).isTrue();
        assertThat(span.effectiveSpeaker(4)).isEqualTo("C");
    }

    @Test
    void resolveSpellsOutContinuedTurnsAndLeavesSoundsAlone() {
        Roster roster = Roster.of(List.of("Kate"));
        Transcript t = new Transcript(Metadata.EMPTY, roster, List.of(
                segment("s1", null, SegmentKind.SPEECH), segment("s2", "S1", SegmentKind.SPEECH),
                segment("s3", null, SegmentKind.NON_SPEECH), segment("s4", null, SegmentKind.SPEECH)));

        assertThat(Turns.resolve(t).segments()).extracting(Segment::speakerId).containsExactly(null, "S1", null, "S1");
        assertThat(Turns.keepStartsOnly(Turns.resolve(t))).isEqualTo(t);
    }

    @Property(tries = 300)
    void perParagraphAndSpanAnswersMatchThePlainRule(@ForAll("runs") List<Par> pars) {
        SpeakerSequence s = seq(pars);
        String[] all = Turns.effectiveSpeakers(s);
        for (int from = 0; from <= pars.size(); from++) {
            Turns.Span span = Turns.span(s, from, pars.size());
            for (int i = from; i < pars.size(); i++) {
                assertThat(span.effectiveSpeaker(i)).isEqualTo(plainSpeaker(pars, i)).isEqualTo(all[i]);
                assertThat(span.startsTurn(i)).isEqualTo(plainStartsTurn(pars, i));
            }
        }
        for (int i = 0; i < pars.size(); i++) {
            assertThat(Turns.effectiveSpeaker(s, i)).isEqualTo(plainSpeaker(pars, i));
            assertThat(Turns.startsTurn(s, i)).isEqualTo(plainStartsTurn(pars, i));
        }
    }

    @Provide
    Arbitrary<List<Par>> runs() {
        Arbitrary<String> speakers = Arbitraries.of("A", "B", "C").injectNull(0.5);
        Arbitrary<SegmentKind> kinds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(4, SegmentKind.SPEECH), net.jqwik.api.Tuple.of(1, SegmentKind.NON_SPEECH));
        return Combinators.combine(speakers, kinds).as(Par::new).list().ofMaxSize(14);
    }

    /** The rule read literally: walk back to the last tagged speech paragraph. */
    private static String plainSpeaker(List<Par> pars, int i) {
        Par own = pars.get(i);
        if (own.speakerId() != null || own.kind() != SegmentKind.SPEECH) {
            return own.speakerId();
        }
        for (int j = i - 1; j >= 0; j--) {
            if (pars.get(j).kind() == SegmentKind.SPEECH && pars.get(j).speakerId() != null) {
                return pars.get(j).speakerId();
            }
        }
        return null;
    }

    /** Speech whose speaker differs from the speech paragraph before it, or the first speech. */
    private static boolean plainStartsTurn(List<Par> pars, int i) {
        if (pars.get(i).kind() != SegmentKind.SPEECH) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            if (pars.get(j).kind() == SegmentKind.SPEECH) {
                return !Objects.equals(plainSpeaker(pars, j), plainSpeaker(pars, i));
            }
        }
        return true;
    }

    private static Segment segment(String id, String speakerId, SegmentKind kind) {
        return new Segment(id, speakerId, kind, List.of(Word.of(kind == SegmentKind.SPEECH ? "hi" : "[Music]")));
    }
}
