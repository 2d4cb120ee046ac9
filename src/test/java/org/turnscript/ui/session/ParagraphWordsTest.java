package org.turnscript.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fxmisc.richtext.model.GenericEditableStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** A settle that takes unchanged paragraphs' words from the last one makes the same transcript as a fresh read. */
class ParagraphWordsTest {

    private static Transcript transcript() {
        Roster roster = Roster.of(List.of("Kate", "Brian"));
        List<Segment> segments = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            segments.add(new Segment("s" + (i + 1), i % 5 == 0 ? roster.speakers().get(i % 2).id() : null,
                    SegmentKind.SPEECH, List.of(Word.timed("one" + i, i * 1000L, i * 1000L + 300, TimeSource.MEASURED),
                    Word.timed("two", i * 1000L + 400, i * 1000L + 900, TimeSource.ESTIMATED))));
        }
        return new Transcript(Metadata.EMPTY.withDurationMs(60_000), roster, segments);
    }

    @Test
    void cachedReadsEqualFreshReadsThroughEdits() {
        Transcript t = transcript();
        GenericEditableStyledDocument<ParStyle, String, WordStyle> doc =
                new GenericEditableStyledDocument<>(PreparedDocument.of(t).document());
        ParagraphWords cache = new ParagraphWords();
        BufferSnapshot first = new BufferSnapshot(doc.snapshot(), t.roster(), t.metadata());
        assertThat(first.toTranscript(cache)).isEqualTo(first.toTranscript());

        int at = doc.position(7, 5).toOffset(); // after "one7 "
        doc.replace(at, at, ReadOnlyStyledDocument.fromString("typed ", ParStyle.UNASSIGNED, WordStyle.TYPED,
                TranscriptDocuments.OPS)); // a typed word: untimed until the gaps are filled
        doc.setParagraphStyle(20, new ParStyle(t.roster().speakers().get(1).id(), SegmentKind.SPEECH));
        int join = doc.position(30, 0).toOffset();
        doc.replace(join - 1, join, ReadOnlyStyledDocument.fromString(" ", ParStyle.UNASSIGNED, WordStyle.TYPED,
                TranscriptDocuments.OPS)); // two paragraphs become one

        BufferSnapshot second = new BufferSnapshot(doc.snapshot(), t.roster(), t.metadata());
        Transcript cached = second.toTranscript(cache);
        assertThat(cached).isEqualTo(second.toTranscript());
        assertThat(cached.segments()).hasSize(39);
        assertThat(cached.segment(7).body()).startsWith("one7 typed two");
    }
}
