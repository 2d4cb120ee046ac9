/**
 * Chapter lists as the places that publish them want them: a YouTube chapter list for a video description
 * ({@link org.turnscript.formats.chapters.YouTubeChaptersFormat}, with its rules in
 * {@link org.turnscript.formats.chapters.YouTubeChapterRules}) and WebVTT chapter cues
 * ({@link org.turnscript.formats.chapters.VttChaptersFormat}). The Podcasting 2.0 chapters file is JSON and lives
 * in {@code formats.json}. Read {@link org.turnscript.formats.chapters.ChapterTimes} first.
 */
package org.turnscript.formats.chapters;
