package org.turnscript.formats.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each value of a JSON text starts, by JSON Pointer ({@code /segments/3/words/0}). A tree
 * forgets where its nodes came from, so when a value turns out to be wrong after parsing, this index gives
 * the person a line to look at. Built only when an error is reported: a valid file never pays for it.
 */
final class JsonLineIndex {

    private final Map<String, Integer> lines;

    private JsonLineIndex(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** Indexes {@code text}, which has already been parsed once and is known to be well-formed. */
    static JsonLineIndex of(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = JsonText.factory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME && !token.isStructEnd()) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // The text parsed as a tree a moment ago; an index cut short still serves the lines it has.
        }
        return new JsonLineIndex(lines);
    }

    /**
     * The line of the value at {@code pointer}, else of its nearest enclosing value that has one (a missing
     * field is reported on its object's line), else 0.
     */
    int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
