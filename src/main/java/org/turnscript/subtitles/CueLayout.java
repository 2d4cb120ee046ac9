package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.turnscript.model.Cue;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.Turns;
import org.turnscript.model.Word;

/**
 * Lays out the kept words of a timed transcript as cues under a profile: a new cue at every segment, so no cue
 * spans a speaker change (except, when the profile allows it, two short turns as one two-line dash cue), the
 * speaker's label as the display says, lines and durations within the profile, a gap between cues, no overlaps.
 * {@link SubtitleLint} checks the result against the same profile.
 */
public final class CueLayout {

    private CueLayout() {
    }

    /**
     * The layout with the older single label setting (label on a change, counted in reading speed).
     *
     * @param includeNonSpeech whether sound segments ({@code [Music]}) become cues, as the profile writes them
     * @throws IllegalArgumentException when a kept word of a laid-out segment has no time
     */
    public static List<Cue> layout(Transcript transcript, SubtitleProfile profile, SpeakerLabelStyle labelStyle,
                                   boolean includeNonSpeech) {
        return layout(transcript, includeNonSpeech ? profile : profile.withSoundCues(SoundCues.DROP),
                SpeakerDisplay.of(labelStyle));
    }

    /**
     * Cues for every segment the profile keeps. Continued turns are spelled out first ({@link Turns}), so a
     * project that tags only turn starts lays out as its export does.
     *
     * @throws IllegalArgumentException when a kept word of a laid-out segment has no time
     */
    public static List<Cue> layout(Transcript transcript, SubtitleProfile profile, SpeakerDisplay display) {
        transcript = Turns.resolve(transcript);
        List<Segment> segments = laidOut(transcript, profile);
        List<CueDraft> drafts = new ArrayList<>();
        boolean firstSpeech = true;
        String previousSpeaker = null;
        int joinable = -1; // index of a one-cue turn the next turn may share a two-speaker cue with
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            List<Word> words = segment.keptWords();
            if (segment.kind() == SegmentKind.NON_SPEECH) {
                drafts.add(soundCue(words, profile));
                joinable = -1;
                continue;
            }
            boolean speakerChanged = firstSpeech || !Objects.equals(previousSpeaker, segment.speakerId());
            firstSpeech = false;
            previousSpeaker = segment.speakerId();
            String name = transcript.roster().nameOf(segment.speakerId());
            long following = i + 1 < segments.size() ? segments.get(i + 1).keptWords().get(0).start() : Long.MAX_VALUE;
            List<CueDraft> turn = CueChunker.chunk(words, display.labelFor(name, speakerChanged),
                    display.labelFor(name, false), name, profile, display.countLabelInCps(),
                    following);
            if (profile.twoSpeakerCues() && speakerChanged && joinable >= 0 && turn.size() == 1) {
                CueDraft both = TwoSpeakerCues.join(drafts.get(joinable), turn.get(0), profile);
                if (both != null) {
                    drafts.set(joinable, both);
                    joinable = -1;
                    continue;
                }
            }
            joinable = turn.size() == 1 ? drafts.size() : -1;
            drafts.addAll(turn);
        }
        return CueTiming.settle(drafts, profile);
    }

    /** The segments that become cues: speech with kept words, and sounds when the profile keeps them. */
    private static List<Segment> laidOut(Transcript transcript, SubtitleProfile profile) {
        List<Segment> segments = new ArrayList<>();
        for (Segment segment : transcript.segments()) {
            List<Word> words = segment.keptWords();
            if (words.isEmpty()
                    || segment.kind() == SegmentKind.NON_SPEECH && profile.soundCues() == SoundCues.DROP) {
                continue;
            }
            for (Word w : words) {
                if (!w.isTimed()) {
                    throw new IllegalArgumentException("segment " + segment.id() + " has an untimed word '"
                            + w.text() + "'; time the transcript before laying out cues");
                }
            }
            segments.add(segment);
        }
        return segments;
    }

    private static CueDraft soundCue(List<Word> words, SubtitleProfile profile) {
        String tag = soundText(String.join(" ", words.stream().map(Word::text).toList()));
        long start = words.get(0).start();
        long end = words.stream().mapToLong(Word::end).max().orElse(start);
        // A tag stays up no longer than any cue: "[music]" for the first seconds of a long song, not for minutes.
        end = Math.min(end, start + profile.maxDurationMs());
        List<String> lines = LineBreaker.breakLines(tag, profile.maxCharsPerLine(), profile.maxLines());
        return new CueDraft(start, end, lines, List.of(), ReadingSpeed.characters(lines), tag);
    }

    /** {@code [Music]} → {@code [music]}, a bare {@code applause} → {@code [applause]}; lyrics in ♪ as written. */
    static String soundText(String text) {
        String t = text.strip();
        if (t.startsWith("♪")) {
            return t;
        }
        if (t.startsWith("[") && t.endsWith("]") && t.length() > 2) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return "[" + t.toLowerCase(Locale.ROOT) + "]";
    }
}
