package org.turnscript.subtitles;

import java.util.Locale;

/** How a cue shows who speaks, when the speaker changes. One setting used by every export format. */
public enum SpeakerLabelStyle {
    /** No visible label. */
    NONE("none"),
    /** {@code Kate: } */
    NAME("name"),
    /** {@code KATE: } */
    UPPER("upper"),
    /** {@code [Kate] } */
    BRACKET("bracket"),
    /** {@code - } (a dash, the Netflix way of showing a new speaker) */
    DASH("dash"),
    /** {@code >> } (broadcast captions) */
    CHEVRONS("chevrons");

    private final String id;

    SpeakerLabelStyle(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The prefix that goes before the speaker's first words, or "" for none. */
    public String label(String speakerName) {
        if (speakerName == null || speakerName.isBlank()) {
            return this == DASH || this == CHEVRONS ? prefixWithoutName() : "";
        }
        return switch (this) {
            case NONE -> "";
            case NAME -> speakerName + ": ";
            case UPPER -> speakerName.toUpperCase(Locale.ROOT) + ": ";
            case BRACKET -> "[" + speakerName + "] ";
            case DASH, CHEVRONS -> prefixWithoutName();
        };
    }

    private String prefixWithoutName() {
        return this == DASH ? "- " : ">> ";
    }

    public static SpeakerLabelStyle fromId(String id) {
        for (SpeakerLabelStyle s : values()) {
            if (s.id.equalsIgnoreCase(id) || s.name().equalsIgnoreCase(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown speaker label style '" + id
                + "' (none, name, upper, bracket, dash, chevrons)");
    }
}
