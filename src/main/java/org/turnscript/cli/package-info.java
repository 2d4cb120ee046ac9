/**
 * The {@code turnscript} command line (picocli): thin commands over {@link org.turnscript.convert}. Loads no
 * JavaFX class, so it runs on a server without a display. Start with {@link org.turnscript.cli.TurnscriptCommand}.
 */
package org.turnscript.cli;
