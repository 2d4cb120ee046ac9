package org.turnscript.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TitleProposerTest {

    private static String propose(String words) {
        return TitleProposer.propose(Arrays.asList(words.split(" ")));
    }

    @Test
    void theHostsLeadInIsSkippedAndTheTopicKept() {
        assertThat(propose("first we're going to start by following up on a previous segment we actually had"))
                .isEqualTo("Following up on a previous segment");
        assertThat(propose("so thanks yall for being here we will start with AI overviews so so as I"))
                .isEqualTo("AI overviews");
        assertThat(propose("uh and then finally every week feels like it's a good week"))
                .isEqualTo("Every week feels like it's a good");
        assertThat(propose("so thanks everyone for joining today we have a packed show")).isEqualTo("Thanks everyone for joining today");
        assertThat(propose("let's talk about the Golden Gate Bridge, specifically.")).isEqualTo("Golden Gate Bridge specifically");
    }

    @Test
    void soundTagsAndPunctuationAreNotTitleWordsAndNothingLeftGivesChapter() {
        assertThat(propose("[Music] discussed last week anthropic released")).isEqualTo("Discussed last week anthropic released");
        assertThat(propose("so and then")).isEqualTo("Chapter");
    }
}
