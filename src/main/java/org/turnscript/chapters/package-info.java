/**
 * Chapter suggestions: where a show's parts (the intro, each topic) probably start, found in the words alone or
 * with their times, and a title proposed for each from the words that follow. Pure: no window, no files. Read
 * {@link org.turnscript.chapters.ChapterSuggester} first.
 */
package org.turnscript.chapters;
