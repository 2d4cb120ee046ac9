package org.turnscript.formats.vtt;

import java.util.List;

/** A node of the WebVTT cue text tree (W3C "WebVTT Node Objects"). */
public sealed interface VttNode {

    /** Text, with character references already resolved. */
    record Text(String text) implements VttNode {
    }

    /** An inline timestamp, in ms. */
    record Timestamp(long time) implements VttNode {
    }

    /**
     * A span: {@code c}, {@code i}, {@code b}, {@code u}, {@code ruby}, {@code rt}, {@code v} (annotation = the voice)
     * or {@code lang} (annotation = the language tag).
     */
    record Element(String name, List<String> classes, String annotation, List<VttNode> children)
            implements VttNode {

        public Element {
            classes = List.copyOf(classes);
        }
    }
}
