/**
 * The JavaFX window: the RichTextFX transcript area, the roster, dialogs and charts. View models hold state;
 * views bind to them. Start with {@link org.turnscript.ui.TurnscriptApp}.
 */
package org.turnscript.ui;
