package org.turnscript.formats;

import org.turnscript.model.Transcript;

/** A format Turnscript both imports and exports. */
public abstract class ReadWriteFormat extends NamedFormat {

    protected ReadWriteFormat(String id, String displayName, String... extensions) {
        super(id, displayName, extensions);
    }

    @Override
    public final boolean canRead() {
        return true;
    }

    @Override
    public final boolean canWrite() {
        return true;
    }

    @Override
    public abstract ReadResult read(String text, ReadOptions options) throws FormatException;

    @Override
    public abstract String write(Transcript transcript, ExportOptions options);
}
