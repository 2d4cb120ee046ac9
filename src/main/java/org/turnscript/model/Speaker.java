package org.turnscript.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person in the roster.
 *
 * @param id    stable identifier, never shown, never reused within a transcript
 * @param name  display name, e.g. "Kate Soule" or "Kate"
 * @param color {@code #RRGGBB}
 * @param key   the tagging key 1–9 (Ctrl+key in the editor), or 0 for none; never renumbered by itself
 */
public record Speaker(String id, String name, String color, int key) {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Speaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("speaker name is blank");
        }
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("speaker colour must be #RRGGBB: " + color);
        }
        if (key < 0 || key > 9) {
            throw new IllegalArgumentException("speaker key must be 0..9: " + key);
        }
    }

    public Speaker withName(String newName) {
        return new Speaker(id, newName, color, key);
    }

    public Speaker withColor(String newColor) {
        return new Speaker(id, name, newColor, key);
    }

    public Speaker withKey(int newKey) {
        return new Speaker(id, name, color, newKey);
    }
}
