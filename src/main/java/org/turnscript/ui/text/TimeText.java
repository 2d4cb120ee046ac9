package org.turnscript.ui.text;

/** Times as editors read them: {@code 4:05} under an hour, {@code 1:04:05} from an hour on. */
public final class TimeText {

    private TimeText() {
    }

    public static String format(long ms) {
        if (ms < 0) {
            return "";
        }
        long s = ms / 1000;
        long h = s / 3600;
        return h > 0 ? String.format("%d:%02d:%02d", h, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
