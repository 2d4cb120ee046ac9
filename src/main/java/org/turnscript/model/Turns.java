package org.turnscript.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one rule of turns. An untagged speech segment continues the turn of the last tagged speech segment before
 * it (tagging "from this word on, Kate speaks" marks only where a turn starts); before the first tag nobody
 * speaks. A sound ({@code [Music]}) neither starts nor ends a turn: it belongs to whoever it was given to, or to
 * nobody, and the speech after it goes on with the turn before it. Everything that asks who speaks or where a
 * turn starts (the editor's gutter, statistics, exports) asks here.
 *
 * <p>Each question walks back only as far as its answer needs: to the previous speech item for an untagged one,
 * to the previous tag for a tagged one. Where many answers are needed in a row (the visible paragraphs of a long
 * untagged document), {@link #span} walks back once and goes forward from there.
 */
public final class Turns {

    private Turns() {
    }

    /**
     * Who speaks in item {@code i}: its own speaker, or, for an untagged speech item, the speaker of the turn it
     * continues; {@code null} before the first tag and for a sound given to nobody.
     */
    public static String effectiveSpeaker(SpeakerSequence seq, int i) {
        String own = seq.speakerId(i);
        if (own != null || seq.kind(i) != SegmentKind.SPEECH) {
            return own;
        }
        return speakerBefore(seq, i);
    }

    /**
     * Whether item {@code i} starts a turn: it is speech, and its speaker differs from that of the speech before
     * it (or no speech comes before it). An untagged speech item after speech never starts one.
     */
    public static boolean startsTurn(SpeakerSequence seq, int i) {
        if (seq.kind(i) != SegmentKind.SPEECH) {
            return false;
        }
        String own = seq.speakerId(i);
        // Untagged, it continues whatever came before; tagged, it starts one unless that speaker is already on.
        return own == null ? previousSpeech(seq, i) < 0 : !own.equals(speakerBefore(seq, i));
    }

    /** The speaker whose turn is open just before item {@code i}: that of the last tagged speech before it. */
    public static String speakerBefore(SpeakerSequence seq, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (seq.kind(j) == SegmentKind.SPEECH && seq.speakerId(j) != null) {
                return seq.speakerId(j);
            }
        }
        return null;
    }

    /** Every item's {@link #effectiveSpeaker}, in one pass. */
    public static String[] effectiveSpeakers(SpeakerSequence seq) {
        return span(seq, 0, seq.size()).speakers;
    }

    /**
     * The answers for items {@code from} (inclusive) to {@code to} (exclusive), found with one walk back from
     * {@code from} and one pass forward: what the editor needs for the paragraphs on screen.
     */
    public static Span span(SpeakerSequence seq, int from, int to) {
        Objects.checkFromToIndex(from, to, seq.size());
        String[] speakers = new String[to - from];
        boolean[] starts = new boolean[to - from];
        String open = speakerBefore(seq, from);
        boolean speechBefore = from > 0 && previousSpeech(seq, from) >= 0;
        for (int i = from; i < to; i++) {
            String own = seq.speakerId(i);
            if (seq.kind(i) != SegmentKind.SPEECH) {
                speakers[i - from] = own;
                continue;
            }
            String speaker = own != null ? own : open;
            starts[i - from] = !speechBefore || !Objects.equals(speaker, open);
            speakers[i - from] = speaker;
            open = speaker;
            speechBefore = true;
        }
        return new Span(from, speakers, starts);
    }

    /** The answers of {@link #span} for a run of items; indexes are those of the whole sequence. */
    public static final class Span {

        private final int from;
        private final String[] speakers;
        private final boolean[] starts;

        private Span(int from, String[] speakers, boolean[] starts) {
            this.from = from;
            this.speakers = speakers;
            this.starts = starts;
        }

        public int from() {
            return from;
        }

        /** One past the last item answered for. */
        public int to() {
            return from + speakers.length;
        }

        public boolean covers(int i) {
            return i >= from && i < to();
        }

        public String effectiveSpeaker(int i) {
            return speakers[i - from];
        }

        public boolean startsTurn(int i) {
            return starts[i - from];
        }
    }

    /** The transcript with every continued turn spelled out: each speech segment tagged with its speaker. */
    public static Transcript resolve(Transcript t) {
        List<Segment> segments = t.segments();
        String[] speakers = effectiveSpeakers(SpeakerSequence.of(segments));
        List<Segment> next = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.kind() == SegmentKind.SPEECH && !Objects.equals(s.speakerId(), speakers[i])) {
                if (next == null) {
                    next = new ArrayList<>(segments);
                }
                next.set(i, s.withSpeaker(speakers[i]));
            }
        }
        return next == null ? t : t.withSegments(next);
    }

    /**
     * The inverse of {@link #resolve}: a speech segment tagged with the speaker already speaking loses its tag,
     * so only turn starts are tagged. Both forms mean the same turns.
     */
    public static Transcript keepStartsOnly(Transcript t) {
        List<Segment> segments = t.segments();
        List<Segment> next = null;
        String open = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.kind() != SegmentKind.SPEECH || s.speakerId() == null) {
                continue;
            }
            if (s.speakerId().equals(open)) {
                if (next == null) {
                    next = new ArrayList<>(segments);
                }
                next.set(i, s.withSpeaker(null));
            }
            open = s.speakerId();
        }
        return next == null ? t : t.withSegments(next);
    }

    private static int previousSpeech(SpeakerSequence seq, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (seq.kind(j) == SegmentKind.SPEECH) {
                return j;
            }
        }
        return -1;
    }
}
