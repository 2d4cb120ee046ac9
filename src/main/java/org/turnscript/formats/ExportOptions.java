package org.turnscript.formats;

import org.turnscript.subtitles.SpeakerDisplay;
import org.turnscript.subtitles.SpeakerLabelStyle;
import org.turnscript.subtitles.SubtitleProfile;

/**
 * How to write a transcript. The same options drive every format, so the window and the command line
 * produce byte-identical files for the same settings.
 *
 * @param speakerDisplay    how every format shows who speaks
 * @param profile           cue layout rules for SRT and WebVTT
 * @param includeNonSpeech  whether sound segments such as {@code [Music]} are exported (subtitles also follow
 *                          the profile's {@link SubtitleProfile#soundCues()})
 */
public record ExportOptions(SpeakerDisplay speakerDisplay, SubtitleProfile profile, boolean includeNonSpeech) {

    public static final ExportOptions DEFAULTS =
            new ExportOptions(SpeakerDisplay.DEFAULT, SubtitleProfile.NETFLIX, true);

    public ExportOptions {
        java.util.Objects.requireNonNull(speakerDisplay, "speakerDisplay");
        java.util.Objects.requireNonNull(profile, "profile");
    }

    /** Options with the older single label setting. */
    public ExportOptions(SpeakerLabelStyle labelStyle, SubtitleProfile profile, boolean includeNonSpeech) {
        this(SpeakerDisplay.of(labelStyle), profile, includeNonSpeech);
    }

    /** The label style of the speaker display ({@code UPPER} for names in capitals). */
    public SpeakerLabelStyle labelStyle() {
        return speakerDisplay.labelStyle();
    }

    /** Sets the label style, keeping the rest of the speaker display as it is. */
    public ExportOptions withLabelStyle(SpeakerLabelStyle style) {
        SpeakerDisplay of = SpeakerDisplay.of(style);
        return withSpeakerDisplay(new SpeakerDisplay(of.style(), of.casing(), speakerDisplay.everyCue(),
                speakerDisplay.countLabelInCps()));
    }

    public ExportOptions withSpeakerDisplay(SpeakerDisplay display) {
        return new ExportOptions(display, profile, includeNonSpeech);
    }

    public ExportOptions withProfile(SubtitleProfile p) {
        return new ExportOptions(speakerDisplay, p, includeNonSpeech);
    }

    public ExportOptions withNonSpeech(boolean include) {
        return new ExportOptions(speakerDisplay, profile, include);
    }

    /** The profile the subtitle writers lay cues out by: sounds dropped when the export leaves them out. */
    public SubtitleProfile layoutProfile() {
        return includeNonSpeech ? profile : profile.withSoundCues(org.turnscript.subtitles.SoundCues.DROP);
    }
}
