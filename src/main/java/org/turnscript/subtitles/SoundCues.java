package org.turnscript.subtitles;

/** What a subtitle profile does with non-speech segments ({@code [Music]}, {@code ♪ la la ♪}). */
public enum SoundCues {
    /** Left out: the subtitles carry speech only. */
    DROP,
    /**
     * A cue of its own in square brackets and lower case, {@code [music]}, as Netflix's SDH rules write sound
     * effects; song lyrics between {@code ♪} stay as written.
     */
    BRACKETED;

    public static SoundCues fromId(String id) {
        for (SoundCues s : values()) {
            if (s.name().equalsIgnoreCase(id.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sound cue setting '" + id + "' (drop, bracketed)");
    }
}
