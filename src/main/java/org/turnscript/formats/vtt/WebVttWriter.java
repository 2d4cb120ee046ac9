package org.turnscript.formats.vtt;

import java.util.List;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Cue;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.CueLayout;

/**
 * Writes {@code WEBVTT}, a blank line, then each cue with LF endings. A cue with a known speaker is wrapped in a
 * voice span on every cue, not only on changes, so any single cue names its speaker; the visible label the
 * speaker display asks for stays inside the span. A two-speaker cue gets one span per line.
 */
final class WebVttWriter {

    private WebVttWriter() {
    }

    static String write(Transcript transcript, ExportOptions options) {
        return writeCues(CueLayout.layout(transcript, options.layoutProfile(), options.speakerDisplay()));
    }

    static String writeCues(List<Cue> cues) {
        StringBuilder out = new StringBuilder(16 + cues.size() * 64).append("WEBVTT\n\n");
        for (Cue cue : cues) {
            out.append(VttTimestamps.format(cue.start())).append(" --> ")
                    .append(VttTimestamps.format(cue.end())).append('\n');
            List<String> lines = cue.lines().stream().map(WebVttWriter::oneLine).filter(l -> !l.isEmpty()).toList();
            List<String> names = cue.speakerNames();
            if (names.size() > 1 && names.size() == cue.lines().size() && lines.size() == names.size()) {
                for (int i = 0; i < lines.size(); i++) {
                    appendVoiced(out, names.get(i), lines.get(i));
                    out.append('\n');
                }
            } else {
                String speaker = names.isEmpty() ? null : names.get(0);
                for (int i = 0; i < lines.size(); i++) {
                    if (i == 0 && speaker != null) {
                        out.append("<v ").append(VttCueText.escape(oneLine(speaker))).append('>');
                    }
                    out.append(VttCueText.escape(lines.get(i)));
                    if (i == lines.size() - 1 && speaker != null) {
                        out.append("</v>");
                    }
                    out.append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void appendVoiced(StringBuilder out, String speaker, String line) {
        if (speaker == null) {
            out.append(VttCueText.escape(line));
            return;
        }
        out.append("<v ").append(VttCueText.escape(oneLine(speaker))).append('>').append(VttCueText.escape(line))
                .append("</v>");
    }

    /** A payload line must not contain a line break, which would end the cue or open a new block. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
