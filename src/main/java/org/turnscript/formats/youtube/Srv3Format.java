package org.turnscript.formats.youtube;

import java.util.List;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.TranscriptFormat;

/** YouTube srv3 timed text ({@code <timedtext format="3">}): word times for auto-captions. Read only. */
public final class Srv3Format implements TranscriptFormat {

    public static final String ID = "srv3";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "YouTube timed text (srv3)";
    }

    @Override
    public List<String> extensions() {
        return List.of("srv3", "xml");
    }

    @Override
    public int sniff(String head) {
        return head.contains("<timedtext") && head.contains("format=\"3\"") ? 95 : 0;
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return false;
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        return Srv3Reader.read(text, options);
    }
}
