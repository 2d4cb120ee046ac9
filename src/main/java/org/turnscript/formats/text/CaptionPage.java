package org.turnscript.formats.text;

import java.util.List;
import org.turnscript.model.Word;

/**
 * A caption-statistics web page copied as text, taken apart: the facts around the captions and the caption text
 * itself. Any fact may be {@code null}; {@code durationMs} is {@link Word#UNKNOWN_TIME} when the page has none.
 *
 * @param title          the first line of the page
 * @param channel        the "Channel:" value
 * @param mediaId        the "Id:" value
 * @param published      the "Published:" value, ISO 8601 when it could be read as a date, else as found
 * @param durationMs     the "Length:" value in ms
 * @param body           the lines between the "Captions" heading and the "Info" block, joined by {@code \n}
 * @param headingLine    1-based line of the "Captions" heading
 * @param warnings       values the page has but that could not be read, as "line N: what" messages
 */
public record CaptionPage(String title, String channel, String mediaId, String published, long durationMs,
                          String body, int headingLine, List<String> warnings) {

    public CaptionPage {
        warnings = List.copyOf(warnings);
    }

    /** 1-based line of the first body line. */
    public int bodyLine() {
        return headingLine + 1;
    }
}
