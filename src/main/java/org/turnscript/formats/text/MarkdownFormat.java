package org.turnscript.formats.text;

import java.util.regex.Pattern;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.SpeakerDisplay;

/**
 * A transcript for a web page or a notes app: the title as a heading, then per turn a {@code **Kate** · 00:12:34}
 * paragraph and the text paragraph below it, blank lines between. The name follows the export's speaker display
 * (cased as it says; no name for style none; a dash or {@code >>} opening the text for those styles). Written
 * only. Each chapter is a {@code ## Title} heading before the paragraph it opens. A start time that is a guess
 * (estimated or interpolated, not measured, aligned or anchored) is written {@code ~00:12:34}.
 */
public final class MarkdownFormat extends AbstractFormat {

    private static final String SEPARATOR = " · ";
    /** Characters that would turn text into emphasis, code, links or HTML. */
    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_<\\[\\]])");
    /** A paragraph starting like this would become a heading, quote, list or rule. */
    private static final Pattern BLOCK_START = Pattern.compile("^(#|>|[-+](?=\\s|$))");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d+)([.)])(?=\\s|$)");

    public MarkdownFormat() {
        super("md", "Markdown", Direction.WRITE_ONLY, "md");
    }

    @Override
    public int sniff(String head) {
        return 0;
    }

    @Override
    public String write(Transcript transcript, ExportOptions options) {
        StringBuilder out = new StringBuilder();
        String title = transcript.metadata().title();
        if (title != null && !title.isBlank()) {
            out.append("# ").append(escape(title.strip())).append('\n');
        }
        for (Turns.Turn turn : Turns.of(transcript, options.includeNonSpeech())) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (turn.chapter() != null) {
                out.append("## ").append(escape(turn.chapter().title())).append("\n\n");
            }
            String time = turn.time();
            if (turn.sound()) {
                out.append('*').append(escape(turn.text())).append('*');
                out.append(time != null ? SEPARATOR + time : "").append('\n');
                continue;
            }
            SpeakerDisplay display = options.speakerDisplay();
            String name = display.showsName() ? display.displayName(turn.speaker()) : null;
            String heading = name != null ? "**" + escape(name) + "**" : null;
            if (heading != null && time != null) {
                out.append(heading).append(SEPARATOR).append(time).append('\n');
            } else if (heading != null || time != null) {
                out.append(heading != null ? heading : time).append('\n');
            }
            if (heading != null || time != null) {
                out.append('\n'); // its own paragraph, or Markdown would run the heading into the text
            }
            // a dash or chevrons only mark the change: they open the paragraph, escaped so it stays a paragraph
            String marker = display.showsName() ? "" : display.label(turn.speaker());
            out.append(escape(marker + turn.text())).append('\n');
        }
        return out.toString();
    }

    static String escape(String text) {
        String inline = INLINE_SPECIAL.matcher(text).replaceAll("\\\\$1");
        String block = BLOCK_START.matcher(inline).replaceFirst("\\\\$1");
        return ORDERED_ITEM.matcher(block).replaceFirst("$1\\\\$2");
    }
}
