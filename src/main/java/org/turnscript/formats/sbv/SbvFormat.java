package org.turnscript.formats.sbv;

import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;

/** YouTube's SBV captions; read only (SRT and WebVTT are the export formats). */
public final class SbvFormat extends AbstractFormat {

    public static final String ID = "sbv";

    public SbvFormat() {
        super(ID, "YouTube SubViewer (SBV)", Direction.READ_ONLY, "sbv");
    }

    /** The first non-blank line is a timing line: nothing else starts with {@code 0:00:00.000,}. */
    @Override
    public int sniff(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        for (String line : text.split("\\r\\n|\\r|\\n")) {
            if (!line.isBlank()) {
                return SbvReader.parseTiming(line) != null ? 90 : 0;
            }
        }
        return 0;
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        return SbvReader.read(text, options);
    }
}
