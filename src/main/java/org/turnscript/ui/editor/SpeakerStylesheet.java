package org.turnscript.ui.editor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.turnscript.model.Roster;
import org.turnscript.model.Speaker;

/**
 * Speaker colours as a generated stylesheet: each speaker has a style class, and changing a colour replaces the
 * stylesheet, so every visible paragraph and chip recolours at once without touching the document.
 */
public final class SpeakerStylesheet {

    private SpeakerStylesheet() {
    }

    /** The style class of a speaker's paragraphs and chips; ids from other tools are made CSS-safe. */
    public static String cssClass(String speakerId) {
        return "speaker-" + speakerId.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    public static String css(Roster roster) {
        StringBuilder css = new StringBuilder();
        for (Speaker s : roster.speakers()) {
            String cls = cssClass(s.id());
            css.append(".speaker-gutter.").append(cls).append(" { -fx-border-color: transparent ")
                    .append(s.color()).append(" transparent transparent; }\n");
            css.append(".speaker-chip.").append(cls).append(" { -fx-background-color: ").append(s.color()).append("; }\n");
            // Within a turn the chip is an outline in the speaker's colour; its text stays the theme's.
            css.append(".speaker-chip.continued.").append(cls).append(" { -fx-background-color: transparent; ")
                    .append("-fx-border-color: ").append(s.color()).append("; }\n");
            css.append(".suggestion-mark.").append(cls).append(" { -fx-text-fill: ").append(s.color()).append("; }\n");
            css.append(".speaker-swatch.").append(cls).append(" { -fx-fill: ").append(s.color()).append("; }\n");
            css.append(".chart-pie.").append(cls).append(", .timeline-turn.").append(cls)
                    .append(" { -fx-background-color: ").append(s.color()).append("; -fx-fill: ").append(s.color())
                    .append("; }\n");
        }
        return css.toString();
    }

    /** The stylesheet as a data URL that {@code getStylesheets()} accepts. */
    public static String dataUrl(Roster roster) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(roster).getBytes(StandardCharsets.UTF_8));
    }
}
