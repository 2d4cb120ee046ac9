package org.turnscript.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.turnscript.ui.stats.SmallTranscripts.CHRIS;
import static org.turnscript.ui.stats.SmallTranscripts.KATE;
import static org.turnscript.ui.stats.SmallTranscripts.speech;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

class TalkTimeTest {

    @Test
    void sumsSpeechTimePerSpeakerInRosterOrder() {
        List<TalkTime> times = TalkTime.of(SmallTranscripts.conversation());

        assertThat(times).extracting(TalkTime::name).containsExactly("Kate", "Chris", TalkTime.UNASSIGNED_NAME);
        assertThat(times).extracting(TalkTime::ms).containsExactly(2_000L, 3_000L, 2_000L);
    }

    @Test
    void sharesAreFractionsOfAllSpeechAndExcludeSounds() {
        List<TalkTime> times = TalkTime.of(SmallTranscripts.conversation());

        assertThat(times.get(0).share()).isCloseTo(2.0 / 7, within(1e-9));
        assertThat(times.get(1).share()).isCloseTo(3.0 / 7, within(1e-9));
        assertThat(times.stream().mapToDouble(TalkTime::share).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void unassignedSpeechIsListedLastWithNullId() {
        TalkTime last = TalkTime.of(SmallTranscripts.conversation()).get(2);

        assertThat(last.isUnassigned()).isTrue();
        assertThat(last.speakerId()).isNull();
    }

    @Test
    void silentSpeakerIsListedWithZero() {
        Roster roster = Roster.of(List.of("Kate", "Chris", "Skyler"));
        Transcript t = new Transcript(Metadata.EMPTY, roster, List.of(speech("s1", KATE, 0, 1_000, "hi"),
                speech("s2", CHRIS, 1_000, 1_500, "hello")));

        List<TalkTime> times = TalkTime.of(t);

        assertThat(times).hasSize(3);
        assertThat(times.get(2)).isEqualTo(new TalkTime("S3", "Skyler", 0, 0.0));
    }

    @Test
    void untimedSegmentsDoNotCount() {
        Transcript t = new Transcript(Metadata.EMPTY, SmallTranscripts.ROSTER, List.of(
                new org.turnscript.model.Segment("s1", KATE, org.turnscript.model.SegmentKind.SPEECH,
                        List.of(Word.of("untimed")))));

        List<TalkTime> times = TalkTime.of(t);

        assertThat(times).extracting(TalkTime::ms).containsExactly(0L, 0L);
        assertThat(times).extracting(TalkTime::share).containsExactly(0.0, 0.0);
    }
}
