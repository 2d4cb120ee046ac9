package org.turnscript.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoundTagsTest {

    @Test
    void recognisesAWholeTextThatIsOneTag() {
        assertThat(List.of("[Music]", " [intro music] ", "(laughter)", "♪ la la ♪", "♪♪", "(♪♪)", "♫"))
                .allMatch(SoundTags::isWholeTag);
        assertThat(List.of("[Music] hello", "so [Music]", "[a] [b]", "()", "[]", "♪ la la", "hello"))
                .noneMatch(SoundTags::isWholeTag);
    }

    @Test
    void recognisesOneTokenTagsWithPunctuationAfterThem() {
        assertThat(List.of("[Music]", "[laughter],", "(laughs)", "(laughs).", "♪", "(♪♪)"))
                .allMatch(SoundTags::isTag);
        assertThat(List.of("[Music]it", "[not-a-tag", "la♪", "(x", "word")).noneMatch(SoundTags::isTag);
    }

    @Test
    void findsParenthesisedTagsOverSeveralTokens() {
        List<String> tokens = List.of("so", "(door", "slams)", "who", "(is", "[there?");
        assertThat(SoundTags.find(tokens).stream().boxed().toList()).containsExactly(1, 2);
    }

    @Test
    void tellsASoundDescriptionFromAName() {
        assertThat(List.of("Music", "MUSIC", "music", "Upbeat music", "Applause", "laughs", "door slams", "♪",
                "Speaking foreign language", "BLANK_AUDIO", " ")).allMatch(SoundTags::describesSound);
        assertThat(List.of("Kate", "KATE SOULE", "Chris Hay", "Host", "SPEAKER_00", "Will Song", "王小明"))
                .noneMatch(SoundTags::describesSound);
    }
}
