package org.turnscript.subtitles;

/**
 * The rules cues are laid out by.
 *
 * @param id                short name, e.g. "netflix"
 * @param maxCharsPerLine   characters per line
 * @param maxLines          lines per cue
 * @param maxCharsPerSecond reading speed
 * @param minDurationMs     shortest cue
 * @param maxDurationMs     longest cue
 * @param minGapMs          smallest gap between consecutive cues
 */
public record SubtitleProfile(String id, int maxCharsPerLine, int maxLines, double maxCharsPerSecond,
                              long minDurationMs, long maxDurationMs, long minGapMs) {

    /** Netflix English: 42 characters, 2 lines, 20 cps, 5/6 s to 7 s, 2 frames at 24 fps. */
    public static final SubtitleProfile NETFLIX = new SubtitleProfile("netflix", 42, 2, 20, 833, 7000, 84);

    public SubtitleProfile {
        if (maxCharsPerLine < 10 || maxLines < 1 || maxCharsPerSecond <= 0 || minDurationMs < 0
                || maxDurationMs <= minDurationMs || minGapMs < 0) {
            throw new IllegalArgumentException("inconsistent subtitle profile " + id);
        }
    }
}
