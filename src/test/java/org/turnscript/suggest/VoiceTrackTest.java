package org.turnscript.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.SyntheticVoices;
import org.turnscript.audio.SyntheticVoices.Voice;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** Voices learnt from the editor's confirmed turns: made-up voices, words timed as spoken, no pause at a change. */
class VoiceTrackTest {

    private static final String[] WORDS = ("so the thing about this is that we never really know what comes "
            + "next in the show and that is fine by me because it keeps us going").split(" ");
    /** A voice close to {@link SyntheticVoices#LOW}: a little higher, a little brighter. */
    private static final Voice NEAR_LOW = new Voice(124, 560, 1120);

    private Transcript transcript;
    private VoiceFrames frames;

    /** Turns of 30 words each, in these voices. */
    private void speak(Voice... turns) {
        Voice[] voices = new Voice[turns.length * 30];
        for (int t = 0; t < turns.length; t++) {
            Arrays.fill(voices, t * 30, t * 30 + 30, turns[t]);
        }
        long[] starts = new long[voices.length];
        PcmAudio audio = SyntheticVoices.speak(voices, 0, starts);
        frames = VoiceFrames.of(audio);
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < voices.length; i++) {
            words.add(Word.timed(WORDS[i % WORDS.length], starts[i], starts[i] + SyntheticVoices.WORD_MS,
                    TimeSource.MEASURED));
        }
        Roster roster = Roster.EMPTY.withNewSpeaker("Brian").withNewSpeaker("Kate").withNewSpeaker("Skyler");
        transcript = new Transcript(Metadata.EMPTY, roster, List.of(new Segment("s1", null, SegmentKind.SPEECH,
                words)));
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
