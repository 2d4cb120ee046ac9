package org.turnscript.subtitles;

import java.util.Locale;

/** How a speaker's name is written in a visible label. */
public enum LabelCasing {
    /** As in the roster: {@code Kate Soule}. */
    AS_WRITTEN,
    /** Broadcast style: {@code KATE SOULE}. */
    UPPER,
    /** Each word capitalised, the rest lower case: {@code kate SOULE} becomes {@code Kate Soule}. */
    TITLE;

    public String apply(String name) {
        return switch (this) {
            case AS_WRITTEN -> name;
            case UPPER -> name.toUpperCase(Locale.ROOT);
            case TITLE -> title(name);
        };
    }

    public static LabelCasing fromId(String id) {
        for (LabelCasing c : values()) {
            if (c.name().replace("_", "-").equalsIgnoreCase(id.strip()) || c.name().equalsIgnoreCase(id.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown label casing '" + id + "' (as-written, upper, title)");
    }

    private static String title(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean startOfWord = true;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            out.appendCodePoint(startOfWord ? Character.toTitleCase(cp) : Character.toLowerCase(cp));
            // "O'Brien" and "Jean-Luc": the letter after an apostrophe or hyphen starts a word part too
            startOfWord = Character.isWhitespace(cp) || cp == '-' || cp == '\'' || cp == '’';
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
