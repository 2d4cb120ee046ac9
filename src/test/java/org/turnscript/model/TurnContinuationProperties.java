package org.turnscript.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Tagging only turn starts and tagging every segment mean the same turns. */
class TurnContinuationProperties {

    @Provide
    net.jqwik.api.Arbitrary<Transcript> transcripts() {
        return TranscriptArbitraries.transcripts();
    }

    @Property(tries = 200)
    void keepingTurnStartsOnlyResolvesToTheSameSpeakers(@ForAll("transcripts") Transcript t) {
        Transcript resolved = t.resolveContinuedSpeakers();
        assertThat(resolved.keepTurnStartsOnly().resolveContinuedSpeakers()).isEqualTo(resolved);
    }

    @Property(tries = 200)
    void turnStartsOnlyIsStable(@ForAll("transcripts") Transcript t) {
        Transcript starts = t.keepTurnStartsOnly();
        assertThat(starts.keepTurnStartsOnly()).isEqualTo(starts);
    }

    @Test
    void aSegmentContinuingTheSameSpeakerLosesItsTagAcrossASound() {
        Roster roster = Roster.of(List.of("Brian", "Kate"));
        Segment a = new Segment("s1", "S1", SegmentKind.SPEECH, List.of(Word.timed("hi", 0, 1, TimeSource.MEASURED)));
        Segment music = new Segment("s2", null, SegmentKind.NON_SPEECH, List.of(new Word("[Music]", "[Music]", 1, 2,
                TimeSource.MEASURED, WordFlag.SOUND_TAG.bit())));
        Segment b = new Segment("s3", "S1", SegmentKind.SPEECH, List.of(Word.timed("again", 2, 3, TimeSource.MEASURED)));
        Segment c = new Segment("s4", "S2", SegmentKind.SPEECH, List.of(Word.timed("yes", 3, 4, TimeSource.MEASURED)));
        Transcript t = new Transcript(Metadata.EMPTY, roster, List.of(a, music, b, c)).keepTurnStartsOnly();
        assertThat(t.segments()).extracting(Segment::speakerId).containsExactly("S1", null, null, "S2");
    }
}
