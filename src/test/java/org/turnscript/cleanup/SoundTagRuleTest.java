package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.turnscript.cleanup.Texts.body;
import static org.turnscript.cleanup.Texts.turn;
import static org.turnscript.cleanup.Texts.word;

import org.junit.jupiter.api.Test;
import org.turnscript.model.Transcript;

class SoundTagRuleTest {

    private final Transcript tagged = Texts.transcript(turn(null, "[Music]"), turn(Texts.KATE, "hello there"));

    @Test
    void keepModeChangesNothing() {
        assertThat(new SoundTagRule(SoundTagRule.Mode.KEEP).apply(tagged).transcript()).isSameAs(tagged);
    }

    @Test
    void dropModeDropsTheTag() {
        assertThat(body(new SoundTagRule(SoundTagRule.Mode.DROP).apply(tagged))).isEqualTo(" | hello there");
    }

    @Test
    void dropModeKeepsTheTagInTheModel() {
        Transcript t = new SoundTagRule(SoundTagRule.Mode.DROP).apply(tagged).transcript();
        assertThat(word(t, 0, 0).isSoundTag() && word(t, 0, 0).isDropped()).isTrue();
    }

    @Test
    void normaliseModeLowerCasesTheTag() {
        assertThat(body(new SoundTagRule(SoundTagRule.Mode.NORMALISE).apply(tagged)))
                .isEqualTo("[music] | hello there");
    }

    @Test
    void normaliseModeKeepsTheOriginal() {
        Transcript t = new SoundTagRule(SoundTagRule.Mode.NORMALISE).apply(tagged).transcript();
        assertThat(word(t, 0, 0).original()).isEqualTo("[Music]");
    }

    @Test
    void tagRuleLeavesSpokenWordsAlone() {
        Transcript t = Texts.speech("Music is [Music]");
        assertThat(new SoundTagRule(SoundTagRule.Mode.NORMALISE).apply(t).changes())
                .containsExactly(new Change("s1", 2, "[Music]", "[music]", "tags"));
    }
}
