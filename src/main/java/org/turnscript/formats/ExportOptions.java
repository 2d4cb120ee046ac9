package org.turnscript.formats;

import org.turnscript.subtitles.SpeakerLabelStyle;
import org.turnscript.subtitles.SubtitleProfile;

/**
 * How to write a transcript. The same options drive every format, so the window and the command line
 * produce byte-identical files for the same settings.
 *
 * @param labelStyle        visible speaker label on a speaker change
 * @param profile           cue layout rules for SRT and WebVTT
 * @param includeNonSpeech  whether sound segments such as {@code [Music]} are exported
 */
public record ExportOptions(SpeakerLabelStyle labelStyle, SubtitleProfile profile, boolean includeNonSpeech) {

    public static final ExportOptions DEFAULTS =
            new ExportOptions(SpeakerLabelStyle.NAME, SubtitleProfile.NETFLIX, true);

    public ExportOptions withLabelStyle(SpeakerLabelStyle style) {
        return new ExportOptions(style, profile, includeNonSpeech);
    }

    public ExportOptions withProfile(SubtitleProfile p) {
        return new ExportOptions(labelStyle, p, includeNonSpeech);
    }

    public ExportOptions withNonSpeech(boolean include) {
        return new ExportOptions(labelStyle, profile, include);
    }
}
