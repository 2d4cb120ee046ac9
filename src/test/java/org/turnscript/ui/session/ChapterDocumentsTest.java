package org.turnscript.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fxmisc.richtext.model.GenericEditableStyledDocument;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Chapter;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** Chapters travel through the editor's document on their words' styles. */
class ChapterDocumentsTest {

    private static final Transcript SHOW = new Transcript(Metadata.EMPTY, Roster.EMPTY, List.of(
            new Segment("s1", null, SegmentKind.SPEECH, List.of(Word.timed("welcome", 0, 500, TimeSource.MEASURED),
                    Word.timed("first", 500, 900, TimeSource.MEASURED),
                    Word.timed("topic", 900, 1400, TimeSource.MEASURED)))),
            List.of(new Chapter("s1", 0, ChapterMark.titled("Intro")),
                    new Chapter("s1", 1, new ChapterMark("First", null, "https://example.org"))));

    private static GenericEditableStyledDocument<ParStyle, String, WordStyle> document() {
        GenericEditableStyledDocument<ParStyle, String, WordStyle> doc =
                new GenericEditableStyledDocument<>(ParStyle.UNASSIGNED, WordStyle.TYPED, TranscriptDocuments.OPS);
        doc.replace(0, 0, TranscriptDocuments.toDocument(SHOW));
        return doc;
    }

    private static Transcript read(GenericEditableStyledDocument<ParStyle, String, WordStyle> doc) {
        return TranscriptDocuments.toTranscript(doc.getParagraphs(), Roster.EMPTY, Metadata.EMPTY);
    }

    @Test
    void chaptersComeBackFromTheDocumentOnTheirWords() {
        assertThat(read(document()).chapters()).isEqualTo(SHOW.chapters());
    }

    @Test
    void aWordTypedAfterTheChapterWordDoesNotStartTheChapterAgain() {
        var doc = document();
        // "welcome first topic": type " again" right after "first", as typing takes the style before the caret.
        int afterFirst = "welcome first".length();
        doc.replace(afterFirst, afterFirst, org.fxmisc.richtext.model.ReadOnlyStyledDocument.fromString(" again",
                ParStyle.UNASSIGNED, doc.getParagraph(0).getStyleOfChar(afterFirst - 1), TranscriptDocuments.OPS));
        Transcript t = read(doc);
        assertThat(t.segment(0).words()).extracting(Word::text).containsExactly("welcome", "first", "again", "topic");
        assertThat(t.chapters()).extracting(Chapter::wordIndex).containsExactly(0, 1);
    }

    @Test
    void correctingTheChapterWordKeepsTheChapter() {
        var doc = document();
        int first = "welcome ".length();
        doc.replace(first, first + "first".length(), org.fxmisc.richtext.model.ReadOnlyStyledDocument.fromString(
                "firstly", ParStyle.UNASSIGNED, doc.getParagraph(0).getStyleOfChar(first), TranscriptDocuments.OPS));
        Transcript t = read(doc);
        assertThat(t.chapters().get(1)).isEqualTo(SHOW.chapters().get(1));
        assertThat(t.segment(0).words().get(1).text()).isEqualTo("firstly");
    }

    @Test
    void deletingTheChapterWordDeletesTheChapter() {
        var doc = document();
        doc.replace("welcome ".length(), "welcome first ".length(),
                org.fxmisc.richtext.model.ReadOnlyStyledDocument.fromString("", ParStyle.UNASSIGNED, WordStyle.TYPED,
                        TranscriptDocuments.OPS));
        assertThat(read(doc).chapters()).extracting(Chapter::title).containsExactly("Intro");
    }

    @Test
    void theJournalsSegmentsCarryTheirChapters() {
        var doc = document();
        List<Segment> segments = TranscriptDocuments.segmentsOf(doc.getParagraphs(), Roster.EMPTY, "j1-");
        assertThat(TranscriptDocuments.chaptersOf(doc.getParagraphs(), segments)).isEqualTo(SHOW.chapters());
    }
}
