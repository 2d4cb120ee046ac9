package org.turnscript.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.audio.SyntheticVoices;
import org.turnscript.audio.SyntheticVoices.Voice;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.model.Speaker;
import org.turnscript.model.Transcript;

/** The voices found before anyone is confirmed: made-up voices, words timed as spoken, no pause at a change. */
class VoiceClustersTest {

    private static final Voice NEAR_LOW = SpokenTurns.NEAR_LOW;
    private static final int TURN = 40;

    private Transcript transcript;
    private VoiceFrames frames;

    /** Turns of {@value #TURN} words each, in these voices, the roster's speakers in this order. */
    private void speak(List<String> roster, Voice... turns) {
        SpokenTurns spoken = SpokenTurns.of(roster, TURN, turns);
        transcript = spoken.transcript();
        frames = spoken.frames();
    }

    private String id(String name) {
        return transcript.roster().byName(name).orElseThrow().id();
    }

    private VoiceClusters clusters() {
        WordStream ws = WordStream.of(transcript);
        List<Candidate> changes = new VoiceCues(frames, ws).find();
        return new VoiceClusters(frames, ws, changes, transcript.roster().speakers().stream().map(Speaker::id)
                .toList());
    }

    @Test
    void twoCloseVoicesThatNobodyConfirmedAreToldApart() {
        speak(List.of("Brian", "Kate"), SyntheticVoices.LOW, NEAR_LOW, SyntheticVoices.LOW, NEAR_LOW);

        VoiceClusters clusters = clusters();

        assertThat(clusters.voices()).isEqualTo(2);
        assertThat(clusters.speakerAt(10)).isEqualTo(id("Brian"));
        assertThat(clusters.speakerAt(50)).isEqualTo(id("Kate"));
        assertThat(clusters.speakerAt(90)).isEqualTo(id("Brian"));
        assertThat(clusters.speakerAt(130)).isEqualTo(id("Kate"));
        assertThat(clusters.changes(transcript.roster())).extracting(Candidate::word)
                .satisfiesExactly(w -> assertThat(w).isBetween(39, 41), w -> assertThat(w).isBetween(79, 81),
                        w -> assertThat(w).isBetween(119, 121));
    }

    @Test
    void theirTurnsAreAppliedWithTheSpeakerOfEachVoice() {
        speak(List.of("Brian", "Kate"), SyntheticVoices.LOW, NEAR_LOW, SyntheticVoices.LOW, NEAR_LOW);

        List<TurnSuggestion> applied = new TurnSuggester().withVoices(frames).toApply(transcript, 0.3);

        assertThat(applied).extracting(TurnSuggestion::speakerId)
                .containsExactly(id("Brian"), id("Kate"), id("Brian"), id("Kate"));
        assertThat(applied.get(2).word()).isBetween(79, 81);
        assertThat(applied.get(2).explanation()).startsWith("voice changes");
    }

    @Test
    void oneVoiceIsOneVoiceHoweverLongTheRoster() {
        speak(List.of("Brian", "Kate", "Skyler"), SyntheticVoices.LOW, SyntheticVoices.LOW, SyntheticVoices.LOW);

        VoiceClusters clusters = clusters();

        assertThat(clusters.voices()).isEqualTo(1);
        assertThat(clusters.changes(transcript.roster())).isEmpty();
    }

    @Test
    void aVoiceTheEditorConfirmedIsNamedWhereverItComesBack() {
        speak(List.of("Brian", "Kate"), NEAR_LOW, SyntheticVoices.LOW, NEAR_LOW, SyntheticVoices.LOW);
        // The editor says the first voice is Kate's, against the roster's order, and has not closed Brian's turn.
        transcript = transcript.speakerFrom(0, TURN, id("Brian"));
        transcript = transcript.speakerFrom(0, 0, id("Kate"));

        List<Candidate> changes = clusters().changes(transcript.roster());

        assertThat(changes).filteredOn(c -> c.word() > TURN + 3).satisfiesExactly(
                c -> {
                    assertThat(c.named()).isEqualTo(id("Kate"));
                    assertThat(c.detail()).isEqualTo("sounds like Kate");
                },
                c -> {
                    // Brian's voice is not confirmed yet: only that it is not Kate's is known.
                    assertThat(c.named()).isNull();
                    assertThat(c.notNamed()).isEqualTo(id("Kate"));
                    assertThat(c.detail()).isEqualTo("another voice");
                });
    }
}
