package org.turnscript.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.turnscript.ui.stats.SmallTranscripts.CHRIS;
import static org.turnscript.ui.stats.SmallTranscripts.KATE;
import static org.turnscript.ui.stats.SmallTranscripts.sound;
import static org.turnscript.ui.stats.SmallTranscripts.speech;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Metadata;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.ui.stats.Turns.Turn;

class TurnsTest {

    @Test
    void consecutiveSegmentsOfOneSpeakerAreOneTurnAndUntaggedSpeechContinuesItAcrossTheMusic() {
        List<Turn> turns = Turns.of(SmallTranscripts.conversation());

        assertThat(turns).containsExactly(
                new Turn(KATE, 1_000, 3_000, 0, 1),
                new Turn(CHRIS, 3_000, 10_000, 1, 4));
    }

    @Test
    void soundBetweenTwoSegmentsOfOneSpeakerDoesNotSplitTheTurn() {
        Transcript t = transcript(speech("s1", KATE, 0, 1_000, "before"), sound("s2", 1_000, 2_000),
                speech("s3", KATE, 2_000, 3_000, "after"));

        assertThat(Turns.of(t)).containsExactly(new Turn(KATE, 0, 3_000, 0, 3));
    }

    @Test
    void speechBeforeTheFirstTagIsATurnOfNobody() {
        Transcript t = transcript(speech("s1", null, 0, 1_000, "hello"), speech("s2", KATE, 1_000, 2_000, "hi"),
                sound("s3", 2_000, 3_000), speech("s4", CHRIS, 3_000, 4_000, "hey"));

        assertThat(Turns.of(t)).containsExactly(new Turn(null, 0, 1_000, 0, 1), new Turn(KATE, 1_000, 2_000, 1, 1),
                new Turn(CHRIS, 3_000, 4_000, 3, 1));
    }

    @Test
    void untimedSegmentIsSkippedWithoutBreakingTheTurn() {
        Segment untimed = new Segment("s2", KATE, SegmentKind.SPEECH, List.of(Word.of("typed")));
        Transcript t = transcript(speech("s1", KATE, 0, 1_000, "one"), untimed, speech("s3", KATE, 1_000, 2_000, "two"));

        assertThat(Turns.of(t)).containsExactly(new Turn(KATE, 0, 2_000, 0, 3));
    }

    @Test
    void emptyTranscriptHasNoTurns() {
        assertThat(Turns.of(Transcript.empty())).isEmpty();
    }

    @Test
    void indexAtFindsTheTurnCoveringATime() {
        List<Turn> turns = Turns.of(SmallTranscripts.conversation());

        assertThat(Turns.indexAt(turns, 1_000)).isZero();
        assertThat(Turns.indexAt(turns, 5_999)).isEqualTo(1);
        assertThat(Turns.indexAt(turns, 9_999)).isEqualTo(1);
        assertThat(Turns.indexAt(turns, 10_000)).isEqualTo(-1);
        assertThat(Turns.indexAt(turns, 500)).isEqualTo(-1);
    }

    private static Transcript transcript(Segment... segments) {
        return new Transcript(Metadata.EMPTY, SmallTranscripts.ROSTER, List.of(segments));
    }
}
