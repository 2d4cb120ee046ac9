package org.turnscript.ui.dialogs;

import java.nio.file.Path;
import java.util.Objects;
import org.turnscript.formats.ExportOptions;

/**
 * What the export dialog asks for; the caller writes the file with the conversion service, exactly as the command
 * line does.
 *
 * @param file     where to write
 * @param formatId the writer's id, e.g. {@code srt}
 * @param options  speaker labels, sound tags, cue layout
 */
public record ExportRequest(Path file, String formatId, ExportOptions options) {

    public ExportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(options, "options");
    }
}
