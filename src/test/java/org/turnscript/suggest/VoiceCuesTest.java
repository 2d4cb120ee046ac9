package org.turnscript.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.audio.SyntheticVoices;
import org.turnscript.audio.SyntheticVoices.Voice;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** The voice cue on made-up voices: words timed as spoken, one untagged segment, no pause longer than the rest. */
class VoiceCuesTest {

    private Transcript transcript;
    private VoiceFrames frames;
    /** Word index → the word said there instead of the usual one. */
    private final java.util.Map<Integer, String> said = new java.util.HashMap<>();

    /** Words in these voices, with no extra pause where the voice changes. */
    private void speak(Voice... voices) {
        SpokenTurns spoken = SpokenTurns.ofWords(List.of("Brian", "Kate"), voices, said);
        transcript = spoken.transcript();
        frames = spoken.frames();
    }

    private static Voice[] turns(Voice first, int n1, Voice second, int n2, Voice third, int n3) {
        Voice[] v = new Voice[n1 + n2 + n3];
        Arrays.fill(v, 0, n1, first);
        Arrays.fill(v, n1, n1 + n2, second);
        Arrays.fill(v, n1 + n2, v.length, third);
        return v;
    }

    private String id(String name) {
        return transcript.roster().byName(name).orElseThrow().id();
    }

    @Test
    void aChangeOfVoiceIsSuggestedAtTheFirstWordOfTheNewVoice() {
        speak(turns(SyntheticVoices.LOW, 30, SyntheticVoices.HIGH, 30, SyntheticVoices.HIGH, 0));

        List<TurnSuggestion> heard = new TurnSuggester().withVoices(frames).suggest(transcript, 0.3);
        List<TurnSuggestion> read = new TurnSuggester().suggest(transcript, 0.3);

        assertThat(heard).filteredOn(s -> s.cue() == TurnCue.VOICE_CHANGE).singleElement()
                .satisfies(s -> {
                    assertThat(s.word()).isEqualTo(30);
                    assertThat(s.speakerId()).isEqualTo(id("Kate"));
                    assertThat(s.explanation()).startsWith("voice changes");
                });
        assertThat(read).noneMatch(s -> Math.abs(s.word() - 30) <= 3);
    }

    @Test
    void aReplyWordRightAfterTheChangeIsWhereTheNewVoiceStarts() {
        // Timed a word late up to a quick hand-over: the old turn's last word sits where the new voice is heard.
        said.put(31, "yeah");
        speak(turns(SyntheticVoices.LOW, 30, SyntheticVoices.HIGH, 30, SyntheticVoices.HIGH, 0));

        assertThat(new TurnSuggester().withVoices(frames).suggest(transcript, 0.3))
                .filteredOn(s -> s.cue() == TurnCue.VOICE_CHANGE).singleElement()
                .satisfies(s -> assertThat(s.word()).isEqualTo(31));
    }

    @Test
    void aChangeOnAReplyWordStaysThere() {
        said.put(30, "well");
        said.put(31, "yeah");
        speak(turns(SyntheticVoices.LOW, 30, SyntheticVoices.HIGH, 30, SyntheticVoices.HIGH, 0));

        assertThat(new TurnSuggester().withVoices(frames).suggest(transcript, 0.3))
                .filteredOn(s -> s.cue() == TurnCue.VOICE_CHANGE).singleElement()
                .satisfies(s -> assertThat(s.word()).isEqualTo(30));
    }

    @Test
    void oneVoiceThroughoutGivesNoChange() {
        speak(turns(SyntheticVoices.LOW, 60, SyntheticVoices.LOW, 0, SyntheticVoices.LOW, 0));

        assertThat(new TurnSuggester().withVoices(frames).suggest(transcript, 0.3))
                .noneMatch(s -> s.cue() == TurnCue.VOICE_CHANGE);
    }

    @Test
    void aVoiceHeardBeforeIsGivenBackToItsSpeaker() {
        speak(turns(SyntheticVoices.LOW, 30, SyntheticVoices.HIGH, 30, SyntheticVoices.LOW, 30));

        List<TurnSuggestion> applied = new TurnSuggester().withVoices(frames).toApply(transcript, 0.3);

        assertThat(applied).extracting(TurnSuggestion::word).containsExactly(0, 30, 60);
        assertThat(applied).extracting(TurnSuggestion::speakerId)
                .containsExactly(id("Brian"), id("Kate"), id("Brian"));
    }

    @Test
    void theEditorsConfirmationsTieAVoiceToItsSpeaker() {
        speak(turns(SyntheticVoices.LOW, 30, SyntheticVoices.HIGH, 30, SyntheticVoices.LOW, 30));
        // The editor says the low voice is Kate and the high one Brian: against the roster's order.
        transcript = transcript.speakerFrom(0, 30, id("Brian"));
        transcript = transcript.speakerFrom(0, 0, id("Kate"));

        List<TurnSuggestion> open = new TurnSuggester().withVoices(frames).suggest(transcript, 0.3);

        assertThat(open).filteredOn(s -> s.word() == 60).singleElement()
                .satisfies(s -> assertThat(s.speakerId()).isEqualTo(id("Kate")));
    }

    @Test
    void withoutARecordingTheSuggestionsAreTheTextsAlone() {
        speak(turns(SyntheticVoices.LOW, 30, SyntheticVoices.HIGH, 30, SyntheticVoices.HIGH, 0));

        assertThat(new TurnSuggester().withVoices(null).suggest(transcript))
                .isEqualTo(new TurnSuggester().suggest(transcript));
    }
}
