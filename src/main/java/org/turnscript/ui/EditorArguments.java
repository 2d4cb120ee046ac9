package org.turnscript.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor's command line: the files to open and {@code --media FILE} (or {@code --media=FILE}), the recording
 * to play beside them. The jar's launcher passes these on unchanged when it starts the editor's own JVM.
 *
 * @param files the transcripts to open
 * @param media the recording, or {@code null}
 */
record EditorArguments(List<Path> files, Path media) {

    static EditorArguments parse(List<String> raw) {
        List<Path> files = new ArrayList<>();
        Path media = null;
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.isBlank()) {
                continue; // javafx:run passes an empty -Dfile as one blank argument
            }
            if (a.equals("--media") && i + 1 < raw.size()) {
                media = Path.of(raw.get(++i));
            } else if (a.startsWith("--media=")) {
                media = Path.of(a.substring("--media=".length()));
            } else {
                files.add(Path.of(a));
            }
        }
        return new EditorArguments(files, media);
    }
}
