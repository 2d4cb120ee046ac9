package org.turnscript.formats.vtt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.turnscript.formats.cues.CueLine;

/**
 * Cue text markup: reading turns payload lines into plain lines with their voice; writing escapes text so
 * that no character can be taken for markup.
 */
final class VttCueText {

    private VttCueText() {
    }

    /**
     * Plain lines of a cue payload, read with {@link VttCueTextParser}. A voice span ({@code <v Kate>},
     * {@code <v.loud Kate>}) names the speaker of the text inside it, across lines, until {@code </v>} or the end of
     * the cue (the end tag may be omitted); an inline timestamp ({@code <00:00:01.469>}) becomes a time mark on the
     * line; every other span (classes, italics, ruby) is dropped and its text kept.
     */
    static List<CueLine> parse(List<String> payload) {
        Flattener flattener = new Flattener();
        flattener.walk(VttCueTextParser.parse(String.join("\n", payload)), null);
        flattener.endLine();
        return flattener.lines;
    }

    /** Walks the tree in text order, cutting lines at line feeds. */
    private static final class Flattener {

        private final List<CueLine> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private List<CueLine.TimeMark> marks = new ArrayList<>();
        private String lineVoice;
        private boolean seenText;

        /**
         * Iterative, not recursive: spans may nest as deep as the file likes (20,000 {@code <b>} in a row), and a
         * recursive walk would overflow the stack on such a cue.
         */
        void walk(List<VttNode> nodes, String voice) {
            Deque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(nodes.iterator(), voice));
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                if (!frame.nodes().hasNext()) {
                    stack.pop();
                    continue;
                }
                VttNode node = frame.nodes().next();
                if (node instanceof VttNode.Text t) {
                    text(t.text(), frame.voice());
                } else if (node instanceof VttNode.Timestamp ts) {
                    marks.add(new CueLine.TimeMark(text.length(), ts.time()));
                } else if (node instanceof VttNode.Element e) {
                    String inner = e.name().equals("v") ? (e.annotation().isEmpty() ? null : e.annotation())
                            : frame.voice();
                    stack.push(new Frame(e.children().iterator(), inner));
                }
            }
        }

        /** A span being walked: its remaining children and the voice they speak in. */
        private record Frame(Iterator<VttNode> nodes, String voice) {
        }

        private void text(String chars, String voice) {
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (c == '\n') {
                    endLine();
                    continue;
                }
                if (c == '\u200E' || c == '\u200F') {
                    continue; // direction marks steer rendering; a transcript word does not contain them
                }
                if (!seenText && !Character.isWhitespace(c)) {
                    seenText = true;
                    lineVoice = voice;
                }
                text.append(c == '\u00A0' ? ' ' : c); // a no-break space is spacing in a caption, not part of a word
            }
        }

        void endLine() {
            lines.add(new CueLine(text.toString(), lineVoice, marks));
            text.setLength(0);
            marks = new ArrayList<>();
            lineVoice = null;
            seenText = false;
        }
    }

    /** Escapes cue text: {@code &}, {@code <} and {@code >} (which also keeps {@code -->} out of the payload). */
    static String escape(String text) {
        return appendEscaped(new StringBuilder(text.length() + 8), text).toString();
    }

    /** Appends {@code text} escaped as {@link #escape} does. */
    static StringBuilder appendEscaped(StringBuilder out, String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null;
            if (entity != null) {
                out.append(text, from, i).append(entity);
                from = i + 1;
            }
        }
        return out.append(text, from, text.length());
    }
}
