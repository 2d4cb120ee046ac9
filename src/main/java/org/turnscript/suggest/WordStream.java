package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.SpeakerSequence;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Turns;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * The speech words of a transcript in one row, as the cues read them: lower case without punctuation, with the
 * time gap before each word when both neighbours have real times, the speaker the transcript already gives each
 * word, and where the editor's tags and decisions are. Sound segments ({@code [Music]}) are left out.
 */
public final class WordStream {

    /** Lexicon phrases split once: the cues ask about the same few hundred at every word. */
    private static final java.util.Map<String, String[]> PHRASES = new java.util.concurrent.ConcurrentHashMap<>();

    private final String[] tokens;
    private final long[] gapBefore;
    private final long[] start;
    private final long[] end;
    private final int[] segment;
    private final int[] offset;
    private final String[] speaker;
    private final boolean[] tagged;
    private final int[] flags;

    private WordStream(int n) {
        tokens = new String[n];
        gapBefore = new long[n];
        start = new long[n];
        end = new long[n];
        segment = new int[n];
        offset = new int[n];
        speaker = new String[n];
        tagged = new boolean[n];
        flags = new int[n];
    }

    public static WordStream of(Transcript t) {
        List<int[]> where = new ArrayList<>();
        for (int s = 0; s < t.segments().size(); s++) {
            if (t.segment(s).kind() == SegmentKind.SPEECH) {
                for (int w = 0; w < t.segment(s).words().size(); w++) {
                    where.add(new int[] {s, w});
                }
            }
        }
        String[] effective = Turns.effectiveSpeakers(SpeakerSequence.of(t.segments()));
        WordStream ws = new WordStream(where.size());
        Word previous = null;
        for (int i = 0; i < where.size(); i++) {
            int s = where.get(i)[0];
            int w = where.get(i)[1];
            Word word = t.segment(s).words().get(w);
            ws.tokens[i] = normalise(word.text());
            ws.segment[i] = s;
            ws.offset[i] = w;
            ws.speaker[i] = effective[s];
            ws.tagged[i] = w == 0 && t.segment(s).speakerId() != null;
            ws.flags[i] = word.flags();
            ws.gapBefore[i] = previous != null && realTime(previous) && realTime(word)
                    ? Math.max(0, word.start() - previous.end()) : -1;
            ws.start[i] = realTime(word) ? word.start() : -1;
            ws.end[i] = realTime(word) ? word.end() : -1;
            previous = word;
        }
        return ws;
    }

    /**
     * Estimated times know nothing of pauses; measured, aligned, anchored, in-cue interpolated ones and those
     * placed on the sound of the recording (its silences are heard ones) do.
     */
    private static boolean realTime(Word w) {
        return w.isTimed() && w.source() != TimeSource.ESTIMATED && w.source() != TimeSource.UNKNOWN;
    }

    /** Lower case, letters, digits and apostrophes only ("Kate," → "kate", "I’m" → "i'm"). */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else if (c == '\'' || c == '’') {
                b.append('\'');
            }
        }
        return b.toString();
    }

    public int size() {
        return tokens.length;
    }

    public String token(int i) {
        return i >= 0 && i < tokens.length ? tokens[i] : "";
    }

    /** Whether words {@code i}, {@code i+1}, … read {@code phrase} (space-separated). */
    public boolean matches(int i, String phrase) {
        String[] parts = parts(phrase);
        for (int k = 0; k < parts.length; k++) {
            if (!token(i + k).equals(parts[k])) {
                return false;
            }
        }
        return true;
    }

    /** The words of a lexicon phrase. */
    static String[] parts(String phrase) {
        return PHRASES.computeIfAbsent(phrase, x -> x.split(" "));
    }

    /** The silence before word {@code i} in ms, or -1 when either side has no real time. */
    public long gapBefore(int i) {
        return gapBefore[i];
    }

    /** When word {@code i} starts in ms, or -1 when its time is not real (estimated or missing). */
    public long start(int i) {
        return start[i];
    }

    /** When word {@code i} ends in ms, or -1 when its time is not real. */
    public long end(int i) {
        return end[i];
    }

    public int segment(int i) {
        return segment[i];
    }

    public int offset(int i) {
        return offset[i];
    }

    /** Who speaks at word {@code i} according to the transcript's tags, or null before the first tag. */
    public String speaker(int i) {
        return speaker[i];
    }

    /** Whether word {@code i} starts a segment the editor tagged with a speaker. */
    /** A closed turn: words {@code start} (inclusive) to {@code end} (exclusive), then {@code next} speaks. */
    interface ClosedTurn {
        void turn(int start, int end, String speaker, String next);
    }

    /**
     * Each closed turn, in order: from one tag where the speaker changes to the next such tag. The last turn is
     * open (where it ends is what suggestions look for), so it is not given.
     */
    void closedTurns(ClosedTurn each) {
        int turnStart = -1;
        String turnSpeaker = null;
        for (int i = 0; i < size(); i++) {
            if (!tagged(i) || Objects.equals(speaker(i), turnSpeaker)) {
                continue;
            }
            if (turnSpeaker != null) {
                each.turn(turnStart, i, turnSpeaker, speaker(i));
            }
            turnStart = i;
            turnSpeaker = speaker(i);
        }
    }

    public boolean tagged(int i) {
        return tagged[i];
    }

    public boolean has(int i, WordFlag flag) {
        return (flags[i] & flag.bit()) != 0;
    }

    /** Words {@code from}..{@code to-1} joined by spaces, clipped to the stream. */
    public String text(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens[i]);
        }
        return b.toString();
    }
}
