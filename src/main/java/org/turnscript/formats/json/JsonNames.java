package org.turnscript.formats.json;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How enum constants are spelled in JSON: lower case with hyphens ({@code NON_SPEECH} → {@code non-speech},
 * {@code SPEAKER_CHANGE_HINT} → {@code speaker-change-hint}). Derived from the constant names so a new
 * constant never needs a second table. Each enum's spellings are worked out once: a project names a timing and
 * flags for every word, a hundred thousand times in ten hours.
 */
final class JsonNames {

    /** Per enum type: the spelling of each constant by ordinal, and the constant of each spelling. */
    private record Spellings(String[] names, Map<String, Enum<?>> constants) {
    }

    private static final ClassValue<Spellings> SPELLINGS = new ClassValue<>() {
        @Override
        protected Spellings computeValue(Class<?> type) {
            Object[] values = type.getEnumConstants();
            String[] names = new String[values.length];
            Map<String, Enum<?>> constants = new HashMap<>();
            for (int i = 0; i < values.length; i++) {
                Enum<?> value = (Enum<?>) values[i];
                names[i] = value.name().toLowerCase(Locale.ROOT).replace('_', '-');
                constants.put(names[i], value);
            }
            return new Spellings(names, constants);
        }
    };

    private JsonNames() {
    }

    static String of(Enum<?> value) {
        return SPELLINGS.get(value.getDeclaringClass()).names()[value.ordinal()];
    }

    /** The constant spelled {@code name}, or {@code null} when there is none. */
    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null : type.cast(SPELLINGS.get(type).constants().get(name));
    }
}
