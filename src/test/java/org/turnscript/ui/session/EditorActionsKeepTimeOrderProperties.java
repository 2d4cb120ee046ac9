package org.turnscript.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.turnscript.convert.ConversionService;
import org.turnscript.formats.ExportOptions;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.json.NativeJsonFormat;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.TranscriptArbitraries;
import org.turnscript.model.Word;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An audit of the editor's actions: whatever a person does (split, join, tag, punctuate, anchor, type, delete, undo
 * and redo, in any order), the transcript the buffer gives has its words in time order and no segment overlapping
 * the next, so the project it saves opens again without a repair warning, and undoing everything gives back what
 * was loaded. The project reader repairs overlapping segments (ADR 17); this checks the editor never makes them.
 */
class EditorActionsKeepTimeOrderProperties {

    private static final ConversionService SERVICE = ConversionService.standard();

    /** One thing a person does, chosen by numbers the action maps onto the document as it is at that moment. */
    record Action(int kind, int a, int b, int c) {
    }

    @BeforeContainer
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage(); // the undo manager's merge timer runs on the JavaFX thread
    }

    @Property(tries = 300)
    void editorActionsNeverPutTimesOutOfOrder(@ForAll("timed") Transcript loaded,
                                              @ForAll("actions") List<Action> actions) throws Exception {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            check(loaded, actions);
            return null;
        }));
    }

    /** Found by this property: a word typed against another shared its time, and Enter between them gave both halves all of it. */
    @Example
    void enterBetweenAWordAndOneTypedAgainstItSharesTheTime() throws Exception {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            check(oneWord(), List.of(new Action(5, 0, 0, 0), new Action(0, 0, 1, 1)));
            TranscriptBuffer buffer = new TranscriptBuffer();
            buffer.load(PreparedDocument.of(oneWord()));
            perform(buffer, new Action(5, 0, 0, 0)); // " typed " before "hello"
            perform(buffer, new Action(0, 0, 7, 1)); // Enter before "hello"
            Transcript t = buffer.transcript();
            assertThat(t.segments()).hasSize(2);
            assertThat(t.segment(0).end()).isLessThanOrEqualTo(t.segment(1).start());
            assertThat(t.segment(1).end()).isEqualTo(3000);
            return null;
        }));
    }

    /** Found by this property: lines pasted inside a word all took its time, and their segments overlapped. */
    @Example
    void linesPastedIntoAWordKeepTheirSegmentsApart() throws Exception {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            check(oneWord(), List.of(new Action(7, 0, 3, 0)));
            return null;
        }));
    }

    private static Transcript oneWord() {
        return new Transcript(org.turnscript.model.Metadata.EMPTY, org.turnscript.model.Roster.of(List.of("Kate")),
                List.of(new Segment("s1", "S1", org.turnscript.model.SegmentKind.SPEECH,
                        List.of(Word.timed("hello", 1000, 3000, org.turnscript.model.TimeSource.MEASURED)))));
    }

    private static void check(Transcript loaded, List<Action> actions) throws Exception {
        TranscriptBuffer buffer = new TranscriptBuffer();
        buffer.load(PreparedDocument.of(loaded));
        Transcript first = buffer.transcript();
        int done = 0;
        for (Action action : actions) {
            done += perform(buffer, action) ? 1 : 0;
            assertInTimeOrder(buffer.transcript());
        }
        Transcript edited = buffer.transcript();
        byte[] project = SERVICE.exportBytes(edited, NativeJsonFormat.ID, ExportOptions.DEFAULTS);
        LoadedDocument reopened = SERVICE.read(project, "edited.turnscript.json", ImportSettings.DEFAULTS);
        assertThat(reopened.warnings()).as(new String(project, StandardCharsets.UTF_8)).isEmpty();
        assertThat(reopened.transcript().segments()).hasSameSizeAs(edited.segments());
        while (buffer.undoManager().isUndoAvailable()) {
            buffer.undoManager().undo();
        }
        assertThat(buffer.transcript()).as("after undoing %d actions", done).isEqualTo(first);
    }

    private static boolean perform(TranscriptBuffer buffer, Action action) {
        int pars = buffer.paragraphCount();
        int par = Math.floorMod(action.a(), pars);
        Paragraph<ParStyle, String, WordStyle> p = buffer.paragraph(par);
        int column = p.length() == 0 ? 0 : Math.floorMod(action.b(), p.length());
        List<String> ids = buffer.roster().speakers().stream().map(s -> s.id()).toList();
        String speaker = ids.isEmpty() ? null : ids.get(Math.floorMod(action.c(), ids.size()));
        switch (action.kind()) {
            case 0 -> {
                return buffer.split(par, column, speaker, action.c() % 2 == 0) >= 0;
            }
            case 1 -> {
                if (par + 1 >= pars) {
                    return false;
                }
                buffer.join(par);
                return true;
            }
            case 2 -> {
                buffer.setSpeaker(par, speaker);
                return true;
            }
            case 3 -> {
                return buffer.punctuate(par, column, ".,?".charAt(Math.floorMod(action.c(), 3))) >= 0;
            }
            case 4 -> {
                return anchor(buffer, action);
            }
            case 5 -> {
                // Typing takes the style of the character before the caret, as the area does with nothing selected.
                int at = buffer.offsetOf(par, column);
                buffer.document().replace(at, at, ReadOnlyStyledDocument.fromString(" typed ",
                        p.getParagraphStyle(), p.getStyleAtPosition(column), TranscriptDocuments.OPS));
                return true;
            }
            case 6 -> {
                int[] word = WordBoundaries.wordAround(p.getText(), column);
                if (word == null) {
                    return false;
                }
                int base = buffer.offsetOf(par, 0);
                buffer.document().replace(base + word[0], base + word[1], ReadOnlyStyledDocument.fromString("",
                        p.getParagraphStyle(), WordStyle.TYPED, TranscriptDocuments.OPS));
                return true;
            }
            case 7 -> {
                // Pasting lines: the area inserts them with the style before the caret, one paragraph per line.
                int at = buffer.offsetOf(par, column);
                buffer.document().replace(at, at, ReadOnlyStyledDocument.fromString("pasted\nlines ",
                        p.getParagraphStyle(), p.getStyleAtPosition(column), TranscriptDocuments.OPS));
                return true;
            }
            case 8 -> {
                if (!buffer.undoManager().isUndoAvailable()) {
                    return false;
                }
                buffer.undoManager().undo();
                return false;
            }
            default -> {
                if (!buffer.undoManager().isRedoAvailable()) {
                    return false;
                }
                buffer.undoManager().redo();
                return false;
            }
        }
    }

    /** Anchors a word at a time in the recording, as F9 does where the player stands. */
    private static boolean anchor(TranscriptBuffer buffer, Action action) {
        Transcript t = buffer.transcript();
        if (t.segments().isEmpty()) {
            return false;
        }
        int segment = Math.floorMod(action.a(), t.segments().size());
        List<Word> words = t.segment(segment).words();
        if (words.isEmpty()) {
            return false;
        }
        int word = Math.floorMod(action.b(), words.size());
        long at = Math.floorMod(action.c() * 37L, Math.max(1, t.durationMs()) + 1);
        try {
            buffer.anchor(segment, word, at);
            return true;
        } catch (IllegalArgumentException outsideTheFixedWords) {
            return false; // the window refuses such a time with a message; the document is unchanged
        }
    }

    private static void assertInTimeOrder(Transcript t) {
        long lastStart = Long.MIN_VALUE;
        long lastSegmentEnd = Long.MIN_VALUE;
        for (Segment s : t.segments()) {
            for (Word w : s.words()) {
                if (w.isTimed()) {
                    assertThat(w.start()).as("word %s", w).isGreaterThanOrEqualTo(lastStart);
                    lastStart = w.start();
                }
            }
            if (s.start() != Word.UNKNOWN_TIME) {
                assertThat(s.start()).as("segment %s starts before the one before it ends", s.id())
                        .isGreaterThanOrEqualTo(lastSegmentEnd);
                lastSegmentEnd = s.end();
            }
        }
    }

    @Provide
    Arbitrary<Transcript> timed() {
        return TranscriptArbitraries.timedTranscripts();
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 10_000);
        return Combinators.combine(Arbitraries.integers().between(0, 9), n, n, n).as(Action::new)
                .list().ofMinSize(1).ofMaxSize(25);
    }
}
