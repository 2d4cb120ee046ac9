/**
 * Plain-text formats: readers and writers for transcripts as text without markup of a caption format.
 * Start with {@link org.turnscript.formats.text.CaptionTextFormat}, the reader of untimed caption text (a bare
 * caption dump, or a copied caption-statistics page parsed by
 * {@link org.turnscript.formats.text.CaptionPageParser}); {@link org.turnscript.formats.text.ProvisionalSegmenter}
 * cuts its words into short segments for the editor, and {@code timing.DurationEstimator} gives them times.
 */
package org.turnscript.formats.text;
