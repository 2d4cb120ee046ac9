package org.turnscript.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** Long transcripts for benchmarks: the sample's vocabulary, four speakers, measured word times. */
public final class SyntheticTranscripts {

    private static final String[] VOCABULARY = ("so I think the interesting thing here is that we are going to see "
            + "models get better at reasoning and uh the question is whether scaling laws hold um Kate what do you "
            + "think about interpretability and safety research in this space because it feels like the market "
            + "reaction has been wild").split(" ");

    private SyntheticTranscripts() {
    }

    /** About {@code words} words at 160 words per minute (100,000 words is ten hours and a half). */
    public static Transcript of(int words) {
        Random random = new Random(42);
        Roster roster = Roster.of(List.of("Brian", "Kate", "Chris", "Skyler"));
        List<Segment> segments = new ArrayList<>();
        long t = 0;
        int made = 0;
        int speaker = 0;
        while (made < words) {
            int n = Math.min(words - made, 12 + random.nextInt(30));
            List<Word> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String text = VOCABULARY[random.nextInt(VOCABULARY.length)];
                long d = 180 + text.length() * 35L;
                list.add(Word.timed(text, t, t + d, TimeSource.MEASURED));
                t += d + 20;
            }
            if (random.nextInt(3) == 0) {
                speaker = (speaker + 1 + random.nextInt(3)) % 4;
            }
            segments.add(new Segment("s" + (segments.size() + 1), roster.speakers().get(speaker).id(),
                    SegmentKind.SPEECH, list));
            made += n;
            t += 300;
        }
        return new Transcript(Metadata.EMPTY.withTitle("Synthetic " + words + " words").withDurationMs(t + 1000),
                roster, segments);
    }
}
