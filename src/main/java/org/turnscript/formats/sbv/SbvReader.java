package org.turnscript.formats.sbv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.CueTranscriptBuilder;
import org.turnscript.formats.cues.ReadCue;

/**
 * Reads SBV blocks: a timing line, text lines, a blank line. A block whose first line is no timing is skipped with
 * a warning; a file without any readable block is an error.
 */
final class SbvReader {

    // "0:00:00.599,0:00:04.160" (YouTube help). Tolerated: spaces around the comma and "," before the
    // milliseconds, both seen in hand-edited files; a short fraction is a decimal fraction, as in SRT.
    private static final String TIME = "(\\d+):(\\d{1,2}):(\\d{1,2})[.,](\\d{1,3})";
    private static final Pattern TIMING = Pattern.compile("^\\s*" + TIME + "\\s*,\\s*" + TIME + "\\s*$");
    // SubViewer 2 and subsrt write "[br]" for a line break inside one text line.
    private static final Pattern BREAK = Pattern.compile("\\[br]", Pattern.CASE_INSENSITIVE);

    private SbvReader() {
    }

    record Timing(long start, long end) {
    }

    /** Hours of more digits than this are no recording; such a line is read as no timing at all. */
    private static final int MAX_HOUR_DIGITS = 6;

    static Timing parseTiming(String line) {
        Matcher m = TIMING.matcher(line);
        if (!m.matches() || m.group(1).length() > MAX_HOUR_DIGITS || m.group(5).length() > MAX_HOUR_DIGITS) {
            return null; // 99999999999999999999 hours would overflow a long
        }
        return new Timing(millis(m, 1), millis(m, 5));
    }

    static ReadResult read(String text, ReadOptions options) throws FormatException {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        // A BOM that survived a forced charset is not text.
        String[] lines = (normal.startsWith("\uFEFF") ? normal.substring(1) : normal).split("\n", -1);
        List<ReadCue> cues = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            Timing timing = parseTiming(lines[i]);
            List<CueLine> body = new ArrayList<>();
            i++;
            while (i < lines.length && !lines[i].isBlank()) {
                for (String part : BREAK.split(lines[i], -1)) {
                    body.add(CueLine.of(part));
                }
                i++;
            }
            if (timing == null) {
                warnings.add("line " + (blockStart + 1) + ": unreadable timing line '" + lines[blockStart].strip()
                        + "'; block skipped");
                continue;
            }
            long end = timing.end();
            if (end < timing.start()) {
                warnings.add("line " + (blockStart + 1) + ": cue ends before it starts; its end was set to its start");
                end = timing.start();
            }
            cues.add(new ReadCue(blockStart + 1, timing.start(), end, body));
        }
        if (cues.isEmpty()) {
            throw new FormatException(options.sourceName(), warnings.isEmpty() ? 1 : firstLine(lines),
                    "no caption found (expected a timing line such as 0:00:01.000,0:00:03.000)");
        }
        return new ReadResult(CueTranscriptBuilder.build(cues, options, warnings), SbvFormat.ID, warnings);
    }

    private static int firstLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i + 1;
            }
        }
        return 1;
    }

    private static long millis(Matcher m, int first) {
        long hours = Long.parseLong(m.group(first));
        long minutes = Long.parseLong(m.group(first + 1));
        long seconds = Long.parseLong(m.group(first + 2));
        long fraction = Long.parseLong((m.group(first + 3) + "00").substring(0, 3));
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
    }
}
