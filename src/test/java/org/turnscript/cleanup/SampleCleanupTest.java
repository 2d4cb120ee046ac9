package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/** The rules on the bundled sample: 44 minutes of unpunctuated auto-captions, four speakers. */
class SampleCleanupTest {

    private static final Pattern STANDALONE_FILLER = Pattern.compile("(?i)(?<!\\S)(uh|um)(?!\\S)");

    /**
     * Misspellings found in the sample's captions (counted with grep as whole words, case as written, before the
     * test was written), with the expected number of replacements. "Agi" is written right ("AGI") ten more times,
     * which must not count.
     */
    private static final Glossary GLOSSARY = Glossary.of(
            "Tim Wong", "Tim Hwang",
            "Golden Gate CLA", "Golden Gate Claude",
            "Golden Gate clae", "Golden Gate Claude",
            "Kate Soul", "Kate Soule",
            "Skylar Speakman", "Skyler Speakman",
            "geni", "gen AI",
            "Chris hay", "Chris Hay",
            "Agi", "AGI",
            "BR", "Brian",
            "Cloud 3 Sonet", "Claude 3 Sonnet",
            "anthropic", "Anthropic",
            "Chris Ola", "Chris Olah",
            "chat bot", "chatbot",
            "mixture of experts", "Mixture of Experts");

    private static final List<Integer> EXPECTED_PER_ENTRY = List.of(1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 7, 1, 2, 2);

    @Test
    void sampleHasTheFillersWeCount() {
        assertThat(SampleTranscript.countInCaptions("uh") + SampleTranscript.countInCaptions("um")).isEqualTo(159);
    }

    @Test
    void fillerRuleDropsEveryUhAndUmOfTheSample() {
        Transcript cleaned = new FillerRule().apply(SampleTranscript.transcript()).transcript();
        Map<String, Long> dropped = allWords(cleaned).stream().filter(w -> w.has(WordFlag.FILLER) && w.isDropped())
                .collect(Collectors.groupingBy(w -> w.text().toLowerCase(), Collectors.counting()));
        assertThat(dropped).isEqualTo(Map.of("uh", SampleTranscript.countInCaptions("uh"),
                "um", SampleTranscript.countInCaptions("um")));
    }

    @Test
    void cleanedSampleHasNoStandaloneUhOrUm() {
        Transcript cleaned = new FillerRule().apply(SampleTranscript.transcript()).transcript();
        String body = cleaned.segments().stream().map(Segment::body).collect(Collectors.joining(" "));
        assertThat(STANDALONE_FILLER.matcher(body).find()).isFalse();
    }

    @Test
    void originalSampleStillHasEveryUhAndUm() {
        Transcript cleaned = new FillerRule().apply(SampleTranscript.transcript()).transcript();
        String original = cleaned.segments().stream().map(Segment::originalBody).collect(Collectors.joining(" "));
        assertThat(STANDALONE_FILLER.matcher(original).results().count()).isEqualTo(159);
    }

    @Test
    void glossaryPreviewCountsEachEntryOnTheSample() {
        Map<Glossary.Entry, Integer> preview = new GlossaryRule(GLOSSARY).preview(SampleTranscript.transcript());
        assertThat(new ArrayList<>(preview.values())).isEqualTo(EXPECTED_PER_ENTRY);
    }

    @Test
    void glossaryMakesOneChangePerExpectedReplacement() {
        CleanupResult result = new GlossaryRule(GLOSSARY).apply(SampleTranscript.transcript());
        assertThat(result.changes()).hasSize(EXPECTED_PER_ENTRY.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void glossaryChangesNoOtherWordOfTheSample() {
        Transcript before = SampleTranscript.transcript();
        Transcript after = new GlossaryRule(GLOSSARY).apply(before).transcript();
        Map<String, Integer> expected = new HashMap<>();
        expected.put("Wong → Hwang", 1);
        expected.put("CLA → Claude", 2);
        expected.put("clae → Claude", 1);
        expected.put("Soul → Soule", 1);
        expected.put("Skylar → Skyler", 1);
        expected.put("geni → gen", 1);
        expected.put("hay → Hay", 1);
        expected.put("Agi → AGI", 1);
        expected.put("BR → Brian", 1);
        expected.put("Cloud → Claude", 1);
        expected.put("Sonet → Sonnet", 1);
        expected.put("anthropic → Anthropic", 7);
        expected.put("Ola → Olah", 1);
        expected.put("chat → chatbot", 2);
        expected.put("bot → dropped", 2);
        expected.put("mixture → Mixture", 2);
        expected.put("experts → Experts", 2);
        expected.put("+ AI", 1);
        assertThat(wordDifferences(before, after)).isEqualTo(expected);
    }

    /** Every word that differs, as "old → new", "old → dropped" or "+ inserted", with counts. */
    private static Map<String, Integer> wordDifferences(Transcript before, Transcript after) {
        Map<String, Integer> diffs = new HashMap<>();
        for (int s = 0; s < before.segments().size(); s++) {
            List<Word> old = before.segment(s).words();
            List<Word> now = new ArrayList<>();
            for (Word w : after.segment(s).words()) {
                if (Restore.isInserted(w)) {
                    diffs.merge("+ " + w.text(), 1, Integer::sum);
                } else {
                    now.add(w);
                }
            }
            assertThat(now).hasSameSizeAs(old);
            for (int i = 0; i < old.size(); i++) {
                Word a = old.get(i);
                Word b = now.get(i);
                if (b.isDropped() && !a.isDropped()) {
                    diffs.merge(a.text() + " → dropped", 1, Integer::sum);
                } else if (!a.text().equals(b.text())) {
                    diffs.merge(a.text() + " → " + b.text(), 1, Integer::sum);
                }
            }
        }
        return diffs;
    }

    private static List<Word> allWords(Transcript t) {
        return t.segments().stream().flatMap(s -> s.words().stream()).toList();
    }

    @Test
    void glossaryPhrasesCutByTheProvisionalSegmenterMatchOnTheSample() {
        Glossary cut = Glossary.of("chill I think calls for", "Chinchilla I think calls for",
                "taken verb um", "taken verbatim");
        Transcript sample = SampleTranscript.transcript();
        assertThat(new GlossaryRule(cut).preview(sample).values()).containsExactly(1, 1);
        Transcript cleaned = CleanupPipeline.fromIds(List.of("glossary", "fillers"), cut).apply(sample).transcript();
        String text = cleaned.segments().stream().map(Segment::body).collect(Collectors.joining(" "));
        assertThat(text).contains("where like Chinchilla I think calls for like 20 to one")
                .contains("would be taken verbatim and placed in the cipit");
        // a phrase never straddles a segment edge once replaced
        assertThat(cleaned.segments()).noneSatisfy(s -> assertThat(s.body()).endsWith("Chinchilla"));
        Transcript fillersFirst = new FillerRule().apply(sample).transcript();
        assertThat(new GlossaryRule(cut).preview(fillersFirst).values()).containsExactly(1, 1);
    }
}
