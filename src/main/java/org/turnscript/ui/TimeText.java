package org.turnscript.ui;

/**
 * The old home of {@link org.turnscript.ui.text.TimeText}. A class below the window that uses this one makes a
 * package cycle with the window; import {@code org.turnscript.ui.text.TimeText} instead. Remove this class with
 * its last use.
 */
@Deprecated(forRemoval = true)
public final class TimeText {

    private TimeText() {
    }

    public static String format(long ms) {
        return org.turnscript.ui.text.TimeText.format(ms);
    }
}
