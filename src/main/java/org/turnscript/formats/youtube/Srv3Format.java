package org.turnscript.formats.youtube;

import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;

/** YouTube srv3 timed text ({@code <timedtext format="3">}): word times for auto-captions. Read only. */
public final class Srv3Format extends AbstractFormat {

    public static final String ID = "srv3";

    public Srv3Format() {
        super(ID, "YouTube timed text (srv3)", Direction.READ_ONLY, "srv3", "xml");
    }

    @Override
    public boolean isXml() {
        return true;
    }

    @Override
    public int sniff(String head) {
        return head.contains("<timedtext") && head.contains("format=\"3\"") ? 95 : 0;
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        return Srv3Reader.read(text, options);
    }
}
