package org.turnscript.formats.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/** Random timed transcripts for round-trip properties: lowercase words, sounds, four speakers, pauses. */
public final class GeneratedTranscripts {

    public static final List<String> NAMES = List.of("Kate Soule", "Chris", "Skyler Speakman", "Brian Casey");
    private static final String[] PUNCTUATION = {"", "", "", "", ".", ",", "?", "!"};
    private static final String[] SOUNDS = {"[Music]", "[Applause]", "[laughter]"};

    private GeneratedTranscripts() {
    }

    /** @param everySpeechHasSpeaker whether speech segments always name a speaker */
    public static Arbitrary<Transcript> transcripts(boolean everySpeechHasSpeaker) {
        return Arbitraries.randomValue(random -> generate(random, everySpeechHasSpeaker));
    }

    private static Transcript generate(Random random, boolean everySpeechHasSpeaker) {
        Roster roster = Roster.of(NAMES);
        List<Segment> segments = new ArrayList<>();
        long t = random.nextInt(5000);
        int count = 1 + random.nextInt(12);
        for (int s = 1; s <= count; s++) {
            if (random.nextInt(8) == 0) {
                long length = 500 + random.nextInt(20_000);
                Word tag = new Word(SOUNDS[random.nextInt(SOUNDS.length)], null, t, t + length,
                        TimeSource.MEASURED, WordFlag.SOUND_TAG.bit());
                segments.add(new Segment("s" + s, null, SegmentKind.NON_SPEECH, List.of(tag)));
                t += length + random.nextInt(2000);
                continue;
            }
            String speaker = !everySpeechHasSpeaker && random.nextInt(5) == 0
                    ? null : roster.speakers().get(random.nextInt(roster.size())).id();
            List<Word> words = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int w = 0; w < n; w++) {
                long length = random.nextInt(10) == 0 ? 0 : 50 + random.nextInt(1500);
                words.add(Word.timed(word(random), t, t + length, TimeSource.MEASURED));
                t += length + (random.nextInt(4) == 0 ? random.nextInt(1200) : 0);
            }
            segments.add(new Segment("s" + s, speaker, SegmentKind.SPEECH, words));
            t += random.nextInt(3000);
        }
        return new Transcript(Metadata.EMPTY, roster, segments);
    }

    private static String word(Random random) {
        int length = random.nextInt(30) == 0 ? 43 + random.nextInt(8) : 1 + random.nextInt(10);
        StringBuilder b = new StringBuilder(length + 1);
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.append(PUNCTUATION[random.nextInt(PUNCTUATION.length)]).toString();
    }
}
