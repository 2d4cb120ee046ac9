package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

class SpeechTimerTest {

    private static final String[] VOCABULARY = {"a", "so", "the", "podcast", "interview", "we", "talked",
        "about", "microphones", "and", "hosting", "it", "is", "really", "important", "to", "listen"};

    /** 400 words said in phrases of one to six, with pauses of 0.1 to 1.2 s; the truth in {@code starts}. */
    private record Spoken(List<Word> words, long[] starts, HeardSpeech speech, long durationMs) {
    }

    private static Spoken speak(long seed) {
        Random random = new Random(seed);
        List<Word> words = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        List<Long> sounds = new ArrayList<>();
        List<Long> nuclei = new ArrayList<>();
        long t = 300;
        while (words.size() < 400) {
            int phrase = 1 + random.nextInt(6);
            sounds.add(t);
            for (int k = 0; k < phrase; k++) {
                String text = VOCABULARY[random.nextInt(VOCABULARY.length)];
                words.add(Word.of(text));
                starts.add(t);
                // About 70 ms a letter, varying by a fifth from word to word, like a speaker's.
                long length = Math.round((60 + 70 * text.length()) * (0.8 + 0.4 * random.nextDouble()));
                int syllables = (int) Math.round(SpokenLength.of(text) - SpokenLength.WORD_OVERHEAD);
                for (int s = 0; s < syllables; s++) {
                    nuclei.add(t + (2 * s + 1) * length / (2L * syllables));
                }
                t += length;
            }
            sounds.add(t);
            t += 100 + random.nextInt(1100);
        }
        return new Spoken(words, starts.stream().mapToLong(Long::longValue).toArray(),
                new HeardSpeech(sounds.stream().mapToLong(Long::longValue).toArray(),
                        nuclei.stream().mapToLong(Long::longValue).toArray()), t + 500);
    }

    private static Transcript untimed(List<Word> words) {
        return new Transcript(Metadata.EMPTY, Roster.EMPTY, List.of(new Segment("s1", null, SegmentKind.SPEECH,
                words.stream().map(w -> Word.of(w.text())).toList())));
    }

    /**
     * An even spread over the duration is seconds off by the end; sharing the words out over the stretches of
     * sound puts nine in ten within 150 ms of where they were said.
     */
    @Test
    void wordsLandInTheirStretchOfSound() {
        Spoken spoken = speak(12);

        Transcript timed = SpeechTimer.retime(untimed(spoken.words()), spoken.speech(), spoken.durationMs(), "a.wav");

        List<Word> out = timed.segment(0).words();
        int close = 0;
        for (int i = 0; i < out.size(); i++) {
            if (Math.abs(out.get(i).start() - spoken.starts()[i]) <= 150) {
                close++;
            }
            assertThat(out.get(i).source()).isEqualTo(TimeSource.RECORDING);
            assertThat(out.get(i).end()).isGreaterThanOrEqualTo(out.get(i).start());
            if (i > 0) {
                assertThat(out.get(i).start()).isGreaterThanOrEqualTo(out.get(i - 1).start());
            }
        }
        assertThat(close).isGreaterThanOrEqualTo(out.size() * 9 / 10);
        assertThat(timed.metadata().timingNote()).contains("a.wav");
    }

    @Test
    void anAnchoredWordStaysAndTheOthersAreTimedAroundIt() {
        Spoken spoken = speak(5);
        List<Word> words = new ArrayList<>(untimed(spoken.words()).segment(0).words());
        words.set(200, Word.timed(words.get(200).text(), spoken.starts()[200], spoken.starts()[201],
                TimeSource.ANCHORED));
        Transcript doc = new Transcript(Metadata.EMPTY, Roster.EMPTY,
                List.of(new Segment("s1", null, SegmentKind.SPEECH, words)));

        List<Word> out = SpeechTimer.retime(doc, spoken.speech(), spoken.durationMs(), "a.wav").segment(0).words();

        assertThat(out.get(200)).isEqualTo(words.get(200));
        assertThat(out.get(199).start()).isLessThanOrEqualTo(spoken.starts()[200]);
        assertThat(out.get(201).start()).isGreaterThanOrEqualTo(spoken.starts()[201]);
    }

    @Test
    void cancellingGivesTheTranscriptBackUnchangedAndProgressReachesTheEnd() {
        Spoken spoken = speak(3);
        Transcript doc = untimed(spoken.words());

        Transcript cancelled = SpeechTimer.retime(doc, spoken.speech(), spoken.durationMs(), "a.wav", p -> { },
                () -> true);
        List<Double> progress = new ArrayList<>();
        SpeechTimer.retime(doc, spoken.speech(), spoken.durationMs(), "a.wav", progress::add, () -> false);

        assertThat(cancelled).isSameAs(doc);
        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
    }

    /** Music or a wrong file: no stretch of sound to share the words over, so they are spread as an estimate is. */
    @Test
    void withoutSoundTheWordsAreSpreadOverTheDuration() {
        Spoken spoken = speak(9);

        List<Word> out = SpeechTimer.retime(untimed(spoken.words()), new HeardSpeech(new long[0], new long[0]),
                60_000, "a.wav").segment(0).words();

        assertThat(out.get(0).start()).isZero();
        assertThat(out.get(out.size() - 1).end()).isEqualTo(60_000);
        assertThat(out).allMatch(w -> w.source() == TimeSource.ESTIMATED);
    }

    private static List<Word> timedAcrossOnePause(long pauseMs) {
        // Two stretches of 1.4 s: by length alone the seven words split three and four, "it" after the pause.
        HeardSpeech speech = new HeardSpeech(new long[] {0, 1400, 1400 + pauseMs, 2800 + pauseMs}, new long[0]);
        List<Word> words = java.util.Arrays.stream("we talked about it so the podcast".split(" ")).map(Word::of)
                .toList();
        return SpeechTimer.retime(untimed(words), speech, 3000 + pauseMs, "a.wav").segment(0).words();
    }

    /**
     * A long pause is a phrase boundary even in unpunctuated text: the word before it is drawn out and "so" opens
     * the phrase after it, so "it" stays with the words it ends, where the lengths alone would carry it over.
     */
    @Test
    void aLongPauseFallsBeforeTheWordThatOpensAPhrase() {
        List<Word> out = timedAcrossOnePause(1200);

        assertThat(out.get(3).start()).isLessThan(1400);
        assertThat(out.get(4).start()).isEqualTo(2600);
    }

    /** A short pause can fall anywhere in a phrase: there the lengths alone decide. */
    @Test
    void aShortPauseIsNoPhraseBoundary() {
        List<Word> out = timedAcrossOnePause(200);

        assertThat(out.get(3).start()).isEqualTo(1600);
    }
}
