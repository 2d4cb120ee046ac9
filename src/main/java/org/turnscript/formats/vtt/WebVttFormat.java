package org.turnscript.formats.vtt;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
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

/** WebVTT captions, with speakers as voice spans. */
public final class WebVttFormat extends AbstractFormat implements CueFormat {

    public static final String ID = "vtt";

    public WebVttFormat() {
        super(ID, "WebVTT", Direction.READ_WRITE, "vtt");
    }

    /** The signature line makes a WebVTT file certain. */
    @Override
    public int sniff(String head) {
        // hasSignature allows one byte order mark itself; stripping one here too would let two through.
        return WebVttParser.hasSignature(head.split("\\r\\n|\\r|\\n", 2)[0]) ? 100 : 0;
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        return WebVttReader.read(text, options);
    }

    @Override
    public String write(Transcript transcript, ExportOptions options) {
        return WebVttWriter.write(transcript, options);
    }

    /** Reads the whole text first: the W3C algorithm works on a complete file. */
    @Override
    public CueSource openCues(LineSource lines, String sourceName, List<String> warnings) throws IOException,
            FormatException {
        StringBuilder text = new StringBuilder();
        for (String line = lines.next(); line != null; line = lines.next()) {
            text.append(text.length() == 0 ? "" : "\n").append(line);
        }
        Iterator<ReadCue> cues = WebVttReader.fileCues(text.toString(), sourceName, warnings).iterator();
        return () -> cues.hasNext() ? cues.next() : null;
    }

    @Override
    public CueSink cueSink(Writer out) {
        return WebVttWriter.sink(out);
    }

    @Override
    public boolean keepsCues(String head) {
        return !YouTubeRollUp.isRollUp(head);
    }

    /**
     * The cues of a file as it times and breaks them, with the voice of each line as its speaker, without
     * re-laying them out: what a subtitle check needs.
     *
     * @throws FormatException when the first line is not the WebVTT signature
     */
    public static RawCues readCues(String text, String sourceName) throws FormatException {
        return WebVttReader.readCues(text, sourceName);
    }

    /** Writes cues as they are, with voice spans from their speaker names. */
    public static String writeCues(List<Cue> cues) {
        return WebVttWriter.writeCues(cues);
    }
}
