package org.turnscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.convert.EditJournal;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** The recovery question says which file the work belongs to and how old it is. */
class RecoveryTextTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private static Transcript words(int n, String source) {
        List<Word> list = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(Word.timed("w" + i, i * 100L, i * 100L + 50, TimeSource.MEASURED));
        }
        return new Transcript(Metadata.EMPTY.withSourceFile(source), Roster.EMPTY,
                List.of(new Segment("s1", null, SegmentKind.SPEECH, list)));
    }

    @Test
    void namesTheProjectAndTheAge() {
        var r = new EditJournal.Recovered(words(1234, null), Path.of("/home/editor/shows/ep12.turnscript.json"), 5,
                FileTime.from(NOW.minus(Duration.ofMinutes(3))));
        assertThat(FileActions.recoveryText(r, NOW)).contains("ep12.turnscript.json").contains("/home/editor/shows")
                .contains("1,234 words").contains("3 minutes ago");
    }

    @Test
    void namesTheImportWhenNothingWasSaved() {
        var r = new EditJournal.Recovered(words(10, "/tmp/interview.srt"), null, 0,
                FileTime.from(NOW.minus(Duration.ofHours(5))));
        assertThat(FileActions.recoveryText(r, NOW)).contains("an import of interview.srt, never saved")
                .contains("5 hours ago");
    }
}
