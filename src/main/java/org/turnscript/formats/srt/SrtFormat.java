package org.turnscript.formats.srt;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.cues.CueFormat;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.cues.CueSink;
import org.turnscript.formats.cues.CueSource;
import org.turnscript.formats.cues.LineSource;
import org.turnscript.formats.cues.RawCues;
import org.turnscript.formats.cues.ReadCue;
import org.turnscript.model.Cue;
import org.turnscript.model.Transcript;

/** SubRip subtitles: read tolerantly, written strictly. */
public final class SrtFormat extends AbstractFormat implements CueFormat {

    public static final String ID = "srt";

    public SrtFormat() {
        super(ID, "SubRip (SRT)", Direction.READ_WRITE, "srt");
    }

    /** A timing line with a comma is SRT's signature; with a dot it may still be SRT, unless it is WebVTT. */
    @Override
    public int sniff(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        if (text.stripLeading().startsWith("WEBVTT")) {
            return 0;
        }
        int from = 0;
        while (from <= text.length()) {
            int end = from;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(from, end);
            if (SrtTimestamps.isTimingLine(line)) {
                return line.contains(",") ? 90 : 60;
            }
            from = end + 1;
        }
        return 0;
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        return SrtReader.read(text, options);
    }

    @Override
    public String write(Transcript transcript, ExportOptions options) {
        return SrtWriter.write(transcript, options);
    }

    @Override
    public CueSource openCues(LineSource lines, String sourceName, List<String> warnings) {
        SrtReader reader = new SrtReader(lines, warnings);
        return new CueSource() {
            private boolean any;

            @Override
            public ReadCue next() throws IOException, FormatException {
                ReadCue cue = reader.next();
                if (cue == null && !any) {
                    throw reader.noCue(sourceName);
                }
                any = true;
                return cue;
            }
        };
    }

    @Override
    public CueSink cueSink(Writer out) {
        return SrtWriter.sink(out);
    }

    /**
     * The cues of a file as it times and breaks them, without re-laying them out: what a subtitle check needs.
     *
     * @throws FormatException when the text holds no cue at all
     */
    public static RawCues readCues(String text, String sourceName) throws FormatException {
        return SrtReader.readCues(text, sourceName);
    }

    /** Writes cues as they are, numbered from 1. */
    public static String writeCues(List<Cue> cues) {
        return SrtWriter.writeCues(cues);
    }
}
