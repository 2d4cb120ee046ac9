/**
 * Timing: estimated times for untimed text, anchors, and re-alignment of word times after text edits.
 * Pure Java. Start with DurationEstimator.
 */
package org.turnscript.timing;
