package org.turnscript.cleanup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a glossary file: one entry per line, the wrong phrase, a tab, the right phrase. Blank lines and lines
 * whose first non-blank character is {@code #} are ignored. See docs/glossary.md.
 */
public final class GlossaryFile {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private GlossaryFile() {
    }

    /**
     * @param text       the file's content
     * @param sourceName the file name to put in error messages
     * @throws GlossaryException at the first malformed line, naming it
     */
    public static Glossary parse(String text, String sourceName) throws GlossaryException {
        // Editors on Windows save UTF-8 with a byte order mark; it is not part of the first phrase.
        String content = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        List<Glossary.Entry> entries = new ArrayList<>();
        Map<List<String>, Integer> firstLine = new HashMap<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            Glossary.Entry entry = entry(line, sourceName, lineNumber);
            Integer earlier = firstLine.putIfAbsent(entry.wrongKeys(), lineNumber);
            if (earlier != null) {
                throw new GlossaryException(sourceName, lineNumber,
                        "'" + entry.wrong() + "' is already in the glossary on line " + earlier);
            }
            entries.add(entry);
        }
        return new Glossary(entries);
    }

    private static Glossary.Entry entry(String line, String sourceName, int lineNumber) throws GlossaryException {
        String[] fields = line.split("\t", -1);
        if (fields.length < 2) {
            throw new GlossaryException(sourceName, lineNumber,
                    "no tab between the wrong and the right phrase (expected: wrong phrase<TAB>right phrase)");
        }
        if (fields.length > 2) {
            throw new GlossaryException(sourceName, lineNumber,
                    "more than one tab (expected: wrong phrase<TAB>right phrase)");
        }
        try {
            return new Glossary.Entry(fields[0], fields[1]);
        } catch (IllegalArgumentException e) {
            throw new GlossaryException(sourceName, lineNumber, e.getMessage());
        }
    }
}
