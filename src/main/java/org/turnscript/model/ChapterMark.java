package org.turnscript.model;

import java.util.Objects;

/**
 * What a chapter says about itself, apart from where it starts: its title and, when set, an image and a web page.
 * The editor keeps it on the style of the chapter's first word, so it travels with that word.
 *
 * @param title the chapter's title; never null, stripped (may be blank while the editor has not named it yet)
 * @param image URL of the chapter's art, or {@code null}
 * @param url   URL of a page about the chapter, or {@code null}
 */
public record ChapterMark(String title, String image, String url) {

    public ChapterMark {
        Objects.requireNonNull(title, "title");
        title = title.strip();
        image = blankToNull(image);
        url = blankToNull(url);
    }

    public static ChapterMark titled(String title) {
        return new ChapterMark(title, null, null);
    }

    public ChapterMark withTitle(String newTitle) {
        return new ChapterMark(newTitle, image, url);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
