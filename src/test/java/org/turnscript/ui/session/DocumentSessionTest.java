package org.turnscript.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.FormatException;

/** The session's files, without a window. */
class DocumentSessionTest {

    @TempDir
    Path dir;

    private final DocumentSession session = new DocumentSession(ConversionService.standard());

    private Path sampleCopy() throws IOException {
        Path copy = dir.resolve("page.txt");
        try (InputStream in = getClass().getResourceAsStream(DocumentSession.SAMPLE_RESOURCE)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void readingDoesNotAdoptTheFileUntilAsked() throws Exception {
        Path page = sampleCopy();
        LoadedDocument doc = session.read(page, ImportSettings.DEFAULTS);
        assertThat(session.projectFile()).isNull();
        assertThat(session.displayName()).isEqualTo("Untitled");
        session.adopt(page, doc);
        assertThat(session.displayName()).isEqualTo("page.txt (imported)");
        assertThat(session.projectFile()).isNull();
    }

    @Test
    void theSampleOpenedFromDiskOffersItsFourSpeakers() throws Exception {
        LoadedDocument doc = session.read(sampleCopy(), ImportSettings.DEFAULTS);
        assertThat(DocumentSession.speakersToOffer(doc, List.of("Ann"))).containsExactly("Brian", "Kate", "Chris",
                "Skyler");
    }

    @Test
    void saveAsGivesTheProjectExtensionAndBecomesTheTarget() throws IOException, FormatException {
        LoadedDocument doc = session.openSample();
        session.saveAs(doc.transcript(), dir.resolve("episode.json"));
        assertThat(session.projectFile()).isEqualTo(dir.resolve("episode.turnscript.json"));
        assertThat(session.read(session.projectFile(), ImportSettings.DEFAULTS).transcript())
                .isEqualTo(doc.transcript());
    }
}
