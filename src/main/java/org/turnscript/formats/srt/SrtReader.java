package org.turnscript.formats.srt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.CueTranscriptBuilder;
import org.turnscript.formats.cues.RawCues;
import org.turnscript.formats.cues.ReadCue;

/**
 * Reads SRT into cues, then into a transcript (one segment per cue). A block whose timing cannot be read is
 * skipped with a warning; a file without any readable cue is an error.
 */
final class SrtReader {

    private static final Pattern INDEX = Pattern.compile("^\\s*-?\\d+(\\.\\d*)?\\s*$");
    // Markup that players render as style; the words are what a transcript keeps.
    private static final Pattern STYLE_TAG = Pattern.compile(
            "<\\s*/?\\s*(?:i|b|u|s|font)(?:\\s[^>]*)?>|\\{\\\\[^}]*}", Pattern.CASE_INSENSITIVE);

    private final String source;
    private final String[] lines;
    private final List<String> warnings = new ArrayList<>();
    private final List<ReadCue> cues = new ArrayList<>();

    private SrtReader(String source, String text) {
        this.source = source;
        // CRLF, LF and CR all occur (SubtitleEdit docs); a stray BOM may survive a forced charset.
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        this.lines = (normal.startsWith("\uFEFF") ? normal.substring(1) : normal).split("\n", -1);
    }

    static ReadResult read(String text, ReadOptions options) throws FormatException {
        SrtReader reader = new SrtReader(options.sourceName(), text);
        reader.parse();
        if (reader.cues.isEmpty()) {
            int line = reader.firstNonBlankLine();
            throw new FormatException(reader.source, line,
                    "no subtitle cue found (expected a timing line such as 00:00:01,000 --> 00:00:02,000)");
        }
        return new ReadResult(CueTranscriptBuilder.build(reader.cues, options, reader.warnings), SrtFormat.ID,
                reader.warnings);
    }

    /** The cues as the file has them; see {@link SrtFormat#readCues}. */
    static RawCues readCues(String text, String source) throws FormatException {
        SrtReader reader = new SrtReader(source, text);
        reader.parse();
        if (reader.cues.isEmpty()) {
            throw new FormatException(source, reader.firstNonBlankLine(),
                    "no subtitle cue found (expected a timing line such as 00:00:01,000 --> 00:00:02,000)");
        }
        return RawCues.of(reader.cues, reader.warnings);
    }

    private void parse() {
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                i++;
            } else if (SrtTimestamps.isTimingLine(line)) {
                // Tolerated: no index line before the timing (cdown/srt test_parse_file_with_missing_index).
                i = readCue(i);
            } else if (INDEX.matcher(line).matches() && i + 1 < lines.length
                    && SrtTimestamps.isTimingLine(lines[i + 1])) {
                i = readCue(i + 1);
            } else if (!cues.isEmpty() && !line.contains("-->") && !INDEX.matcher(line).matches()
                    && lines[i - 1].isBlank()) {
                // Tolerated: a blank line inside a cue's text (cdown/srt test_parsing_content_with_blank_lines).
                i = appendToLastCue(i);
            } else {
                i = skipBlock(i);
            }
        }
    }

    /** Reads the cue whose timing line is {@code timingIndex}; returns the index after its text. */
    private int readCue(int timingIndex) {
        SrtTimestamps.Timing timing = SrtTimestamps.parseTiming(lines[timingIndex]);
        long end = timing.end();
        if (end < timing.start()) {
            warnings.add("line " + (timingIndex + 1) + ": cue ends before it starts; its end was set to its start");
            end = timing.start();
        }
        List<CueLine> text = new ArrayList<>();
        int i = timingIndex + 1;
        while (i < lines.length && !lines[i].isBlank() && !startsNextCue(i)) {
            text.add(CueLine.of(stripTags(lines[i])));
            i++;
        }
        cues.add(new ReadCue(timingIndex + 1, timing.start(), end, text));
        return i;
    }

    // Tolerated: the next cue starting without a blank line before it (pysubs2 and cdown/srt look ahead too).
    // Any other line with an arrow ends the text as well, so a broken timing line is reported, not shown.
    private boolean startsNextCue(int i) {
        return lines[i].contains("-->")
                || INDEX.matcher(lines[i]).matches() && i + 1 < lines.length
                && SrtTimestamps.isTimingLine(lines[i + 1]);
    }

    private int appendToLastCue(int from) {
        ReadCue last = cues.remove(cues.size() - 1);
        List<CueLine> text = new ArrayList<>(last.lines());
        int i = from;
        while (i < lines.length && !lines[i].isBlank() && !startsNextCue(i)) {
            text.add(CueLine.of(stripTags(lines[i])));
            i++;
        }
        cues.add(new ReadCue(last.lineNumber(), last.start(), last.end(), text));
        return i;
    }

    private int skipBlock(int from) {
        int timingLine = INDEX.matcher(lines[from]).matches() && from + 1 < lines.length ? from + 1 : from;
        warnings.add("line " + (timingLine + 1) + ": unreadable timing line '" + lines[timingLine].strip()
                + "'; block skipped");
        int i = from;
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private int firstNonBlankLine() {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i + 1;
            }
        }
        return 1;
    }

    private static String stripTags(String line) {
        return STYLE_TAG.matcher(line).replaceAll("");
    }
}
