package org.turnscript.chapters;

/**
 * A place where a chapter probably starts, with a proposed title and why.
 *
 * @param segmentIndex the segment of the first word
 * @param wordIndex    the word's index in that segment
 * @param flatIndex    the word's index in the whole transcript, from 0
 * @param startMs      the word's start, or -1 when it has no time
 * @param score        0..1; suggestions at or above {@link ChapterSuggester#DEFAULT_THRESHOLD} are shown
 * @param cue          what fired, in words ("[Music] between speech", "sign-post \"let's move on\"", …)
 * @param title        proposed from the words that follow
 */
public record ChapterSuggestion(int segmentIndex, int wordIndex, int flatIndex, long startMs, double score, String cue,
                                String title) {
}
