package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.cues.RawCues;
import org.turnscript.formats.srt.SrtFormat;

/** The class-data archive's training run uses the commands as a user would, and every one of them works. */
class StartupTrainingTest {

    @Test
    void everyTrainingCommandRunsAndTheStreamsAreGivenBack() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            StartupTraining.main(new String[0]);
            assertThat(System.out).isSameAs(capture);
            assertThat(System.err).isSameAs(err);
        } finally {
            System.setOut(out);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("0 command(s) refused");
    }

    @Test
    void theTrainingFileHasTheCuesItWasAskedFor() throws Exception {
        RawCues read = SrtFormat.readCues(StartupTraining.cues(200), "training.srt");
        assertThat(read.cues()).hasSize(200);
        assertThat(read.cues().get(0).lines()).containsExactly("KATE: so what we think about it is this",
                "and that, right?");
    }
}
