package org.turnscript.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerNamesTextTest {

    @Test
    void splitsAtCommasAndStrips() {
        assertThat(SpeakerNamesText.parse(" Brian,Kate ,  Chris Hay, Skyler"))
                .containsExactly("Brian", "Kate", "Chris Hay", "Skyler");
    }

    @Test
    void leavesOutBlanksAndRepeatsIgnoringCase() {
        assertThat(SpeakerNamesText.parse("Kate,, kate ,Chris,")).containsExactly("Kate", "Chris");
    }

    @Test
    void formatJoinsWithCommaAndSpace() {
        assertThat(SpeakerNamesText.format(List.of("Brian", "Kate"))).isEqualTo("Brian, Kate");
    }
}
