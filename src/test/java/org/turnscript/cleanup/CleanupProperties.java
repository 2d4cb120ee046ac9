package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.TranscriptArbitraries;
import org.turnscript.model.Word;

/** What every rule promises, on any valid transcript. */
class CleanupProperties {

    /**
     * Entries that meet the generator's words ("uh", "um", "don't", "Kate's", single letters) and exercise each
     * kind of replacement: shorter, longer, same length, and a right phrase that starts with the wrong one.
     */
    private static final Glossary GLOSSARY = Glossary.of(
            "uh um", "hmm",
            "don't", "do not",
            "kate's", "Kate's",
            "x", "x ray",
            "q z", "quiz",
            "a b c", "ABC");

    @Provide
    Arbitrary<CleanupRule> rules() {
        return Arbitraries.of(
                new FillerRule(), new RepeatRule(), new SoundTagRule(SoundTagRule.Mode.DROP),
                new SoundTagRule(SoundTagRule.Mode.NORMALISE), new GlossaryRule(GLOSSARY), new CasingRule(),
                CasingRule.protecting(GLOSSARY), new PunctuationRule());
    }

    @Provide
    Arbitrary<Transcript> transcripts() {
        return TranscriptArbitraries.transcripts();
    }

    @Property
    void applyingARuleTwiceChangesNothingTheSecondTime(@ForAll("rules") CleanupRule rule,
                                                       @ForAll("transcripts") Transcript t) {
        Transcript once = rule.apply(t).transcript();
        CleanupResult twice = rule.apply(once);
        assertThat(twice.changes()).isEmpty();
        assertThat(twice.transcript()).isEqualTo(once);
    }

    @Property
    void applyingThePipelineTwiceChangesNothingTheSecondTime(@ForAll("transcripts") Transcript t) {
        CleanupPipeline pipeline = everything();
        Transcript once = pipeline.apply(t).transcript();
        assertThat(pipeline.apply(once).changes()).isEmpty();
    }

    /** Found by the property above: the glossary runs before fillers, so "q uh z" must match "q z" at once. */
    @net.jqwik.api.Example
    void aHesitationInsideAGlossaryPhraseDoesNotWaitForTheFillerRule() {
        Transcript t = new Transcript(org.turnscript.model.Metadata.EMPTY, org.turnscript.model.Roster.EMPTY,
                List.of(new Segment("seg-000001", null, org.turnscript.model.SegmentKind.SPEECH, List.of(
                        Word.timed("q", 0, 1, org.turnscript.model.TimeSource.MEASURED),
                        Word.timed("uh", 1, 2, org.turnscript.model.TimeSource.MEASURED),
                        Word.timed("z", 2, 3, org.turnscript.model.TimeSource.MEASURED)))));
        CleanupResult once = everything().apply(t);
        assertThat(once.changes()).extracting(Change::ruleId).contains(GlossaryRule.ID);
        assertThat(everything().apply(once.transcript()).changes()).isEmpty();
    }

    @Property
    void restoreUndoesEveryRule(@ForAll("rules") CleanupRule rule, @ForAll("transcripts") Transcript t) {
        assertRestored(Restore.all(rule.apply(t).transcript()), Restore.all(t));
    }

    @Property
    void restoreUndoesThePipeline(@ForAll("transcripts") Transcript t) {
        assertRestored(Restore.all(everything().apply(t).transcript()), Restore.all(t));
    }

    @Property
    void rulesNeverRemoveAWordOrMoveASegment(@ForAll("rules") CleanupRule rule, @ForAll("transcripts") Transcript t) {
        Transcript cleaned = rule.apply(t).transcript();
        assertThat(cleaned.segments()).extracting(Segment::id, Segment::speakerId, Segment::start, Segment::end)
                .isEqualTo(t.segments().stream().map(s -> org.assertj.core.groups.Tuple.tuple(
                        s.id(), s.speakerId(), s.start(), s.end())).toList());
        assertThat(withoutInserted(cleaned)).hasSize(t.wordCount());
    }

    @Property
    void wordsKeepTheirOriginalAndStart(@ForAll("rules") CleanupRule rule, @ForAll("transcripts") Transcript t) {
        List<Word> before = withoutInserted(t);
        List<Word> after = withoutInserted(rule.apply(t).transcript());
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).original()).isEqualTo(before.get(i).original());
            assertThat(after.get(i).start()).isEqualTo(before.get(i).start());
        }
    }

    @Property
    void changesNameRealSegmentsAndTheRule(@ForAll("rules") CleanupRule rule, @ForAll("transcripts") Transcript t) {
        CleanupResult result = rule.apply(t);
        for (Change c : result.changes()) {
            int s = result.transcript().indexOf(c.segmentId());
            assertThat(s).isNotNegative();
            assertThat(c.wordIndex()).isLessThan(result.transcript().segment(s).words().size());
            assertThat(c.ruleId()).isEqualTo(rule.id());
        }
    }

    /**
     * Restore gives back every word's text, time and flags, in order, and every segment with its id and speaker.
     * Which segment a word sits in may differ: a glossary phrase that spanned a cut moved into the first segment,
     * and restoring its text does not move it back (docs/glossary.md says so).
     */
    private static void assertRestored(Transcript restored, Transcript original) {
        assertThat(restored.segments()).extracting(Segment::id, Segment::speakerId, Segment::kind)
                .isEqualTo(original.segments().stream().map(seg -> org.assertj.core.groups.Tuple.tuple(
                        seg.id(), seg.speakerId(), seg.kind())).toList());
        assertThat(allWords(restored)).isEqualTo(allWords(original));
        assertThat(restored.metadata()).isEqualTo(original.metadata());
        assertThat(restored.roster()).isEqualTo(original.roster());
    }

    private static List<Word> allWords(Transcript t) {
        return t.segments().stream().flatMap(seg -> seg.words().stream()).toList();
    }

    private static CleanupPipeline everything() {
        List<String> ids = new ArrayList<>(CleanupPipeline.DEFAULT_IDS);
        ids.add(GlossaryRule.ID);
        return CleanupPipeline.fromIds(ids, GLOSSARY);
    }

    private static List<Word> withoutInserted(Transcript t) {
        return t.segments().stream().flatMap(s -> s.words().stream()).filter(w -> !Restore.isInserted(w)).toList();
    }
}
