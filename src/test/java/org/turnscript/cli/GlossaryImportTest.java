package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.cleanup.CleanupPipeline;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;

/** convert and clean give the glossary's wrong phrases to the import, so provisional cuts fall outside them. */
class GlossaryImportTest {

    @TempDir
    Path dir;

    @Test
    void theGlossaryOfTheCommandKeepsItsPhrasesWholeAtImport() throws Exception {
        Path sample = dir.resolve("sample.txt");
        try (InputStream in = getClass().getResourceAsStream(CleanCommandTest.SAMPLE)) {
            Files.write(sample, in.readAllBytes());
        }
        ConversionService service = ConversionService.standard();
        Transcript plain = service.read(sample, ImportSettings.DEFAULTS).transcript();
        // two words either side of the first cut between speech segments: a phrase the cutter would split
        Segment first = plain.segments().stream().filter(s -> s.words().size() >= 20).findFirst().orElseThrow();
        Segment next = plain.segments().get(plain.segments().indexOf(first) + 1);
        List<String> a = first.words().stream().map(w -> w.text()).toList();
        String phrase = a.get(a.size() - 2) + " " + a.get(a.size() - 1) + " " + next.words().get(0).text() + " "
                + next.words().get(1).text();
        Path glossary = dir.resolve("g.tsv");
        Files.writeString(glossary, phrase + "\tRIGHT PHRASE\nchill I think calls for\tChinchilla I think calls for\n");

        CleanupPipeline pipeline = CleanupChoice.pipeline(service, List.of(), glossary,
                TurnscriptCommand.commandLine());
        ImportSettings settings = CleanupChoice.keepingGlossaryPhrases(ImportSettings.DEFAULTS, pipeline);
        assertThat(settings.unbrokenPhrases()).containsExactly(phrase, "chill I think calls for");
        Transcript kept = service.read(sample, settings).transcript();
        assertThat(kept.segments()).anySatisfy(s -> assertThat(" " + s.originalBody() + " ").contains(" " + phrase + " "));
        assertThat(CleanupChoice.keepingGlossaryPhrases(ImportSettings.DEFAULTS, null)).isEqualTo(ImportSettings.DEFAULTS);
    }
}
