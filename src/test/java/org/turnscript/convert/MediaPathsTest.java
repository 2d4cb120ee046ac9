package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Transcript;

/** How a project names its recording: relative to itself when the recording is in its folder, else absolute. */
class MediaPathsTest {

    private final Path project = Path.of("/home/editor/show/ep1.turnscript.json").toAbsolutePath();

    @Test
    void aRecordingInTheProjectsFolderOrBelowIsStoredRelative() {
        assertThat(MediaPaths.stored(Path.of("/home/editor/show/ep1.mp3").toAbsolutePath(), project)).isEqualTo("ep1.mp3");
        assertThat(MediaPaths.stored(Path.of("/home/editor/show/audio/ep1.wav").toAbsolutePath(), project))
                .isEqualTo("audio/ep1.wav");
    }

    @Test
    void aRecordingElsewhereIsStoredAbsolute() {
        Path elsewhere = Path.of("/media/usb/ep1.mp3").toAbsolutePath();
        assertThat(MediaPaths.stored(elsewhere, project)).isEqualTo(elsewhere.toString());
        assertThat(MediaPaths.stored(elsewhere, null)).isEqualTo(elsewhere.toString());
    }

    @Test
    void aStoredPathIsResolvedAgainstTheDocumentsFolder() {
        assertThat(MediaPaths.resolve("audio/ep1.wav", project))
                .contains(Path.of("/home/editor/show/audio/ep1.wav").toAbsolutePath());
        assertThat(MediaPaths.resolve("../ep1.wav", project)).contains(Path.of("/home/editor/ep1.wav").toAbsolutePath());
        assertThat(MediaPaths.resolve("ep1.wav", null)).as("relative, and no document to resolve it by").isEmpty();
        assertThat(MediaPaths.resolve(" ", project)).isEmpty();
        assertThat(MediaPaths.resolve(null, project)).isEmpty();
    }

    @Test
    void aProjectIsWrittenWithItsRecordingRelativeToWhereItIsSaved() {
        Transcript t = new Transcript(Metadata.EMPTY.withMedia(Path.of("/home/editor/show/ep1.mp3").toAbsolutePath()
                .toString()), Roster.EMPTY, java.util.List.of());
        assertThat(MediaPaths.forProject(t, project).metadata().media()).isEqualTo("ep1.mp3");
        Path other = Path.of("/elsewhere/x.turnscript.json").toAbsolutePath();
        assertThat(MediaPaths.forProject(t, other).metadata().media())
                .isEqualTo(Path.of("/home/editor/show/ep1.mp3").toAbsolutePath().toString());
        Transcript none = new Transcript(Metadata.EMPTY, Roster.EMPTY, java.util.List.of());
        assertThat(MediaPaths.forProject(none, project)).isSameAs(none);
    }
}
