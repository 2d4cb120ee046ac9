package org.turnscript.timing;

/**
 * Whether a caption file's cues may keep the words near their times when they are timed from the recording
 * ({@link SoundPath}): the path found with them must cost the sound little more than the one found without them.
 * Cues of this recording move words only where the sound can hardly tell; cues of another cut (a longer intro, an
 * advert put in) or of another talk pull the words off the sound, and are left out.
 */
final class CuePrior {

    /**
     * Natural-log units per group of stretches the cues may cost the sound. The development conversations' own
     * cues cost it 0.005 to 0.016; cues four seconds off cost a synthetic talk 0.38, and cues in disorder 5.3.
     */
    static final double MAX_EXTRA = 0.1;

    private CuePrior() {
    }

    /** Whether {@code cued}, found with the cues' prior, costs the sound little more than {@code heard} without. */
    static boolean follows(SoundPath.Path cued, SoundPath.Path heard) {
        double extra = (cued.soundCost() - heard.soundCost()) / Math.max(1, heard.groups());
        return extra <= MAX_EXTRA;
    }
}
