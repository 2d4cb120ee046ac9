package org.turnscript.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * What happens to sound tags ({@code [Music]}, {@code [Applause]}, words flagged
 * {@link org.turnscript.model.WordFlag#SOUND_TAG}) wherever they are.
 */
public final class SoundTagRule implements CleanupRule {

    public static final String ID = "tags";

    public enum Mode {
        /** Leave them as they are. */
        KEEP,
        /** Flag them dropped, so no export shows them. */
        DROP,
        /** Lower-case them, {@code [Music]} → {@code [music]}, as Netflix-style subtitles write sounds. */
        NORMALISE
    }

    private final Mode mode;

    public SoundTagRule(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return switch (mode) {
            case KEEP -> "Keep sound tags";
            case DROP -> "Drop sound tags";
            case NORMALISE -> "Lower-case sound tags";
        };
    }

    @Override
    public String description() {
        return switch (mode) {
            case KEEP -> "Leaves sound tags such as [Music] as they are.";
            case DROP -> "Drops sound tags such as [Music] and [Applause] from the cleaned text.";
            case NORMALISE -> "Writes sound tags in lower case, [Music] → [music], keeping the original.";
        };
    }

    @Override
    public String example() {
        return switch (mode) {
            case KEEP -> "[Music] hello → [Music] hello";
            case DROP -> "[Music] hello → hello";
            case NORMALISE -> "[Music] hello → [music] hello";
        };
    }

    @Override
    public CleanupResult apply(Transcript transcript) {
        Edits edits = new Edits(transcript, ID);
        if (mode == Mode.KEEP) {
            return edits.result();
        }
        for (int s = 0; s < transcript.segments().size(); s++) {
            List<Word> words = transcript.segment(s).words();
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (!w.isSoundTag() || w.isDropped()) {
                    continue;
                }
                if (mode == Mode.DROP) {
                    edits.drop(s, i, null);
                } else {
                    edits.setText(s, i, w.text().toLowerCase(Locale.ROOT));
                }
            }
        }
        return edits.result();
    }
}
