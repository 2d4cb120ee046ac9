/**
 * Subtitles under rules: turning segments and word times into cues under a
 * {@link org.turnscript.subtitles.SubtitleProfile} (built-ins and profile files in
 * {@link org.turnscript.subtitles.SubtitleProfiles}), with one {@link org.turnscript.subtitles.SpeakerDisplay}
 * for every format, and checking cues against a profile ({@link org.turnscript.subtitles.SubtitleLint},
 * {@link org.turnscript.subtitles.SubtitleFixes}). Pure Java. Start with
 * {@link org.turnscript.subtitles.CueLayout}.
 */
package org.turnscript.subtitles;
