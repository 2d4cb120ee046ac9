package org.turnscript.formats.json;

import java.util.Locale;

/**
 * How enum constants are spelled in JSON: lower case with hyphens ({@code NON_SPEECH} → {@code non-speech},
 * {@code SPEAKER_CHANGE_HINT} → {@code speaker-change-hint}). Derived from the constant names so a new
 * constant never needs a second table.
 */
final class JsonNames {

    private JsonNames() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant spelled {@code name}, or {@code null} when there is none. */
    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(name)) {
                return value;
            }
        }
        return null;
    }
}
