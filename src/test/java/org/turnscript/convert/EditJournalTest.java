package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.SegmentSplice;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

class EditJournalTest {

    @TempDir
    Path dir;

    private static Transcript transcript(int segments) {
        Roster roster = Roster.of(List.of("Kate", "Brian"));
        List<Segment> list = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            list.add(new Segment("s" + (i + 1), i % 3 == 0 ? roster.speakers().get(i % 2).id() : null,
                    SegmentKind.SPEECH, List.of(Word.timed("word" + i, i * 1000L, i * 1000L + 400, TimeSource.MEASURED),
                    Word.timed("more", i * 1000L + 500, i * 1000L + 900, TimeSource.ESTIMATED))));
        }
        return new Transcript(Metadata.EMPTY.withTitle("t"), roster, list);
    }

    private static Segment typed(String id, String text) {
        return new Segment(id, null, SegmentKind.SPEECH, List.of(new Word(text, text, Word.UNKNOWN_TIME,
                Word.UNKNOWN_TIME, TimeSource.UNKNOWN, 0)));
    }

    @Test
    void replaysTheChangesOntoTheBase() throws Exception {
        Transcript base = transcript(200);
        EditJournal journal = new EditJournal(dir.resolve("j.jsonl"));
        journal.start(base, dir.resolve("show.turnscript.json"));
        long baseBytes = journal.bytes();
        List<Segment> expected = new ArrayList<>(base.segments());
        List<SegmentSplice> changes = List.of(
                new SegmentSplice(10, 1, List.of(typed("s11", "corrected"))),
                new SegmentSplice(50, 2, List.of(typed("x1", "joined"))),
                new SegmentSplice(0, 0, List.of(typed("x2", "new"))));
        Transcript renamed = new Transcript(base.metadata().withTitle("renamed"), base.roster(), List.of());
        for (SegmentSplice c : changes) {
            c.applyTo(expected);
            journal.append(List.of(c), renamed);
        }
        assertThat(journal.bytes() - baseBytes).as("changes append little").isLessThan(baseBytes / 20);
        EditJournal.Recovered r = new EditJournal(dir.resolve("j.jsonl")).read().orElseThrow();
        assertThat(r.transcript().segments()).isEqualTo(expected);
        assertThat(r.transcript().metadata().title()).isEqualTo("renamed");
        assertThat(r.origin()).isEqualTo(dir.resolve("show.turnscript.json").toAbsolutePath());
        assertThat(r.changes()).isEqualTo(3);
    }

    @Test
    void aLineCutShortByACrashLosesOnlyItself() throws Exception {
        Path file = dir.resolve("j.jsonl");
        EditJournal journal = new EditJournal(file);
        Transcript base = transcript(5);
        journal.start(base, null);
        journal.append(List.of(new SegmentSplice(1, 1, List.of(typed("s2", "kept")))), base);
        Files.writeString(file, "{\"kind\":\"splice\",\"from\":0,\"remo", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Transcript recovered = journal.read().orElseThrow().transcript();
        assertThat(recovered.segment(1).body()).isEqualTo("kept");
        assertThat(recovered.segments()).hasSize(5);
    }

    @Test
    void aJournalWithoutItsStartIsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("j.jsonl");
        Files.writeString(file, "not json\n");
        assertThatThrownBy(() -> new EditJournal(file).read()).isInstanceOf(FormatException.class)
                .hasMessageContaining("j.jsonl:1");
    }

    @Test
    void duplicateIdsAndRemovedSpeakersAreMadeValid() throws Exception {
        EditJournal journal = new EditJournal(dir.resolve("j.jsonl"));
        Transcript base = transcript(4);
        journal.start(base, null);
        Segment copy = base.segment(0); // pasted again: the same id twice
        journal.append(List.of(new SegmentSplice(4, 0, List.of(copy))), base);
        // A later roster change without its re-tag (as a damaged journal might hold): the tags go, not the work.
        journal.append(List.of(new SegmentSplice(0, 0, List.of())),
                new Transcript(base.metadata(), Roster.EMPTY, List.of()));
        Transcript t = journal.read().orElseThrow().transcript();
        assertThat(t.segments()).hasSize(5);
        assertThat(t.segments()).allSatisfy(s -> assertThat(s.speakerId()).isNull());
        assertThat(t.segments().stream().map(Segment::id).distinct()).hasSize(5);
    }
}
