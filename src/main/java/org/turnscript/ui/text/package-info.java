/**
 * How the window writes values as text, shared by every panel and dialog: {@link org.turnscript.ui.text.TimeText}.
 * It sits below every other {@code ui} package and depends on none of them, so any of them may use it.
 */
package org.turnscript.ui.text;
