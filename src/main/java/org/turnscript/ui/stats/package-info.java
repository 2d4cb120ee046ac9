/**
 * Pictures of a conversation: talk time per speaker and a timeline of turns, both in the speakers' colours. Read
 * {@link org.turnscript.ui.stats.TurnTimeline} first; the numbers come from the pure
 * {@link org.turnscript.ui.stats.Turns} and {@link org.turnscript.ui.stats.TalkTime}.
 */
package org.turnscript.ui.stats;
