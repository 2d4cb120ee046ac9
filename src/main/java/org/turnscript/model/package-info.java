/**
 * The transcript model: pure, immutable values. Read {@link org.turnscript.model.Transcript} first, then
 * {@link org.turnscript.model.Segment} and {@link org.turnscript.model.Word}. Edits return new values; words that
 * cleanup drops stay here, flagged, so nothing is ever lost. Times are integer milliseconds.
 */
package org.turnscript.model;
