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
 * Reads WebVTT with {@link WebVttParser} (the W3C algorithm), then turns each cue's text into plain lines with
 * their voices and inline timestamps. YouTube roll-up auto-captions are recognised and collapsed first
 * ({@link YouTubeRollUp}). A cue whose timing cannot be read is skipped with a warning.
 */
final class WebVttReader {

    static final String NO_CUE =
            "no subtitle cue found (expected a timing line such as 00:00:01.000 --> 00:00:02.000)";

    private WebVttReader() {
    }

    static ReadResult read(String text, ReadOptions options) throws FormatException {
        boolean rollUp = YouTubeRollUp.isRollUp(text);
        WebVttParser.Result parsed = WebVttParser.parse(rollUp ? YouTubeRollUp.restorePadding(text) : text, true)
                .orElseThrow(() -> new FormatException(options.sourceName(), 1,
                        "not a WebVTT file: the first line must be WEBVTT"));
        List<String> warnings = new ArrayList<>(parsed.warnings());
        List<ReadCue> cues = rollUp ? YouTubeRollUp.collapse(parsed.cues(), warnings) : plainCues(parsed, warnings);
        if (cues.isEmpty() && !warnings.isEmpty()) {
            throw new FormatException(options.sourceName(), 0, "no readable cue (" + warnings.get(0) + ")");
        }
        if (cues.isEmpty()) { // refused as SRT and SBV files without cues are, by every command alike
            throw new FormatException(options.sourceName(), 1, NO_CUE);
        }
        return new ReadResult(CueTranscriptBuilder.build(cues, options, warnings), WebVttFormat.ID, warnings);
    }

    /** The cues as the file has them; see {@link WebVttFormat#readCues}. */
    static RawCues readCues(String text, String source) throws FormatException {
        List<String> warnings = new ArrayList<>();
        return RawCues.of(fileCues(text, source, warnings), warnings);
    }

    /** Every cue as the file has it (roll-up captions too), with what was worked around added to warnings. */
    static List<ReadCue> fileCues(String text, String source, List<String> warnings) throws FormatException {
        WebVttParser.Result parsed = WebVttParser.parse(text, true)
                .orElseThrow(() -> new FormatException(source, 1, "not a WebVTT file: the first line must be WEBVTT"));
        warnings.addAll(parsed.warnings());
        List<ReadCue> cues = plainCues(parsed, warnings);
        if (cues.isEmpty()) {
            throw new FormatException(source, 1, NO_CUE);
        }
        return cues;
    }

    private static List<ReadCue> plainCues(WebVttParser.Result parsed, List<String> warnings) {
        List<ReadCue> cues = new ArrayList<>(parsed.cues().size());
        for (VttCue cue : parsed.cues()) {
            long end = cue.end();
            if (end < cue.start()) {
                warnings.add("line " + cue.lineNumber() + ": cue ends before it starts; its end was set to its start");
                end = cue.start();
            }
            cues.add(new ReadCue(cue.lineNumber(), cue.start(), end,
                    VttCueText.parse(List.of(cue.rawText().split("\n", -1)))));
        }
        return cues;
    }
}
