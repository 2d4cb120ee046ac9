package org.turnscript.ui.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.turnscript.ui.stats.SmallTranscripts.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.model.Paragraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.turnscript.cleanup.CleanupPipeline;
import org.turnscript.model.Metadata;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.WordFlag;
import org.turnscript.ui.session.ParStyle;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.session.WordStyle;
import org.turnscript.ui.stats.SmallTranscripts;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class CleanupIntoEditorTest {

    private TranscriptEditor editor;
    /** The size of each multi-change the area reported, in order. */
    private final List<Integer> changeBatches = new ArrayList<>();

    @Start
    void start(Stage stage) {
        editor = new TranscriptEditor();
        editor.area().multiRichChanges().subscribe(list -> changeBatches.add(list.size()));
        stage.setScene(new Scene(new VirtualizedScrollPane<>(editor.area()), 500, 300));
        stage.show();
    }

    /** Kate, Chris, then Chris's turn continued by an untagged segment; fillers in the second and the last. */
    private static Transcript talk() {
        return new Transcript(Metadata.EMPTY, SmallTranscripts.ROSTER, List.of(
                speech("s1", SmallTranscripts.KATE, 0, 2_000, "welcome to the show"),
                speech("s2", SmallTranscripts.CHRIS, 2_000, 4_000, "uh thanks for having me"),
                speech("s3", null, 4_000, 6_000, "it is uh great to be here")));
    }

    private static Transcript withoutFillers(Transcript t) {
        return CleanupPipeline.fromIds(List.of("fillers"), null).apply(t).transcript();
    }

    private List<ParStyle> paragraphStyles() {
        return editor.area().getParagraphs().stream().map(Paragraph::getParagraphStyle).toList();
    }

    @Test
    void fillersBecomeOneUndoStepThatKeepsTheDroppedWords(FxRobot robot) {
        robot.interact(() -> editor.load(talk()));
        Transcript before = editor.snapshot();
        List<ParStyle> stylesBefore = paragraphStyles();
        changeBatches.clear();

        robot.interact(() -> editor.buffer().applyTransform(editor.snapshot(), withoutFillers(before)));

        assertThat(changeBatches).as("one multi-change, replacing the two changed paragraphs only")
                .containsExactly(2);
        assertThat(editor.area().getText()).isEqualTo(
                "welcome to the show\nuh thanks for having me\nit is uh great to be here");
        WordStyle uh = editor.area().getParagraph(1).getStyleOfChar(0);
        assertThat(uh.has(WordFlag.DROPPED)).isTrue();
        assertThat(uh.start()).isEqualTo(2_000);
        assertThat(editor.snapshot().segments()).extracting(Segment::body).containsExactly(
                "welcome to the show", "thanks for having me", "it is great to be here");
        assertThat(editor.snapshot().segments()).extracting(Segment::id).containsExactly("s1", "s2", "s3");
        assertThat(paragraphStyles()).as("speaker tags and the continued turn's null stay").isEqualTo(stylesBefore);

        robot.interact(() -> editor.area().undo());

        assertThat(editor.snapshot()).isEqualTo(before);
        assertThat(editor.undoManager().isUndoAvailable()).isFalse();
    }

    @Test
    void emptyParagraphsAreNotSegments(FxRobot robot) {
        robot.interact(() -> {
            editor.load(talk());
            editor.area().insertText(0, editor.area().getParagraph(0).length(), "\n\n");
        });
        Transcript before = editor.snapshot();
        assertThat(editor.area().getParagraphs()).hasSize(5);

        robot.interact(() -> editor.buffer().applyTransform(editor.snapshot(), withoutFillers(before)));

        assertThat(editor.area().getParagraph(1).getText()).isEmpty();
        assertThat(editor.area().getParagraph(2).getText()).isEmpty();
        assertThat(editor.area().getParagraph(3).getStyleOfChar(0).has(WordFlag.DROPPED)).isTrue();
        assertThat(editor.area().getParagraph(4).getText()).isEqualTo("it is uh great to be here");
        assertThat(editor.snapshot().segments()).extracting(Segment::body)
                .containsExactly("welcome to the show", "thanks for having me", "it is great to be here");
    }

    @Test
    void nothingToChangeLeavesTheHistoryAlone(FxRobot robot) {
        robot.interact(() -> editor.load(talk()));
        changeBatches.clear();

        robot.interact(() -> editor.buffer().applyTransform(editor.snapshot(), editor.snapshot()));

        assertThat(changeBatches).isEmpty();
        assertThat(editor.undoManager().isUndoAvailable()).isFalse();
    }

    @Test
    void transcriptOfAnotherShapeIsRefused(FxRobot robot) {
        robot.interact(() -> editor.load(talk()));
        Transcript before = editor.snapshot();
        Transcript shorter = before.withSegments(before.segments().subList(0, 2));
        AtomicReference<Throwable> thrown = new AtomicReference<>();

        robot.interact(() -> {
            try {
                editor.buffer().applyTransform(editor.snapshot(), shorter);
            } catch (IllegalStateException e) {
                thrown.set(e);
            }
        });

        assertThat(thrown.get()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 segments").hasMessageContaining("has 3");
        assertThat(editor.snapshot()).isEqualTo(before);
    }
}
