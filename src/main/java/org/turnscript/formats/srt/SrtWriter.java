package org.turnscript.formats.srt;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.BufferedCueSink;
import org.turnscript.formats.cues.CueSink;
import org.turnscript.formats.cues.CueTimes;
import org.turnscript.formats.cues.ReadCue;
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
            append(out, index++, cue.start(), cue.end(), cue.lines());
        }
        return out.toString();
    }

    /** A sink that writes each cue as it comes, numbered from 1. */
    static CueSink sink(Writer writer) {
        return new BufferedCueSink(writer) {
            private final List<String> lines = new ArrayList<>(4);
            private int index = 1;

            @Override
            public void write(ReadCue cue) throws IOException {
                lines.clear();
                for (CueLine line : cue.lines()) {
                    lines.add(line.text());
                }
                append(out(), index++, cue.start(), cue.end(), lines);
                written();
            }
        };
    }

    private static void append(StringBuilder out, int index, long start, long end, List<String> lines) {
        out.append(index).append(EOL);
        CueTimes.append(out, start, ',').append(" --> ");
        CueTimes.append(out, end, ',').append(EOL);
        for (String line : lines) {
            String safe = safe(line);
            if (!safe.isEmpty()) { // a blank line would end the cue early
                out.append(safe).append(EOL);
            }
        }
        out.append(EOL);
    }

    /** A line must not end the cue early or look like a timing line. */
    private static String safe(String line) {
        String one = line.indexOf('\r') < 0 && line.indexOf('\n') < 0 ? line : line.replaceAll("[\\r\\n]+", " ");
        return (one.contains("-->") ? one.replace("-->", "->") : one).strip();
    }
}
