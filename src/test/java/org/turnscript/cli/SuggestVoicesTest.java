package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.audio.SyntheticVoices;
import org.turnscript.audio.VoicedTalk;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;

/** {@code suggest --media}: where the voice in the recording changes, the turn changes, and a voice comes back. */
class SuggestVoicesTest {

    @TempDir
    Path dir;

    @Test
    void theVoicesOfTheRecordingStartTheTurnsAndNameWhoSpeaks() throws Exception {
        // Brian (a low voice) 24 words, Kate (a high one) 24, Brian again 24; no longer pause where they change.
        VoicedTalk talk = VoicedTalk.write(dir, 24, SyntheticVoices.LOW, SyntheticVoices.HIGH, SyntheticVoices.LOW);
        Path wav = talk.wav();
        Path text = dir.resolve("talk.txt");
        Files.writeString(text, talk.text());
        Path out = dir.resolve("talk.json");

        CommandRun run = CommandRun.of("suggest", text.toString(), "--speakers", "Brian,Kate", "--media",
                wav.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("voice changes");
        Transcript t = ConversionService.standard().read(out, ImportSettings.DEFAULTS).transcript();
        List<String> turns = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (Segment s : t.segments()) {
            String name = s.speakerId() == null ? null : t.roster().nameOf(s.speakerId());
            if (name != null && (turns.isEmpty() || !turns.get(turns.size() - 1).equals(name))) {
                turns.add(name);
                starts.add(at);
            }
            at += s.words().size();
        }
        assertThat(turns).containsExactly("Brian", "Kate", "Brian");
        assertThat(starts).containsExactly(0, 24, 48);
        assertThat(t.segments()).anySatisfy(s -> assertThat(s.suggestion()).isNotNull()
                .satisfies(n -> assertThat(n.cue()).isEqualTo("voice-change")));
    }
}
