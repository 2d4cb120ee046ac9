package org.turnscript.subtitles;

import java.util.Objects;

/**
 * How every export format shows who speaks: one setting for SRT, WebVTT, plain text and Markdown.
 *
 * @param style           the visible label: none, a name, {@code [Name]}, a dash or {@code >>}
 *                        ({@link SpeakerLabelStyle#UPPER} is read as {@code NAME} in {@link LabelCasing#UPPER})
 * @param casing          how a name in the label is written
 * @param everyCue        whether every cue carries the label, not only the first after a speaker change
 * @param countLabelInCps whether the label's characters count toward reading speed (DCMP counts speaker IDs;
 *                        a reader skims a name they have seen many times)
 */
public record SpeakerDisplay(SpeakerLabelStyle style, LabelCasing casing, boolean everyCue,
                             boolean countLabelInCps) {

    /** {@code Kate: } on the first cue after a change, counted in the reading speed. */
    public static final SpeakerDisplay DEFAULT = new SpeakerDisplay(SpeakerLabelStyle.NAME, LabelCasing.AS_WRITTEN,
            false, true);

    public SpeakerDisplay {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(casing, "casing");
        if (style == SpeakerLabelStyle.UPPER) {
            style = SpeakerLabelStyle.NAME;
            casing = LabelCasing.UPPER;
        }
    }

    /** The display the older single setting meant: labels on a change, counted in the reading speed. */
    public static SpeakerDisplay of(SpeakerLabelStyle style) {
        return new SpeakerDisplay(style, LabelCasing.AS_WRITTEN, false, true);
    }

    /** The single-setting equivalent, {@link SpeakerLabelStyle#UPPER} for upper-case names. */
    public SpeakerLabelStyle labelStyle() {
        return style == SpeakerLabelStyle.NAME && casing == LabelCasing.UPPER ? SpeakerLabelStyle.UPPER : style;
    }

    public SpeakerDisplay withStyle(SpeakerLabelStyle newStyle) {
        return new SpeakerDisplay(newStyle, casing, everyCue, countLabelInCps);
    }

    public SpeakerDisplay withCasing(LabelCasing newCasing) {
        return new SpeakerDisplay(style, newCasing, everyCue, countLabelInCps);
    }

    public SpeakerDisplay withEveryCue(boolean on) {
        return new SpeakerDisplay(style, casing, on, countLabelInCps);
    }

    public SpeakerDisplay withCountLabelInCps(boolean on) {
        return new SpeakerDisplay(style, casing, everyCue, on);
    }

    /** Whether a label names the speaker, as opposed to only marking a change (dash, chevrons) or nothing. */
    public boolean showsName() {
        return style == SpeakerLabelStyle.NAME || style == SpeakerLabelStyle.BRACKET;
    }

    /** The name as labels write it, or {@code null} for nobody. */
    public String displayName(String speakerName) {
        return speakerName == null || speakerName.isBlank() ? null : casing.apply(speakerName.strip());
    }

    /** The prefix for a cue or paragraph of {@code speakerName} (null for nobody), or "" for none. */
    public String label(String speakerName) {
        String name = displayName(speakerName);
        return switch (style) {
            case NONE -> "";
            case NAME, UPPER -> name == null ? "" : name + ": ";
            case BRACKET -> name == null ? "" : "[" + name + "] ";
            case DASH -> "- ";
            case CHEVRONS -> ">> ";
        };
    }

    /** The label for a cue: on a speaker change, or on every cue when asked. */
    public String labelFor(String speakerName, boolean speakerChanged) {
        return speakerChanged || everyCue ? label(speakerName) : "";
    }
}
