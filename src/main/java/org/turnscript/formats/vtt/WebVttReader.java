package org.turnscript.formats.vtt;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.cues.CueTranscriptBuilder;
import org.turnscript.formats.cues.RawCues;
import org.turnscript.formats.cues.ReadCue;

/**
 * Reads WebVTT block by block as the W3C parser does: signature, ignored header lines, then NOTE, STYLE and
 * REGION blocks (skipped) and cues with an optional identifier. A cue whose timing cannot be read is skipped
 * with a warning.
 */
final class WebVttReader {

    private final String source;
    private final String[] lines;
    private final List<String> warnings = new ArrayList<>();
    private final List<ReadCue> cues = new ArrayList<>();

    private WebVttReader(String source, String text) {
        this.source = source;
        String normal = text.replace("\r\n", "\n").replace('\r', '\n').replace('\0', '\uFFFD');
        this.lines = (normal.startsWith("\uFEFF") ? normal.substring(1) : normal).split("\n", -1);
    }

    static ReadResult read(String text, ReadOptions options) throws FormatException {
        WebVttReader reader = new WebVttReader(options.sourceName(), text);
        if (!hasSignature(reader.lines[0])) {
            throw new FormatException(reader.source, 1, "not a WebVTT file: the first line must be WEBVTT");
        }
        reader.parse();
        if (reader.cues.isEmpty() && !reader.warnings.isEmpty()) {
            throw new FormatException(reader.source, 0, "no readable cue (" + reader.warnings.get(0) + ")");
        }
        if (reader.cues.isEmpty()) {
            reader.warnings.add("line 1: the file has no cues");
        }
        return new ReadResult(CueTranscriptBuilder.build(reader.cues, options), WebVttFormat.ID, reader.warnings);
    }

    /** The cues as the file has them; see {@link WebVttFormat#readCues}. */
    static RawCues readCues(String text, String source) throws FormatException {
        WebVttReader reader = new WebVttReader(source, text);
        if (!hasSignature(reader.lines[0])) {
            throw new FormatException(source, 1, "not a WebVTT file: the first line must be WEBVTT");
        }
        reader.parse();
        return RawCues.of(reader.cues, reader.warnings);
    }

    /** {@code WEBVTT} alone or followed by a space or tab and any text. */
    static boolean hasSignature(String firstLine) {
        return firstLine.startsWith("WEBVTT")
                && (firstLine.length() == 6 || firstLine.charAt(6) == ' ' || firstLine.charAt(6) == '\t');
    }

    private void parse() {
        int i = 1;
        while (i < lines.length && !lines[i].isBlank()) {
            i++; // header lines after the signature ("Kind: captions") are ignored, as the W3C parser does
        }
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
            } else if (!lines[i].contains("-->") && isSkippedBlock(lines[i])) {
                i = blockEnd(i);
            } else {
                i = readCue(i);
            }
        }
    }

    private int readCue(int from) {
        int timingLine = lines[from].contains("-->") ? from
                : from + 1 < lines.length && lines[from + 1].contains("-->") ? from + 1 : -1;
        if (timingLine < 0) {
            warnings.add("line " + (from + 1) + ": block without a cue timing skipped");
            return blockEnd(from);
        }
        VttTimestamps.Timing timing = VttTimestamps.parseTiming(lines[timingLine]);
        if (timing == null) {
            warnings.add("line " + (timingLine + 1) + ": unreadable cue timing '" + lines[timingLine].strip()
                    + "'; cue skipped");
            return blockEnd(timingLine + 1);
        }
        long end = timing.end();
        if (end < timing.start()) {
            warnings.add("line " + (timingLine + 1) + ": cue ends before it starts; its end was set to its start");
            end = timing.start();
        }
        List<String> payload = new ArrayList<>();
        int i = timingLine + 1;
        // A line with an arrow ends the payload and starts the next cue (W3C parser, "collect cue text").
        while (i < lines.length && !lines[i].isBlank() && !lines[i].contains("-->")) {
            payload.add(lines[i]);
            i++;
        }
        cues.add(new ReadCue(timingLine + 1, timing.start(), end, VttCueText.parse(payload)));
        return i;
    }

    private int blockEnd(int from) {
        int i = from;
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static boolean isSkippedBlock(String line) {
        return startsWithKeyword(line, "NOTE") || startsWithKeyword(line, "STYLE")
                || startsWithKeyword(line, "REGION");
    }

    private static boolean startsWithKeyword(String line, String keyword) {
        return line.startsWith(keyword)
                && (line.length() == keyword.length() || Character.isWhitespace(line.charAt(keyword.length())));
    }
}
