package org.turnscript.cleanup;

import java.util.List;
import java.util.Objects;
import org.turnscript.model.Transcript;

/**
 * A cleaned transcript and what cleaning it changed, in document order.
 *
 * @param transcript the result; the very same instance as the input when nothing changed
 * @param changes    one entry per edit, empty when nothing changed
 */
public record CleanupResult(Transcript transcript, List<Change> changes) {

    public CleanupResult {
        Objects.requireNonNull(transcript, "transcript");
        changes = List.copyOf(changes);
    }

    public static CleanupResult unchanged(Transcript transcript) {
        return new CleanupResult(transcript, List.of());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
