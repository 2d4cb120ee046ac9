package org.turnscript.ui.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.turnscript.ui.stats.SmallTranscripts.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.cleanup.CleanupPipeline;
import org.turnscript.cleanup.CleanupResult;
import org.turnscript.cleanup.RuleReport;
import org.turnscript.convert.ConversionService;
import org.turnscript.model.Metadata;
import org.turnscript.model.Transcript;
import org.turnscript.ui.stats.SmallTranscripts;

class CleanupDialogModelTest {

    private static final ConversionService SERVICE = ConversionService.standard();

    @TempDir
    Path dir;

    private static Transcript talk() {
        return new Transcript(Metadata.EMPTY, SmallTranscripts.ROSTER, List.of(
                speech("s1", SmallTranscripts.KATE, 0, 2_000, "welcome to the show"),
                speech("s2", SmallTranscripts.CHRIS, 2_000, 4_000, "so um thanks Tim Wong"),
                speech("s3", null, 4_000, 6_000, "we talk about geni uh today")));
    }

    private static CleanupDialogModel onlyFillers(Transcript t) {
        CleanupDialogModel model = new CleanupDialogModel(t, SERVICE);
        model.chosenIds().forEach(id -> model.setChosen(id, false));
        model.setChosen("fillers", true);
        return model;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithTheCommandLineDefaults() {
        assertThat(new CleanupDialogModel(talk(), SERVICE).chosenIds()).isEqualTo(CleanupPipeline.DEFAULT_IDS);
    }

    @Test
    void offersEveryRuleWithItsOwnWords() {
        List<RuleChoice> rules = new CleanupDialogModel(talk(), SERVICE).rules();

        assertThat(rules).extracting(RuleChoice::id).isEqualTo(CleanupPipeline.IDS);
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.displayName()).isNotBlank();
            assertThat(r.description()).isNotBlank();
            assertThat(r.example()).contains("→");
        });
        assertThat(rules.get(1).nodeId()).isEqualTo("cleanup-rule-tags-normalise");
    }

    @Test
    void droppingAndLowerCasingSoundTagsExcludeEachOther() {
        CleanupDialogModel model = new CleanupDialogModel(talk(), SERVICE);

        model.setChosen("tags:normalise", true);
        assertThat(model.chosenIds()).contains("tags:normalise").doesNotContain("tags");

        model.setChosen("tags", true);
        assertThat(model.chosenIds()).contains("tags").doesNotContain("tags:normalise");
    }

    @Test
    void glossaryRuleWaitsForAGlossary() {
        CleanupDialogModel model = new CleanupDialogModel(talk(), SERVICE);

        assertThat(model.isAvailable("glossary")).isFalse();
        assertThat(model.isAvailable("fillers")).isTrue();
        assertThatThrownBy(() -> model.setChosen("glossary", true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> model.setChosen("spelling", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadingAGlossaryChoosesItsRule() throws IOException {
        CleanupDialogModel model = onlyFillers(talk());

        boolean read = model.loadGlossary(file("names.tsv", "# people\nTim Wong\tTim Hwang\ngeni\tgen AI\n"));

        assertThat(read).isTrue();
        assertThat(model.chosenIds()).containsExactly("glossary", "fillers");
        assertThat(model.glossaryText()).isEqualTo("names.tsv · 2 entries");
        assertThat(model.glossaryError()).isEmpty();
        assertThat(model.result().transcript().segment(1).body()).isEqualTo("so thanks Tim Hwang");
    }

    @Test
    void badGlossaryLineIsReportedWithFileAndLineAndChangesNothing() throws IOException {
        CleanupDialogModel model = onlyFillers(talk());
        Path good = file("good.tsv", "Tim Wong\tTim Hwang\n");
        Path bad = file("bad.tsv", "# people\nTim Wong Tim Hwang\n");
        model.loadGlossary(good);

        boolean read = model.loadGlossary(bad);

        assertThat(read).isFalse();
        assertThat(model.glossaryError()).startsWith(bad + ":2: ").contains("no tab");
        assertThat(model.glossaryFile()).contains(good);
        assertThat(model.glossary().orElseThrow().size()).isEqualTo(1);
    }

    @Test
    void reportsCountsAndFirstExamplesPerRule() {
        CleanupDialogModel model = onlyFillers(talk());

        List<RuleReport> reports = model.reports();

        assertThat(reports).singleElement().satisfies(r -> assertThat(r.count()).isEqualTo(2));
        assertThat(CleanupDialogModel.countLine(reports.get(0)))
                .isEqualTo("Drop fillers · 2 · \"um\" → dropped, \"uh\" → dropped");
        assertThat(model.totalLine()).isEqualTo("2 changes in 2 segments");
    }

    @Test
    void previewsOnlyTheChangedSegmentsWithDroppedWordsMarked() {
        CleanupDialogModel model = onlyFillers(talk());

        assertThat(model.changedSegments()).containsExactly(1, 2);
        assertThat(model.previews()).extracting(SegmentPreview::marked)
                .containsExactly("so [-um-] thanks Tim Wong", "we talk about geni [-uh-] today");
        assertThat(model.previews().get(0).startMs()).isEqualTo(2_000);
    }

    @Test
    void previewShowsRespelledAndInsertedWords() throws IOException {
        CleanupDialogModel model = onlyFillers(talk());
        model.loadGlossary(file("names.tsv", "Tim Wong\tTim Hwang\ngeni\tgen AI\n"));

        assertThat(model.previews()).extracting(SegmentPreview::marked).containsExactly(
                "so [-um-] thanks Tim [-Wong-]{+Hwang+}",
                "we talk about [-geni-]{+gen+} {+AI+} [-uh-] today");
    }

    @Test
    void previewComparesWithTheTextBeforeNotWithTheImport() {
        Transcript once = CleanupPipeline.fromIds(List.of("fillers"), null).apply(talk()).transcript();

        CleanupDialogModel model = onlyFillers(once);

        assertThat(model.result().isEmpty()).isTrue();
        assertThat(model.previews()).isEmpty();
        assertThat(model.totalLine()).isEqualTo("Nothing to change");
    }

    @Test
    void resultIsKeptUntilAChoiceChanges() {
        CleanupDialogModel model = onlyFillers(talk());
        CleanupResult first = model.result();

        assertThat(model.result()).isSameAs(first);
        model.setChosen("fillers", true);
        assertThat(model.result()).isSameAs(first);
        model.setChosen("fillers", false);
        assertThat(model.result()).isNotSameAs(first);
        assertThat(model.totalLine()).isEqualTo("No rule chosen");
    }

    @Test
    void previewShowsAPhraseThatSpannedACutInTheSegmentItMovedTo() throws IOException {
        // "…where like chill | I think calls for…": the corrected phrase ends up in the first segment
        Transcript cut = new Transcript(Metadata.EMPTY, SmallTranscripts.ROSTER, List.of(
                speech("s1", SmallTranscripts.KATE, 0, 3_000, "where like chill"),
                speech("s2", null, 3_000, 9_000, "I think calls for like 20 to one")));
        CleanupDialogModel model = new CleanupDialogModel(cut, SERVICE);
        model.chosenIds().forEach(id -> model.setChosen(id, false));
        model.loadGlossary(file("cut.tsv", "chill I think calls for\tChinchilla I think calls for\n"));

        assertThat(model.previews()).extracting(SegmentPreview::marked).containsExactly(
                "where like [-chill-]{+Chinchilla+} I think calls for", "like 20 to one");
    }
}
