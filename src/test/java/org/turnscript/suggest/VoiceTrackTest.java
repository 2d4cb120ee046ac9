package org.turnscript.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.audio.SyntheticVoices;
import org.turnscript.audio.SyntheticVoices.Voice;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.model.Transcript;

/** Voices learnt from the editor's confirmed turns: made-up voices, words timed as spoken, no pause at a change. */
class VoiceTrackTest {

    private static final Voice NEAR_LOW = SpokenTurns.NEAR_LOW;

    private Transcript transcript;
    private VoiceFrames frames;

    /** Turns of 30 words each, in these voices. */
    private void speak(Voice... turns) {
        SpokenTurns spoken = SpokenTurns.of(List.of("Brian", "Kate", "Skyler"), 30, turns);
        transcript = spoken.transcript();
        frames = spoken.frames();
    }

    private String id(String name) {
        return transcript.roster().byName(name).orElseThrow().id();
    }

    /** The editor tags word {@code word} of the untagged text with {@code name} (the words are in the last segment). */
    private void tag(int word, String name) {
        int segment = transcript.segments().size() - 1;
        int before = 0;
        for (int s = 0; s < segment; s++) {
            before += transcript.segment(s).words().size();
        }
        transcript = transcript.speakerFrom(segment, word - before, id(name));
    }

    private List<TurnSuggestion> heard() {
        return new TurnSuggester().withVoices(frames).suggest(transcript, TurnSuggester.DEFAULT_THRESHOLD);
    }

    @Test
    void aConfirmedVoiceIsHeardAgainAndNamed() {
        speak(SyntheticVoices.LOW, SyntheticVoices.HIGH, SyntheticVoices.LOW, SyntheticVoices.HIGH);
        tag(0, "Brian");
        tag(30, "Kate");
        tag(60, "Brian");

        assertThat(heard()).filteredOn(s -> s.word() > 60).singleElement().satisfies(s -> {
            assertThat(s.word()).isEqualTo(90);
            assertThat(s.speakerId()).isEqualTo(id("Kate"));
        });
    }

    @Test
    void twoCloseVoicesAreToldApartByTheirConfirmedTurnsAlone() {
        speak(SyntheticVoices.LOW, NEAR_LOW, SyntheticVoices.LOW, NEAR_LOW);
        tag(0, "Brian");
        tag(30, "Kate");
        tag(60, "Brian");

        // No change of voice detected anywhere: what the track hears comes from the confirmed voices only.
        List<Candidate> changes = VoiceTrack.of(frames, WordStream.of(transcript), transcript.roster(), List.of())
                .changes(transcript.roster());

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.word()).isBetween(89, 91);
            assertThat(c.named()).isEqualTo(id("Kate"));
            assertThat(c.detail()).isEqualTo("sounds like Kate");
        });
    }

    @Test
    void theOpenTurnsFirstSecondsTeachItsSpeakersVoice() {
        speak(SyntheticVoices.LOW, SyntheticVoices.HIGH, NEAR_LOW);
        tag(0, "Brian");
        tag(30, "Kate");
        tag(60, "Skyler"); // open: nobody has tagged where Skyler stops

        VoiceTrack track = VoiceTrack.of(frames, WordStream.of(transcript), transcript.roster(), List.of());

        assertThat(track.modelled(id("Brian"))).isTrue();
        assertThat(track.modelled(id("Kate"))).isTrue();
        assertThat(track.modelled(id("Skyler"))).isTrue();
        assertThat(track.speakerAt(85)).isEqualTo(id("Skyler"));
    }

    @Test
    void aVoiceNobodyConfirmedIsSomeoneNotHeardYet() {
        speak(SyntheticVoices.LOW, SyntheticVoices.HIGH, SyntheticVoices.LOW, NEAR_LOW);
        tag(0, "Brian");
        tag(30, "Kate");
        tag(60, "Brian");

        assertThat(heard()).filteredOn(s -> s.word() > 60).singleElement().satisfies(s -> {
            assertThat(s.word()).isBetween(89, 91);
            assertThat(s.speakerId()).isEqualTo(id("Skyler"));
            assertThat(s.explanation()).contains("sounds like someone else");
        });
    }

    @Test
    void onlyClosedTurnsAreConfirmed() {
        speak(SyntheticVoices.LOW, SyntheticVoices.HIGH);
        tag(0, "Brian");
        tag(30, "Kate");

        String[] confirmed = VoiceTrack.confirmedSpeakers(WordStream.of(transcript));

        assertThat(confirmed[0]).isEqualTo(id("Brian"));
        assertThat(confirmed[29]).isEqualTo(id("Brian"));
        assertThat(confirmed[30]).isNull();
        assertThat(confirmed[59]).isNull();
    }
}
