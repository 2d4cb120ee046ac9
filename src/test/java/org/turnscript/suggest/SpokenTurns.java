package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

/**
 * Made-up speech for the voice tests: words spoken in the given voices with no extra pause where the voice changes,
 * timed as spoken, in one untagged segment, and the voice features of the recording.
 */
record SpokenTurns(Transcript transcript, VoiceFrames frames) {

    static final String[] WORDS = ("so the thing about this is that we never really know what comes "
            + "next in the show and that is fine by me because it keeps us going").split(" ");
    /** A voice close to {@link SyntheticVoices#LOW}: a little higher, a little brighter. */
    static final Voice NEAR_LOW = new Voice(124, 560, 1120);

    /** Turns of {@code words} words each, in these voices; the roster's speakers in this order. */
    static SpokenTurns of(List<String> roster, int words, Voice... turns) {
        Voice[] voices = new Voice[turns.length * words];
        for (int t = 0; t < turns.length; t++) {
            Arrays.fill(voices, t * words, t * words + words, turns[t]);
        }
        return ofWords(roster, voices, Map.of());
    }

    /** One word per voice given, {@code said} replacing the usual word at some indexes. */
    static SpokenTurns ofWords(List<String> roster, Voice[] voices, Map<Integer, String> said) {
        long[] starts = new long[voices.length];
        PcmAudio audio = SyntheticVoices.speak(voices, 0, starts);
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < voices.length; i++) {
            words.add(Word.timed(said.getOrDefault(i, WORDS[i % WORDS.length]), starts[i],
                    starts[i] + SyntheticVoices.WORD_MS, TimeSource.MEASURED));
        }
        Roster r = Roster.EMPTY;
        for (String name : roster) {
            r = r.withNewSpeaker(name);
        }
        return new SpokenTurns(new Transcript(Metadata.EMPTY, r, List.of(new Segment("s1", null,
                SegmentKind.SPEECH, words))), VoiceFrames.of(audio));
    }
}
