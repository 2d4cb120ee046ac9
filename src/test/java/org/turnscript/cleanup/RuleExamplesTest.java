package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples the help and the cleanup dialog show are what the rules really do. */
class RuleExamplesTest {

    static Stream<CleanupRule> singleSegmentRules() {
        return Stream.of(new FillerRule(), new RepeatRule(), new CasingRule(),
                new SoundTagRule(SoundTagRule.Mode.KEEP), new SoundTagRule(SoundTagRule.Mode.DROP),
                new SoundTagRule(SoundTagRule.Mode.NORMALISE));
    }

    @ParameterizedTest
    @MethodSource("singleSegmentRules")
    void exampleOutputIsWhatTheRuleMakesOfItsInput(CleanupRule rule) {
        String[] sides = rule.example().split(" → ");
        assertThat(Texts.body(rule.apply(Texts.speech(sides[0])))).isEqualTo(sides[1]);
    }

    @ParameterizedTest
    @MethodSource("singleSegmentRules")
    void everyRuleDescribesItself(CleanupRule rule) {
        assertThat(rule.description()).endsWith(".").contains(" ");
    }
}
