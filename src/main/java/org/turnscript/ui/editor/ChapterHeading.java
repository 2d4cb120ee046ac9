package org.turnscript.ui.editor;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.turnscript.model.ChapterMark;

/**
 * The heading line above a paragraph that opens a chapter: the title, drawn in the space the paragraph box leaves
 * above its text ({@value #CHAPTER_START} in the stylesheet). It is not text of the document, so it is never
 * selected, typed into or exported as words. It rides on the gutter node, the one node RichTextFX lets us put
 * beside a paragraph, outside the gutter's own layout.
 */
final class ChapterHeading {

    /** Style class of a paragraph box with a chapter heading above it. */
    static final String CHAPTER_START = "chapter-start";
    /** How far above the gutter's top the heading sits: the extra space the stylesheet gives such a paragraph. */
    static final double OFFSET = 30;
    private static final String HOLDER = "chapter-heading-holder";

    private ChapterHeading() {
    }

    /** Shows {@code mark}'s title above the paragraph of {@code gutter}, or takes the heading away (null). */
    static void update(HBox gutter, ChapterMark mark) {
        Group holder = holder(gutter);
        if (mark == null) {
            if (holder != null) {
                gutter.getChildren().remove(holder);
            }
        } else {
            if (holder == null) {
                Label label = new Label();
                label.getStyleClass().add("chapter-heading");
                holder = new Group(label);
                holder.getStyleClass().add(HOLDER);
                holder.setManaged(false); // outside the gutter's row: it must not move the chip or the time
                holder.setLayoutX(8);
                holder.setLayoutY(-OFFSET + 4);
                gutter.getChildren().add(holder);
            }
            ((Label) holder.getChildren().get(0)).setText("§ " + (mark.title().isBlank() ? "Untitled chapter"
                    : mark.title()));
        }
        gutter.getProperties().put(CHAPTER_START, mark != null);
        markParagraph(gutter);
    }

    /** Gives the paragraph box holding {@code gutter} the space for a heading, or takes it away. */
    static void markParagraph(HBox gutter) {
        Parent paragraph = gutter.getParent();
        if (paragraph == null) {
            return;
        }
        boolean heading = Boolean.TRUE.equals(gutter.getProperties().get(CHAPTER_START));
        List<String> classes = paragraph.getStyleClass();
        if (heading && !classes.contains(CHAPTER_START)) {
            classes.add(CHAPTER_START);
        } else if (!heading) {
            classes.remove(CHAPTER_START);
        }
    }

    /** The heading's title as shown, or null: for tests and the accessibility text. */
    static String shownTitle(Node gutter) {
        if (gutter instanceof HBox box) {
            Group holder = holder(box);
            return holder == null ? null : ((Label) holder.getChildren().get(0)).getText();
        }
        return null;
    }

    private static Group holder(HBox gutter) {
        for (Node n : gutter.getChildren()) {
            if (n instanceof Group g && g.getStyleClass().contains(HOLDER)) {
                return g;
            }
        }
        return null;
    }
}
