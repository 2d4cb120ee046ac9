package org.turnscript.formats.srt;

import java.util.List;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Cue;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.CueLayout;

/**
 * Writes cues the way the strictest players read them: CRLF (papnkukn/subsrt splits blocks on CRLF only),
 * an index from 1, {@code HH:MM:SS,mmm --> HH:MM:SS,mmm}, plain text, a blank line after every cue.
 * Speakers show only as the visible labels the layout put into the lines.
 */
final class SrtWriter {

    private static final String EOL = "\r\n";

    private SrtWriter() {
    }

    static String write(Transcript transcript, ExportOptions options) {
        return writeCues(CueLayout.layout(transcript, options.layoutProfile(), options.speakerDisplay()));
    }

    static String writeCues(List<Cue> cues) {
        StringBuilder out = new StringBuilder(cues.size() * 64);
        int index = 1;
        for (Cue cue : cues) {
            out.append(index++).append(EOL)
                    .append(SrtTimestamps.format(cue.start())).append(" --> ")
                    .append(SrtTimestamps.format(cue.end())).append(EOL);
            for (String line : cue.lines()) {
                String safe = safe(line);
                if (!safe.isEmpty()) { // a blank line would end the cue early
                    out.append(safe).append(EOL);
                }
            }
            out.append(EOL);
        }
        return out.toString();
    }

    /** A line must not end the cue early or look like a timing line. */
    private static String safe(String line) {
        return line.replaceAll("[\\r\\n]+", " ").replace("-->", "->").strip();
    }
}
