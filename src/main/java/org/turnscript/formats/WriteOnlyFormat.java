package org.turnscript.formats;

import org.turnscript.model.Transcript;

/** A format Turnscript only exports, such as a transcript for reading. */
public abstract class WriteOnlyFormat extends NamedFormat {

    protected WriteOnlyFormat(String id, String displayName, String... extensions) {
        super(id, displayName, extensions);
    }

    /** Never recognised: detection only asks readers, and this is none. */
    @Override
    public final int sniff(String head) {
        return 0;
    }

    @Override
    public final boolean canRead() {
        return false;
    }

    @Override
    public final boolean canWrite() {
        return true;
    }

    @Override
    public abstract String write(Transcript transcript, ExportOptions options);
}
