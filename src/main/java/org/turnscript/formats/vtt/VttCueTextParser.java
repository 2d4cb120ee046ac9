package org.turnscript.formats.vtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The W3C "WebVTT cue text parsing rules": a tokenizer (text, start tag with classes and annotation, end tag,
 * timestamp) and the tree construction that nests spans, accepting only the tags WebVTT knows and an {@code rt}
 * only inside a {@code ruby}. Character references are resolved by {@link HtmlReferences}.
 */
public final class VttCueTextParser {

    private static final Set<String> SPANS = Set.of("c", "i", "b", "u", "ruby", "rt", "v", "lang");

    private final String input;
    private int position;

    private VttCueTextParser(String input) {
        this.input = input;
    }

    /** The cue text as a tree: the children of the root. */
    public static List<VttNode> parse(String cueText) {
        VttCueTextParser parser = new VttCueTextParser(cueText);
        List<VttNode> root = new ArrayList<>();
        // Open spans, innermost last; each entry is the element and its mutable child list.
        List<VttNode.Element> open = new ArrayList<>();
        List<List<VttNode>> childLists = new ArrayList<>();
        childLists.add(root);
        Token token;
        while ((token = parser.next()) != null) {
            List<VttNode> current = childLists.get(childLists.size() - 1);
            VttNode.Element currentElement = open.isEmpty() ? null : open.get(open.size() - 1);
            switch (token.kind) {
                case TEXT -> current.add(new VttNode.Text(token.value));
                case TIMESTAMP -> {
                    int[] at = {0};
                    long time = WebVttParser.timestamp(token.value, at, false);
                    if (time >= 0 && at[0] == token.value.length()) {
                        current.add(new VttNode.Timestamp(time));
                    }
                }
                case START -> {
                    boolean accepted = SPANS.contains(token.value)
                            && (!token.value.equals("rt") || currentElement != null
                            && currentElement.name().equals("ruby"));
                    if (accepted) {
                        List<VttNode> children = new ArrayList<>();
                        VttNode.Element e = new VttNode.Element(token.value, token.classes,
                                token.value.equals("v") || token.value.equals("lang") ? token.annotation : "",
                                children);
                        current.add(e);
                        open.add(e);
                        childLists.add(children);
                    }
                }
                case END -> {
                    if (currentElement != null && currentElement.name().equals(token.value)) {
                        open.remove(open.size() - 1);
                        childLists.remove(childLists.size() - 1);
                    } else if (currentElement != null && token.value.equals("ruby")
                            && currentElement.name().equals("rt")) {
                        // "</ruby>" inside an <rt> closes both
                        open.remove(open.size() - 1);
                        childLists.remove(childLists.size() - 1);
                        open.remove(open.size() - 1);
                        childLists.remove(childLists.size() - 1);
                    }
                }
                default -> throw new IllegalStateException(token.kind.name());
            }
        }
        return root;
    }

    /** The text a reader sees: the text nodes in order, markup and timestamps left out. */
    public static String plainText(List<VttNode> nodes) {
        StringBuilder out = new StringBuilder();
        appendText(nodes, out);
        return out.toString();
    }

    /** Iterative for the same reason as the flattener: spans may nest without limit. */
    private static void appendText(List<VttNode> nodes, StringBuilder out) {
        java.util.Deque<java.util.Iterator<VttNode>> stack = new java.util.ArrayDeque<>();
        stack.push(nodes.iterator());
        while (!stack.isEmpty()) {
            java.util.Iterator<VttNode> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            VttNode node = it.next();
            if (node instanceof VttNode.Text t) {
                out.append(t.text());
            } else if (node instanceof VttNode.Element e) {
                stack.push(e.children().iterator());
            }
        }
    }

    private enum Kind { TEXT, START, END, TIMESTAMP }

    private record Token(Kind kind, String value, List<String> classes, String annotation) {
    }

    private enum State { DATA, TAG, START_TAG, START_TAG_CLASS, START_TAG_ANNOTATION, END_TAG, TIMESTAMP_TAG }

    /** "WebVTT cue text tokenizer": the next token, or null at the end. */
    private Token next() {
        if (position >= input.length()) {
            return null;
        }
        State state = State.DATA;
        StringBuilder result = new StringBuilder();
        StringBuilder buffer = new StringBuilder();
        List<String> classes = new ArrayList<>();
        while (true) {
            int c = position < input.length() ? input.charAt(position) : -1;
            switch (state) {
                case DATA -> {
                    if (c == '&') {
                        position++;
                        result.append(reference(0));
                        continue;
                    } else if (c == '<') {
                        if (result.isEmpty()) {
                            state = State.TAG;
                        } else {
                            return new Token(Kind.TEXT, result.toString(), List.of(), "");
                        }
                    } else if (c == -1) {
                        return new Token(Kind.TEXT, result.toString(), List.of(), "");
                    } else {
                        result.append((char) c);
                    }
                }
                case TAG -> {
                    if (c == '\t' || c == '\n' || c == '\f' || c == ' ') {
                        state = State.START_TAG_ANNOTATION;
                    } else if (c == '.') {
                        state = State.START_TAG_CLASS;
                    } else if (c == '/') {
                        state = State.END_TAG;
                    } else if (c >= '0' && c <= '9') {
                        result.append((char) c);
                        state = State.TIMESTAMP_TAG;
                    } else if (c == '>' || c == -1) {
                        position += c == '>' ? 1 : 0;
                        return new Token(Kind.START, "", List.of(), "");
                    } else {
                        result.append((char) c);
                        state = State.START_TAG;
                    }
                }
                case START_TAG -> {
                    if (c == '\t' || c == '\f' || c == ' ') {
                        state = State.START_TAG_ANNOTATION;
                    } else if (c == '\n') {
                        buffer.append((char) c);
                        state = State.START_TAG_ANNOTATION;
                    } else if (c == '.') {
                        state = State.START_TAG_CLASS;
                    } else if (c == '>' || c == -1) {
                        position += c == '>' ? 1 : 0;
                        return new Token(Kind.START, result.toString(), classes, "");
                    } else {
                        result.append((char) c);
                    }
                }
                case START_TAG_CLASS -> {
                    if (c == '\t' || c == '\f' || c == ' ' || c == '\n') {
                        classes.add(buffer.toString());
                        buffer.setLength(0);
                        if (c == '\n') {
                            buffer.append('\n');
                        }
                        state = State.START_TAG_ANNOTATION;
                    } else if (c == '.') {
                        classes.add(buffer.toString());
                        buffer.setLength(0);
                    } else if (c == '>' || c == -1) {
                        position += c == '>' ? 1 : 0;
                        classes.add(buffer.toString());
                        return new Token(Kind.START, result.toString(), classes, "");
                    } else {
                        buffer.append((char) c);
                    }
                }
                case START_TAG_ANNOTATION -> {
                    if (c == '&') {
                        position++;
                        buffer.append(reference('>'));
                        continue;
                    } else if (c == '>' || c == -1) {
                        position += c == '>' ? 1 : 0;
                        String annotation = buffer.toString().strip().replaceAll("[\\t\\n\\f\\r ]+", " ");
                        return new Token(Kind.START, result.toString(), classes, annotation);
                    } else {
                        buffer.append((char) c);
                    }
                }
                case END_TAG, TIMESTAMP_TAG -> {
                    if (c == '>' || c == -1) {
                        position += c == '>' ? 1 : 0;
                        return new Token(state == State.END_TAG ? Kind.END : Kind.TIMESTAMP, result.toString(),
                                List.of(), "");
                    }
                    result.append((char) c);
                }
                default -> throw new IllegalStateException(state.name());
            }
            position++;
        }
    }

    /** After an {@code &}: the referenced characters, or "&" when what follows is no reference. */
    private String reference(int additionalAllowed) {
        HtmlReferences.Match match = HtmlReferences.consume(input, position, additionalAllowed);
        if (match == null) {
            return "&";
        }
        position = match.end();
        return match.text();
    }
}
