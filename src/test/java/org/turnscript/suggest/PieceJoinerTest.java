package org.turnscript.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.audio.SyntheticVoices;
import org.turnscript.audio.VoiceFrames;

/** Joining pieces of speech into voices: made-up voices, four turns of 40 words. */
class PieceJoinerTest {

    private final SpokenTurns spoken = SpokenTurns.of(List.of("Brian", "Kate"), 40, SyntheticVoices.LOW,
            SpokenTurns.NEAR_LOW, SyntheticVoices.LOW, SpokenTurns.NEAR_LOW);
    private final WordStream ws = WordStream.of(spoken.transcript());
    private final List<int[]> ranges = new ArrayList<>();
    private final List<VoiceModel.Builder> pieces = new ArrayList<>();

    /** Pieces of five words each. */
    private void cut() {
        for (int from = 0; from < ws.size(); from += 5) {
            VoiceModel.Builder b = new VoiceModel.Builder();
            for (int i = from; i < from + 5; i++) {
                b.add(spoken.frames(), ws.start(i), ws.end(i));
            }
            ranges.add(new int[] {from, from + 5});
            pieces.add(b);
        }
    }

    private double[] floor() {
        return VoiceClusters.floor(new VoiceModel.Builder().add(spoken.frames(), 0,
                (long) spoken.frames().size() * VoiceFrames.HOP_MS));
    }

    @Test
    void neighboursJoinWithinATurnBeforeAcrossIt() {
        cut();

        PieceJoiner.joinNeighbours(ranges, pieces, 4, floor());

        assertThat(ranges).extracting(r -> r[0] + "-" + r[1]).containsExactly("0-40", "40-80", "80-120", "120-160");
    }

    @Test
    void twoCloseVoicesAreTwoVoicesInTurnOrder() {
        cut();

        int[] voice = PieceJoiner.join(pieces, 2, floor(), VoiceClusters.PENALTY);

        for (int p = 0; p < voice.length; p++) {
            assertThat(voice[p]).as("piece %d", p).isEqualTo(p / 8 % 2);
        }
    }
}
