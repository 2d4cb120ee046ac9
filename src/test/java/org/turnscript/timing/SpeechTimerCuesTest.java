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

/** Timing a caption file's words from its recording: the cues' own times keep the words from drifting (ADR 29). */
class SpeechTimerCuesTest {

    private static final String[] VOCABULARY = {"a", "so", "the", "podcast", "interview", "we", "talked",
        "about", "microphones", "and", "hosting", "it", "is", "really", "important", "to", "listen"};
    private static final int CUE_WORDS = 8;

    /**
     * 600 words in long phrases (6 to 20 words) with pauses of 0.2 to 0.8 s; the first speaker takes 80 ms a letter
     * and the second, from word 300, 45, and each phrase is said 0.6 to 1.4 times as fast as that: lengths alone,
     * learnt over the whole recording, misjudge the words.
     */
    private record Spoken(List<String> texts, long[] starts, long[] ends, HeardSpeech speech, long durationMs) {
    }

    private static Spoken speak(long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        List<Long> sounds = new ArrayList<>();
        List<Long> nuclei = new ArrayList<>();
        long t = 1500;
        while (texts.size() < 600) {
            int phrase = 6 + random.nextInt(15);
            double pace = 0.6 + 0.8 * random.nextDouble(); // people speed up and slow down from phrase to phrase
            sounds.add(t);
            for (int k = 0; k < phrase; k++) {
                String text = VOCABULARY[random.nextInt(VOCABULARY.length)];
                long perLetter = texts.size() < 300 ? 80 : 45;
                long length = Math.round((60 + perLetter * text.length()) * pace * (0.8 + 0.4 * random.nextDouble()));
                int syllables = (int) Math.round(SpokenLength.of(text) - SpokenLength.WORD_OVERHEAD);
                for (int s = 0; s < syllables; s++) {
                    nuclei.add(t + (2 * s + 1) * length / (2L * syllables));
                }
                texts.add(text);
                starts.add(t);
                t += length;
                ends.add(t);
            }
            sounds.add(t);
            t += 200 + random.nextInt(600);
        }
        return new Spoken(texts, starts.stream().mapToLong(Long::longValue).toArray(),
                ends.stream().mapToLong(Long::longValue).toArray(),
                new HeardSpeech(sounds.stream().mapToLong(Long::longValue).toArray(),
                        nuclei.stream().mapToLong(Long::longValue).toArray()), t + 500);
    }

    /**
     * The words as a caption file gives them: cues of eight words from the first's start to the last's end, moved by
     * {@code shiftMs}, each word spread inside its cue in proportion to its letters, as the reader does.
     */
    private static Transcript captioned(Spoken spoken, long shiftMs) {
        List<Word> words = new ArrayList<>();
        int n = spoken.texts().size();
        for (int from = 0; from < n; from += CUE_WORDS) {
            int to = Math.min(n, from + CUE_WORDS);
            long cueStart = spoken.starts()[from] + shiftMs;
            long cueEnd = spoken.ends()[to - 1] + shiftMs;
            int letters = 0;
            for (int i = from; i < to; i++) {
                letters += spoken.texts().get(i).length();
            }
            int before = 0;
            for (int i = from; i < to; i++) {
                long start = cueStart + (cueEnd - cueStart) * before / letters;
                before += spoken.texts().get(i).length();
                long end = cueStart + (cueEnd - cueStart) * before / letters;
                words.add(Word.timed(spoken.texts().get(i), start, end, TimeSource.INTERPOLATED));
            }
        }
        return document(words);
    }

    private static Transcript untimed(Spoken spoken) {
        return document(spoken.texts().stream().map(Word::of).toList());
    }

    private static Transcript document(List<Word> words) {
        return new Transcript(Metadata.EMPTY, Roster.EMPTY, List.of(new Segment("s1", null, SegmentKind.SPEECH,
                words)));
    }

    private static List<Word> timed(Transcript doc, Spoken spoken) {
        return SpeechTimer.retime(doc, spoken.speech(), spoken.durationMs(), "a.wav").segment(0).words();
    }

    /** The share of words whose start is within {@code ms} of where they were said. */
    private static double within(List<Word> words, Spoken spoken, long ms) {
        int close = 0;
        for (int i = 0; i < words.size(); i++) {
            close += Math.abs(words.get(i).start() - spoken.starts()[i]) <= ms ? 1 : 0;
        }
        return close / (double) words.size();
    }

    @Test
    void theCuesKeepTheWordsWhereTheyWereSaidWhenTheLengthsAloneMisleadTheTiming() {
        Spoken spoken = speak(4);

        List<Word> fromCues = timed(captioned(spoken, 0), spoken);
        List<Word> fromText = timed(untimed(spoken), spoken);

        // Without the cues about two words in three start within 300 ms of where they were said; with them, more
        // than four in five.
        assertThat(within(fromCues, spoken, 300)).isGreaterThanOrEqualTo(0.8);
        assertThat(within(fromCues, spoken, 300)).isGreaterThan(within(fromText, spoken, 300) + 0.1);
        assertThat(fromCues).allMatch(w -> w.source() == TimeSource.RECORDING);
    }

    /**
     * Subtitle files are often a little off their recording (made for a cut with a longer intro, or delayed): cues a
     * second early or half a second to four and a half seconds late are lined up by the pauses both keep, and help as
     * much.
     */
    @Test
    void cuesAFewSecondsOffAreLinedUpByThePausesTheyKeep() {
        Spoken spoken = speak(4);
        double fromText = within(timed(untimed(spoken), spoken), spoken, 300);

        for (long shift : new long[] {-1000, 500, 2000, 4500}) {
            double fromCues = within(timed(captioned(spoken, shift), spoken), spoken, 300);

            assertThat(fromCues).as("cues %d ms off", shift).isGreaterThanOrEqualTo(0.8)
                    .isGreaterThan(fromText + 0.1);
        }
    }

    /**
     * Captions thirty seconds behind the recording (of another cut, with an advert at the start) are too far off to
     * line up, and would pull every word off its sound: they are left out, and the words timed as if they had none.
     */
    @Test
    void cuesOfAnotherCutAreLeftOut() {
        Spoken spoken = speak(4);

        List<Word> shifted = timed(captioned(spoken, 30_000), spoken);

        assertThat(shifted.stream().map(Word::start).toList())
                .isEqualTo(timed(untimed(spoken), spoken).stream().map(Word::start).toList());
    }

    /** Cues of some other talk (their order shuffled) do not follow the recording: timed as if they were not there. */
    @Test
    void cuesThatDoNotFollowTheRecordingAreLeftOut() {
        Spoken spoken = speak(4);
        List<Word> cued = new ArrayList<>(captioned(spoken, 0).segment(0).words());
        List<Long> starts = new ArrayList<>(cued.stream().map(Word::start).toList());
        java.util.Collections.shuffle(starts, new Random(1));
        List<Word> scrambled = new ArrayList<>();
        for (int i = 0; i < cued.size(); i++) {
            scrambled.add(Word.timed(cued.get(i).text(), starts.get(i), starts.get(i) + 200,
                    TimeSource.INTERPOLATED));
        }

        List<Word> out = timed(document(scrambled), spoken);

        assertThat(out.stream().map(Word::start).toList())
                .isEqualTo(timed(untimed(spoken), spoken).stream().map(Word::start).toList());
    }

    /** Words typed among cued ones, with no time of their own, are placed by the sound; the cues still help. */
    @Test
    void wordsWithoutCueTimesAmongCuedOnesArePlacedByTheSound() {
        Spoken spoken = speak(4);
        List<Word> words = new ArrayList<>(captioned(spoken, 0).segment(0).words());
        for (int i = 5; i < words.size(); i += 10) {
            words.set(i, Word.of(words.get(i).text()));
        }

        List<Word> out = timed(document(words), spoken);

        assertThat(within(out, spoken, 300)).isGreaterThanOrEqualTo(0.8)
                .isGreaterThan(within(timed(untimed(spoken), spoken), spoken, 300) + 0.1);
        assertThat(out).allMatch(w -> w.source() == TimeSource.RECORDING);
    }

    /** Cancelled at any point, the path with the cues included, the transcript comes back unchanged. */
    @Test
    void cancellingWhileTheCuesArePlacedChangesNothing() {
        Spoken spoken = speak(4);
        Transcript doc = captioned(spoken, 0);
        int stretches = spoken.speech().soundCount();

        for (int after : new int[] {stretches / 2, 2 * stretches + 10, 2 * stretches + stretches / 2}) {
            int[] asked = {0};
            Transcript out = SpeechTimer.retime(doc, spoken.speech(), spoken.durationMs(), "a.wav", p -> { },
                    () -> ++asked[0] > after);

            assertThat(out).as("cancelled after %d questions", after).isSameAs(doc);
            assertThat(asked[0]).isGreaterThan(after);
        }
    }
}
