package org.turnscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.LaunchMode;

/** The editor's command line: files to open and {@code --media}, before or after them. */
class EditorArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void mediaIsTakenOutOfTheFilesInEitherSpelling() {
        EditorArguments a = EditorArguments.parse(List.of("talk.srt", "--media", "talk.mp3"));
        assertThat(a.files()).containsExactly(Path.of("talk.srt"));
        assertThat(a.media()).isEqualTo(Path.of("talk.mp3"));
        EditorArguments b = EditorArguments.parse(List.of("--media=my talk.wav", "", "a.vtt", "b.srt"));
        assertThat(b.files()).containsExactly(Path.of("a.vtt"), Path.of("b.srt"));
        assertThat(b.media()).isEqualTo(Path.of("my talk.wav"));
        assertThat(EditorArguments.parse(List.of("x.srt")).media()).isNull();
    }

    @Test
    void mediaOpensTheEditorWhereverItStands() throws Exception {
        Path srt = Files.writeString(dir.resolve("t.srt"), "1\n00:00:01,000 --> 00:00:02,000\nHi\n");
        assertThat(LaunchMode.opensEditor(new String[] {srt.toString(), "--media", "t.mp3"})).isTrue();
        assertThat(LaunchMode.opensEditor(new String[] {"--media", "t.mp3", srt.toString()})).isTrue();
        assertThat(LaunchMode.opensEditor(new String[] {"--media=t.mp3"})).isTrue();
        assertThat(LaunchMode.opensEditor(new String[] {"--mediaX"})).as("another option: the command line").isFalse();
    }
}
