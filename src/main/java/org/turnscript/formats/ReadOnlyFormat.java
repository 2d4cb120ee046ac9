package org.turnscript.formats;

/** A format Turnscript only imports. */
public abstract class ReadOnlyFormat extends NamedFormat {

    protected ReadOnlyFormat(String id, String displayName, String... extensions) {
        super(id, displayName, extensions);
    }

    @Override
    public final boolean canRead() {
        return true;
    }

    @Override
    public final boolean canWrite() {
        return false;
    }

    @Override
    public abstract ReadResult read(String text, ReadOptions options) throws FormatException;
}
