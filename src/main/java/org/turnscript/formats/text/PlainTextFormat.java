package org.turnscript.formats.text;

import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Transcript;

/**
 * A readable transcript: one paragraph per turn, {@code [00:12:34] Kate: text}, a blank line between turns,
 * sounds as {@code [00:15:00] [Music]} lines. The speaker shows as the export's speaker display labels it
 * ({@code KATE: }, {@code [Kate] }, {@code - }, none, …); every paragraph is a new turn, so it is always labelled.
 * Written only; caption text is read by another format. Each chapter is its title underlined with {@code =},
 * before the paragraph it opens. A start time that is a guess (estimated or interpolated, not measured, aligned or
 * anchored) is written {@code [~00:12:34]}.
 */
public final class PlainTextFormat extends AbstractFormat {

    public PlainTextFormat() {
        super("txt", "Plain text", Direction.WRITE_ONLY, "txt");
    }

    @Override
    public int sniff(String head) {
        return 0;
    }

    @Override
    public String write(Transcript transcript, ExportOptions options) {
        StringBuilder out = new StringBuilder();
        for (Turns.Turn turn : Turns.of(transcript, options.includeNonSpeech())) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (turn.chapter() != null) {
                // An underlined line: a heading anyone reads as one, in any viewer.
                String title = turn.chapter().title().replaceAll("\\s+", " ");
                out.append(title).append('\n').append("=".repeat(Math.max(3, title.length()))).append("\n\n");
            }
            String time = turn.time();
            if (time != null) {
                out.append('[').append(time).append("] ");
            }
            if (!turn.sound()) {
                out.append(options.speakerDisplay().label(turn.speaker()));
            }
            out.append(turn.text()).append('\n');
        }
        return out.toString();
    }
}
