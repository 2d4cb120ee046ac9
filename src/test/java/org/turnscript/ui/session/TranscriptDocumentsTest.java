package org.turnscript.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.TranscriptArbitraries;
import org.turnscript.model.Word;

class TranscriptDocumentsTest {

    private static final Roster ROSTER = Roster.of(List.of("Brian", "Kate"));

    private static Transcript sample() {
        Segment a = new Segment("s1", "S1", SegmentKind.SPEECH, List.of(
                Word.timed("hello", 0, 400, TimeSource.MEASURED),
                Word.timed("there", 400, 900, TimeSource.MEASURED)));
        Segment b = new Segment("s2", "S2", SegmentKind.SPEECH, List.of(
                Word.timed("thanks", 1000, 1500, TimeSource.ESTIMATED),
                Word.timed("Brian", 1500, 2000, TimeSource.ESTIMATED)));
        return new Transcript(Metadata.EMPTY.withDurationMs(2000), ROSTER, List.of(a, b));
    }

    private static Transcript roundTrip(ReadOnlyStyledDocument<ParStyle, String, WordStyle> doc, Transcript t) {
        return TranscriptDocuments.toTranscript(doc.getParagraphs(), t.roster(), t.metadata());
    }

    @Test
    void documentHasOneParagraphPerSegmentWithItsSpeaker() {
        var doc = TranscriptDocuments.toDocument(sample());
        assertThat(doc.getParagraphs()).hasSize(2);
        assertThat(doc.getParagraph(0).getText()).isEqualTo("hello there");
        assertThat(doc.getParagraph(1).getParagraphStyle().speakerId()).isEqualTo("S2");
    }

    @Test
    void untouchedDocumentReadsBackEqual() {
        Transcript t = sample();
        assertThat(roundTrip(TranscriptDocuments.toDocument(t), t)).isEqualTo(t);
    }

    @Property(tries = 60)
    void everyTimedTranscriptSurvivesTheEditor(@ForAll("timed") Transcript t) {
        assertThat(roundTrip(TranscriptDocuments.toDocument(t), t)).isEqualTo(t);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Transcript> timed() {
        return TranscriptArbitraries.timedTranscripts().filter(TranscriptDocumentsTest::wordsHaveNoSpaces);
    }

    private static boolean wordsHaveNoSpaces(Transcript t) {
        return t.segments().stream().flatMap(s -> s.words().stream())
                .allMatch(w -> !w.text().isBlank() && w.text().chars().noneMatch(Character::isWhitespace));
    }

    @Test
    void splittingAParagraphKeepsEveryWordsTime() {
        Transcript t = sample();
        var doc = TranscriptDocuments.toDocument(t);
        // Enter after "hello": the replace the editor makes, done on the document.
        var split = doc.replace(5, 6, ReadOnlyStyledDocument.fromString("\n", ParStyle.UNASSIGNED,
                WordStyle.TYPED, TranscriptDocuments.OPS))._1;
        Transcript after = roundTrip(split, t);
        assertThat(after.segments()).hasSize(3);
        assertThat(after.segment(1).words().get(0).start()).isEqualTo(400);
        assertThat(after.segment(1).words().get(0).source()).isEqualTo(TimeSource.MEASURED);
        assertThat(after.segment(0).id()).isEqualTo("s1");
        assertThat(after.segment(1).id()).isEqualTo("s3");
    }

    @Test
    void typedWordIsInterpolatedBetweenItsNeighbours() {
        Transcript t = sample();
        var doc = TranscriptDocuments.toDocument(t);
        // "hello there" → "hello big there": typed after the space that belongs to "hello"
        var typed = doc.replace(6, 6, ReadOnlyStyledDocument.fromString("big ", ParStyle.UNASSIGNED,
                WordStyle.TYPED, TranscriptDocuments.OPS))._1;
        List<Word> words = roundTrip(typed, t).segment(0).words();
        assertThat(words).extracting(Word::text).containsExactly("hello", "big", "there");
        assertThat(words.get(1).source()).isEqualTo(TimeSource.INTERPOLATED);
        assertThat(words.get(1).start()).isGreaterThanOrEqualTo(400);
        assertThat(words.get(1).end()).isLessThanOrEqualTo(400);
        assertThat(words.get(2).start()).isEqualTo(400);
    }

    @Test
    void correctedWordKeepsItsTimeAndOriginal() {
        Transcript t = sample();
        var doc = TranscriptDocuments.toDocument(t);
        Paragraph<ParStyle, String, WordStyle> p = doc.getParagraph(1);
        WordStyle style = p.getStyleOfChar(7); // inside "Brian"
        int parStart = doc.getParagraph(0).length() + 1;
        var fixed = doc.replace(parStart + 7, parStart + 12, ReadOnlyStyledDocument.fromString("Bryan",
                ParStyle.UNASSIGNED, style, TranscriptDocuments.OPS))._1;
        Word w = roundTrip(fixed, t).segment(1).words().get(1);
        assertThat(w.text()).isEqualTo("Bryan");
        assertThat(w.original()).isEqualTo("Brian");
        assertThat(w.start()).isEqualTo(1500);
    }

    @Test
    void emptyParagraphsAreDropped() {
        Transcript t = sample();
        var doc = TranscriptDocuments.toDocument(t);
        List<Paragraph<ParStyle, String, WordStyle>> pars = new ArrayList<>(doc.getParagraphs());
        pars.add(1, new Paragraph<>(ParStyle.UNASSIGNED, TranscriptDocuments.OPS, "", WordStyle.TYPED));
        assertThat(TranscriptDocuments.toTranscript(pars, t.roster(), t.metadata()).segments()).hasSize(2);
    }
}
