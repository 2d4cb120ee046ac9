/**
 * Suggested speaker turns in the window. {@link org.turnscript.ui.suggest.SuggestionReview} is the view model (no
 * nodes): it asks the core's {@code TurnSuggester} about the open document and applies the editor's answers as
 * one undo step each; {@link org.turnscript.ui.suggest.SuggestionControls} puts the marks in the gutter and the keys
 * and menu items in the window.
 */
package org.turnscript.ui.suggest;
