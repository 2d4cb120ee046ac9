package org.turnscript.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Chapters;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.SpeakerSequence;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Groups a transcript into what a reader of prose expects: one paragraph per turn, with sounds as paragraphs of
 * their own. Text is the cleaned body. A paragraph's start time says whether it is a fact (measured, aligned or
 * anchored) or a guess (estimated or interpolated), so a reader can be told which times to trust.
 */
final class Turns {

    /**
     * @param speaker   display name, or {@code null} for an unassigned speaker and for sounds
     * @param startMs   start of the first timed word, or {@link Word#UNKNOWN_TIME}
     * @param estimated whether that start is a guess: the word's time is not {@linkplain TimeSource#isFixed()
     *                  fixed} (estimated or interpolated); {@code false} when there is no time
     * @param text      cleaned text
     * @param sound     whether this is a non-speech tag such as {@code [Music]}
     * @param chapter   the chapter this paragraph opens, or {@code null}
     */
    record Turn(String speaker, long startMs, boolean estimated, String text, boolean sound, ChapterMark chapter) {

        /** The start as {@code 00:12:34}, or {@code ~00:12:34} when it is a guess; {@code null} without a time. */
        String time() {
            if (startMs < 0) {
                return null;
            }
            return (estimated ? ESTIMATE_MARK : "") + clock(startMs);
        }
    }

    /** Marks a start time that is a guess: "about", as a reader of prose reads it. */
    static final String ESTIMATE_MARK = "~";

    private Turns() {
    }

    /**
     * The paragraphs of {@code transcript}. Who speaks follows the model's rule ({@link
     * org.turnscript.model.Turns}), so an untagged segment joins the turn before it. A sound that is shown ends
     * the paragraph it interrupts, and the speaker's next words open a new one under their name again; a sound
     * left out does not end the turn, so the words around it stay one paragraph. Segments whose words cleanup
     * dropped are skipped without breaking a turn. A chapter start always opens a paragraph, which carries the
     * chapter (a chapter on a skipped segment goes to the next paragraph).
     */
    static List<Turn> of(Transcript whole, boolean includeNonSpeech) {
        Transcript transcript = Chapters.splitAtStarts(whole);
        Map<String, ChapterMark> chapterAt = Chapters.bySegmentStart(transcript);
        ChapterMark pending = null;
        List<Segment> segments = transcript.segments();
        String[] speakers = org.turnscript.model.Turns.effectiveSpeakers(SpeakerSequence.of(segments));
        List<Turn> turns = new ArrayList<>();
        String speakerId = null;
        StringBuilder text = null;
        long start = Word.UNKNOWN_TIME;
        boolean estimated = false;
        ChapterMark opened = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String body = segment.body();
            boolean sound = segment.kind() == SegmentKind.NON_SPEECH;
            if (chapterAt.containsKey(segment.id())) {
                if (text != null) {
                    turns.add(turn(transcript, speakerId, start, estimated, text, opened));
                    text = null;
                }
                pending = chapterAt.get(segment.id());
            }
            if (body.isBlank() || sound && !includeNonSpeech) {
                continue;
            }
            if (text != null && !sound && Objects.equals(speakerId, speakers[i])) {
                text.append(' ').append(body);
                if (start < 0) {
                    start = segment.start();
                    estimated = startIsEstimated(segment);
                }
                continue;
            }
            if (text != null) {
                turns.add(turn(transcript, speakerId, start, estimated, text, opened));
                text = null;
            }
            if (sound) {
                turns.add(new Turn(null, segment.start(), startIsEstimated(segment), body, true, pending));
                pending = null;
                continue;
            }
            speakerId = speakers[i];
            text = new StringBuilder(body);
            start = segment.start();
            estimated = startIsEstimated(segment);
            opened = pending;
            pending = null;
        }
        if (text != null) {
            turns.add(turn(transcript, speakerId, start, estimated, text, opened));
        }
        return turns;
    }

    private static Turn turn(Transcript transcript, String speakerId, long start, boolean estimated,
            StringBuilder text, ChapterMark opened) {
        return new Turn(transcript.roster().nameOf(speakerId), start, estimated, text.toString(), false, opened);
    }

    /** Whether the segment's start, the time of its first timed word, is a guess rather than a fact. */
    private static boolean startIsEstimated(Segment segment) {
        for (Word word : segment.words()) {
            if (word.isTimed()) {
                return !word.source().isFixed();
            }
        }
        return false;
    }

    /** {@code HH:MM:SS}, the precision a reader of a transcript wants. */
    static String clock(long ms) {
        long seconds = ms / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
