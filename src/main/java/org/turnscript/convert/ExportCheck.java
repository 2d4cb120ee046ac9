package org.turnscript.convert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.TextChecks;
import org.turnscript.formats.TranscriptFormat;
import org.turnscript.formats.cues.CueFormat;
import org.turnscript.formats.cues.CueSource;
import org.turnscript.formats.cues.LineSource;

/**
 * An export is checked before it is written: a file Turnscript could not read back is an error at write time, not
 * a surprise at the next open. Subtitles are read back cue by cue (no transcript is built, so this costs a fraction
 * of the export); other formats are checked to hold text at all, since their writers serialise a transcript the
 * readers take by construction (the round-trip properties test that).
 */
final class ExportCheck {

    private ExportCheck() {
    }

    /**
     * Refuses an export that is empty, that the readers would take for binary, or whose cues they would refuse.
     *
     * @param text  the export as written
     * @param bytes the same, as the UTF-8 that goes into the file; a format other than subtitles is checked on
     *              the text, not decoded from the bytes again (a project of ten hours is 17 MB), which for these
     *              checks (byte order marks, NUL, control characters) is the same
     */
    static void requireReadable(String text, byte[] bytes, TranscriptFormat format, String target)
            throws FormatException {
        if (isBlank(bytes)) {
            throw new FormatException(target, 0, "nothing to write: the document has no words to export as "
                    + format.displayName() + ", and an empty file could not be opened again");
        }
        if (!(format instanceof CueFormat cues)) {
            // words that carry stray control characters can make a plain-text export more control than text
            // (a fuzzed cue of "tex\u0001\u0002\u0003\u001bt" behind many voice tags): a file the reader takes for binary
            try {
                TextChecks.requireText(text, target);
            } catch (FormatException e) {
                throw new FormatException(target, e.line(), "the export could not be read back, so it was not "
                        + "written: " + e.problem());
            }
            return;
        }
        List<String> warnings = new ArrayList<>();
        try {
            // Subtitles are read back from the file's bytes, as the next open reads them (a lone surrogate in the
            // text is a "?" there).
            String written = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            TextChecks.requireText(written, target);
            CueSource source = cues.openCues(LineSource.of(written).limitLines(InputLimits.DEFAULTS.maxLineChars(),
                    InputLimits.MAX_LINE_OPTION), target, warnings);
            while (source.next() != null) {
                // reading every cue is the check
            }
        } catch (FormatException e) {
            throw new FormatException(target, e.line(), "the export could not be read back, so it was not written: "
                    + e.problem());
        } catch (LineSource.RefusedLine e) {
            throw new FormatException(target, e.line(), "the export could not be read back, so it was not written: "
                    + e.problem());
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
