package org.turnscript.subtitles;

/**
 * The rules cues are laid out and checked by. Built-in profiles live in {@link SubtitleProfiles}.
 *
 * @param id                short name, e.g. "netflix"
 * @param maxCharsPerLine   characters per line
 * @param maxLines          lines per cue
 * @param maxCharsPerSecond reading speed: visible characters, spaces and punctuation included, per second
 * @param minDurationMs     shortest cue
 * @param maxDurationMs     longest cue
 * @param minGapFrames      smallest gap between consecutive cues, in frames at {@code frameRate}
 * @param frameRate         frames per second of the video the subtitles go with
 * @param soundCues         what becomes of non-speech segments such as {@code [Music]}
 * @param twoSpeakerCues    whether two short turns may share one cue as two dash lines ({@code -Hi.} /
 *                          {@code -Hello.}); off, every cue holds one speaker
 * @param strictTiming      whether the minimum duration and the reading speed are rules (lint errors, and a layout
 *                          that borrows time from its neighbours to meet them) rather than aims (warnings)
 */
public record SubtitleProfile(String id, int maxCharsPerLine, int maxLines, double maxCharsPerSecond,
                              long minDurationMs, long maxDurationMs, int minGapFrames, double frameRate,
                              SoundCues soundCues, boolean twoSpeakerCues, boolean strictTiming) {

    /**
     * Netflix English: 42 characters, 2 lines, 20 cps, 5/6 s (20 frames) to 7 s, 2 frames at 24 fps. The guide
     * states the minimum duration and the reading speed as rules, so they are strict.
     */
    public static final SubtitleProfile NETFLIX =
            new SubtitleProfile("netflix", 42, 2, 20, 833, 7000, 2, 24, SoundCues.BRACKETED, false, true);

    public SubtitleProfile {
        if (id == null || id.isBlank() || maxCharsPerLine < 10 || maxLines < 1 || !(maxCharsPerSecond > 0)
                || minDurationMs < 0 || maxDurationMs <= minDurationMs || minGapFrames < 0
                || !(frameRate > 0) || soundCues == null) {
            throw new IllegalArgumentException("inconsistent subtitle profile " + id);
        }
    }

    /** A profile whose minimum duration and reading speed are aims (lint warnings), not rules. */
    public SubtitleProfile(String id, int maxCharsPerLine, int maxLines, double maxCharsPerSecond,
                           long minDurationMs, long maxDurationMs, int minGapFrames, double frameRate,
                           SoundCues soundCues, boolean twoSpeakerCues) {
        this(id, maxCharsPerLine, maxLines, maxCharsPerSecond, minDurationMs, maxDurationMs, minGapFrames,
                frameRate, soundCues, twoSpeakerCues, false);
    }

    /**
     * A profile with its gap given in milliseconds, as profiles were written before they knew frame rates: the
     * gap counts frames of one millisecond, so {@link #minGapMs()} returns it unchanged.
     */
    public SubtitleProfile(String id, int maxCharsPerLine, int maxLines, double maxCharsPerSecond,
                           long minDurationMs, long maxDurationMs, long minGapMs) {
        this(id, maxCharsPerLine, maxLines, maxCharsPerSecond, minDurationMs, maxDurationMs,
                Math.toIntExact(minGapMs), 1000, SoundCues.BRACKETED, false);
    }

    /** The minimum gap in ms, rounded up so that it is never less than the frames it stands for. */
    public long minGapMs() {
        return framesToMs(minGapFrames);
    }

    /** One frame in ms, rounded up: the shortest time a cue can be seen at all. */
    public long frameMs() {
        return Math.max(1, framesToMs(1));
    }

    public SubtitleProfile withId(String newId) {
        return new SubtitleProfile(newId, maxCharsPerLine, maxLines, maxCharsPerSecond, minDurationMs,
                maxDurationMs, minGapFrames, frameRate, soundCues, twoSpeakerCues, strictTiming);
    }

    public SubtitleProfile withSoundCues(SoundCues sounds) {
        return new SubtitleProfile(id, maxCharsPerLine, maxLines, maxCharsPerSecond, minDurationMs,
                maxDurationMs, minGapFrames, frameRate, sounds, twoSpeakerCues, strictTiming);
    }

    public SubtitleProfile withTwoSpeakerCues(boolean allowed) {
        return new SubtitleProfile(id, maxCharsPerLine, maxLines, maxCharsPerSecond, minDurationMs,
                maxDurationMs, minGapFrames, frameRate, soundCues, allowed, strictTiming);
    }

    public SubtitleProfile withStrictTiming(boolean strict) {
        return new SubtitleProfile(id, maxCharsPerLine, maxLines, maxCharsPerSecond, minDurationMs,
                maxDurationMs, minGapFrames, frameRate, soundCues, twoSpeakerCues, strict);
    }

    private long framesToMs(int frames) {
        // 2 frames at 24 fps are 83.3 ms: 84 ms, so a gap measured in whole ms is never a frame short
        return (long) Math.ceil(frames * 1000.0 / frameRate - 1e-9);
    }
}
