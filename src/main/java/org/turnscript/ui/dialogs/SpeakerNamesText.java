package org.turnscript.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Speaker names as one comma-separated field: {@code Brian, Kate, Chris, Skyler}. */
public final class SpeakerNamesText {

    private SpeakerNamesText() {
    }

    /** The names in order, stripped; blanks and repeats (ignoring case) left out, as the roster would refuse them. */
    public static List<String> parse(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        Set<String> seen = new TreeSet<>();
        for (String part : text.split("[,;]")) {
            String name = part.strip();
            if (!name.isEmpty() && seen.add(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        return names;
    }

    public static String format(List<String> names) {
        return String.join(", ", names);
    }
}
