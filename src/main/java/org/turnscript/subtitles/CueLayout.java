package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.turnscript.model.Cue;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Lays out the kept words of a timed transcript as cues: a new cue at every segment, the speaker's label on the
 * first cue after a speaker change, lines and durations within the profile, no overlaps.
 */
public final class CueLayout {

    private CueLayout() {
    }

    /**
     * @param includeNonSpeech whether sound segments ({@code [Music]}) become cues of their own
     * @throws IllegalArgumentException when a kept word of a laid-out segment has no time
     */
    public static List<Cue> layout(Transcript transcript, SubtitleProfile profile, SpeakerLabelStyle labelStyle,
                                   boolean includeNonSpeech) {
        List<CueDraft> drafts = new ArrayList<>();
        boolean firstSpeech = true;
        String previousSpeaker = null;
        for (Segment segment : transcript.segments()) {
            List<Word> words = segment.keptWords();
            if (words.isEmpty()) {
                continue;
            }
            if (segment.kind() == SegmentKind.NON_SPEECH) {
                if (includeNonSpeech) {
                    requireTimed(segment, words);
                    drafts.add(soundCue(words, profile));
                }
                continue;
            }
            requireTimed(segment, words);
            boolean speakerChanged = firstSpeech || !Objects.equals(previousSpeaker, segment.speakerId());
            firstSpeech = false;
            previousSpeaker = segment.speakerId();
            String name = transcript.roster().nameOf(segment.speakerId());
            String label = speakerChanged ? labelStyle.label(name) : "";
            drafts.addAll(CueChunker.chunk(words, label, name, profile));
        }
        return CueTiming.settle(drafts, profile);
    }

    private static CueDraft soundCue(List<Word> words, SubtitleProfile profile) {
        List<String> tokens = words.stream().map(Word::text).toList();
        long start = words.get(0).start();
        long end = words.stream().mapToLong(Word::end).max().orElse(start);
        // A tag stays up no longer than any cue: "[Music]" for the first seconds of a long song, not for minutes.
        end = Math.min(end, start + profile.maxDurationMs());
        return new CueDraft(start, end,
                LineBreaker.breakTokens(tokens, profile.maxCharsPerLine(), profile.maxLines()), null);
    }

    private static void requireTimed(Segment segment, List<Word> words) {
        for (Word w : words) {
            if (!w.isTimed()) {
                throw new IllegalArgumentException("segment " + segment.id() + " has an untimed word '"
                        + w.text() + "'; time the transcript before laying out cues");
            }
        }
    }
}
