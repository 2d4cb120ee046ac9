package org.turnscript.formats.vtt;

import java.util.List;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Cue;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.CueLayout;

/**
 * Writes {@code WEBVTT}, a blank line, then each cue with LF endings. A cue with a known speaker is wrapped in a
 * voice span on every cue, not only on changes, so any single cue names its speaker.
 */
final class WebVttWriter {

    private WebVttWriter() {
    }

    static String write(Transcript transcript, ExportOptions options) {
        List<Cue> cues = CueLayout.layout(transcript, options.profile(), options.labelStyle(),
                options.includeNonSpeech());
        StringBuilder out = new StringBuilder(16 + cues.size() * 64).append("WEBVTT\n\n");
        for (Cue cue : cues) {
            out.append(VttTimestamps.format(cue.start())).append(" --> ")
                    .append(VttTimestamps.format(cue.end())).append('\n');
            String speaker = cue.speakerNames().isEmpty() ? null : cue.speakerNames().get(0);
            if (speaker != null) {
                out.append("<v ").append(VttCueText.escape(oneLine(speaker))).append('>');
            }
            List<String> lines = cue.lines();
            for (int i = 0; i < lines.size(); i++) {
                out.append(VttCueText.escape(oneLine(lines.get(i))));
                if (i == lines.size() - 1 && speaker != null) {
                    out.append("</v>");
                }
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A payload line must not contain a line break, which would end the cue or open a new block. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
