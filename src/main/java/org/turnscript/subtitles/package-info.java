/**
 * Subtitle layout: turning segments and word times into cues under a {@link org.turnscript.subtitles.SubtitleProfile},
 * with one {@link org.turnscript.subtitles.SpeakerLabelStyle} for every format. Pure Java. Start with
 * {@link org.turnscript.subtitles.CueLayout}.
 */
package org.turnscript.subtitles;
