package org.turnscript.formats.srt;

import java.util.List;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.cues.RawCues;
import org.turnscript.model.Cue;
import org.turnscript.model.Transcript;

/** SubRip subtitles: read tolerantly, written strictly. */
public final class SrtFormat extends AbstractFormat {

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
        for (String line : text.split("\\r\\n|\\r|\\n")) {
            if (SrtTimestamps.isTimingLine(line)) {
                return line.contains(",") ? 90 : 60;
            }
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
