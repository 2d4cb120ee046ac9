package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.turnscript.cleanup.Texts.speech;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Transcript;
import org.turnscript.model.WordFlag;

class RestoreTest {

    private static final CleanupPipeline EVERYTHING = CleanupPipeline.fromIds(
            List.of("tags", "glossary", "fillers", "repeats", "punctuation", "casing"),
            Glossary.of("Tim Wong", "Tim Hwang", "geni", "gen AI", "chat bot", "chatbot"));

    private final Transcript original = Texts.transcript(Texts.turn(null, "[Music]"),
            Texts.turn(Texts.KATE, "um i i met Tim Wong about geni and a chat bot"));

    @Test
    void restoreGivesBackTheImportedTranscript() {
        assertThat(Restore.all(EVERYTHING.apply(original).transcript())).isEqualTo(original);
    }

    @Test
    void restoreClearsCleanupFlags() {
        Transcript restored = Restore.all(new FillerRule().apply(speech("so um")).transcript());
        assertThat(Texts.word(restored, 0, 1).flagSet()).isEmpty();
    }

    @Test
    void restoreKeepsSoundTagFlag() {
        Transcript dropped = new SoundTagRule(SoundTagRule.Mode.DROP).apply(original).transcript();
        assertThat(Texts.word(Restore.all(dropped), 0, 0).flagSet()).containsExactly(WordFlag.SOUND_TAG);
    }

    @Test
    void restoreRemovesInsertedWords() {
        Transcript cleaned = new GlossaryRule(Glossary.of("geni", "gen AI")).apply(speech("geni")).transcript();
        assertThat(Restore.all(cleaned).segment(0).body()).isEqualTo("geni");
    }

    @Test
    void restoreHandsTheInsertedWordsTimeBack() {
        Transcript cleaned = new GlossaryRule(Glossary.of("geni", "gen AI")).apply(speech("geni")).transcript();
        assertThat(Texts.word(Restore.all(cleaned), 0, 0).end()).isEqualTo(100L);
    }
}
