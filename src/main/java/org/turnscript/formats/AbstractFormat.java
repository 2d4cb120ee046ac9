package org.turnscript.formats;

import java.util.List;

/**
 * What every format states about itself, kept in one place: its id, its name for people, its file endings and
 * which way it works. A format extends this and does only its own work: sniffing, reading and writing.
 */
public abstract class AbstractFormat implements TranscriptFormat {

    /** Which way a format works, so the registry lists it among the readers, the writers or both. */
    public enum Direction {
        READ_ONLY, WRITE_ONLY, READ_WRITE
    }

    private final String id;
    private final String displayName;
    private final Direction direction;
    private final List<String> extensions;

    /** @param extensions file name endings without the dot, most typical first */
    protected AbstractFormat(String id, String displayName, Direction direction, String... extensions) {
        this.id = id;
        this.displayName = displayName;
        this.direction = direction;
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

    @Override
    public final boolean canRead() {
        return direction != Direction.WRITE_ONLY;
    }

    @Override
    public final boolean canWrite() {
        return direction != Direction.READ_ONLY;
    }
}
