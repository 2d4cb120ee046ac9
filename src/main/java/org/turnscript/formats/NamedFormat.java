package org.turnscript.formats;

import java.util.List;

/**
 * What every format states about itself: its id, its name for people and its file endings. Formats extend one of
 * {@link ReadWriteFormat}, {@link ReadOnlyFormat} or {@link WriteOnlyFormat}, which add the direction and make the
 * compiler ask for the reader and writer that direction needs.
 */
public abstract class NamedFormat implements TranscriptFormat {

    private final String id;
    private final String displayName;
    private final List<String> extensions;

    /** Only the three direction classes of this package extend it directly. */
    NamedFormat(String id, String displayName, String... extensions) {
        this.id = id;
        this.displayName = displayName;
        this.extensions = List.of(extensions);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final List<String> extensions() {
        return extensions;
    }
}
