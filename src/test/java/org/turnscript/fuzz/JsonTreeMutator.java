package org.turnscript.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Edits a valid JSON document as a tree, so that most inputs still parse and the format readers behind the parser
 * (project, WhisperX, DPE, Podcasting 2.0, json3) see them: numbers made huge, negative, fractional or swapped
 * with their neighbour's, strings made empty, long or full of markup and control characters, a value of the wrong
 * type, keys removed, added or given twice, array items removed, repeated, reordered, and values nested deep. What a
 * tree cannot hold (duplicate keys, numbers Jackson would not write such as {@code 1e999} or {@code NaN}, lone
 * surrogates) goes in as a placeholder that is replaced in the written text.
 */
public final class JsonTreeMutator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Numbers written as they are: some are not JSON at all, some only overflow what reads them. */
    private static final List<String> RAW_NUMBERS = List.of("1e999", "-1e999", "1E999999999999", "1e999999999",
            "NaN", "Infinity", "-0", "00001", "9223372036854775808", "99999999999999999999", "9e18", "-9e18",
            "1.5e308", "4.9e-324", "0.0000000001", "-0.001", "2147483648", "1e-999", "0x10", "+1", ".5", "5.");
    private static final List<String> STRINGS = List.of("", " ", "\n", "\u0000", "\u0007\u001b[31m", "-->",
            "00:00:01,000 --> 00:00:02,000", "<b>bold", "&amp;&lt;", "WEBVTT", "\u202eright to left", "😀👍🏽",
            "Kate: hello", "- dash", "{\\i1}", "  spaced  out  ", "a\r\nb", "\ufeff", "SPEAKER_00", "null", "12.5");
    private static final List<String> RAW_STRINGS = List.of("\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"",
            "\"\\uFFFF\"", "\"\\x41\"", "\"unterminated");
    private static final List<String> KEYS = List.of("format", "version", "segments", "words", "speakers",
            "speaker", "start", "end", "startTime", "endTime", "text", "word", "body", "events", "tStartMs",
            "dDurationMs", "segs", "utf8", "tOffsetMs", "metadata", "chapters", "id", "score", "", "__proto__");

    private final Random random;
    private final Map<String, String> raw = new LinkedHashMap<>();

    public JsonTreeMutator(long seed) {
        this.random = new Random(seed);
    }

    /** One input from {@code seed}, a JSON document: one to four edits of its tree, written compact or indented. */
    public byte[] next(byte[] seed) {
        JsonNode root;
        try {
            root = MAPPER.readTree(seed);
        } catch (IOException notJson) {
            return seed; // every seed is a valid document; this only guards a fixture that is not
        }
        if (!(root instanceof ContainerNode<?>)) {
            return seed;
        }
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            root = edit(root);
        }
        String text;
        try {
            text = random.nextBoolean() ? MAPPER.writeValueAsString(root)
                    : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        // the latest first: a value written as text may hold the placeholders of earlier edits
        List<Map.Entry<String, String>> latestFirst = new ArrayList<>(raw.entrySet());
        java.util.Collections.reverse(latestFirst);
        for (Map.Entry<String, String> r : latestFirst) {
            text = text.replace("\"" + r.getKey() + "\"", r.getValue());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A place in the tree: the container holding a value, and its key or index there. */
    private record Slot(ContainerNode<?> parent, String key, int index, JsonNode value) {
        void set(JsonNode v) {
            if (parent instanceof ObjectNode o) {
                o.set(key, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }
    }

    private JsonNode edit(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return root;
        }
        Slot slot = pickSlot(slots);
        switch (random.nextInt(12)) {
            case 0, 1 -> number(slot, slots);
            case 2 -> slot.set(string());
            case 3 -> slot.set(otherType(slot.value()));
            case 4 -> remove(slot);
            case 5 -> duplicateKey(slot);
            case 6 -> addKey(slot);
            case 7, 8 -> array(slot);
            case 9 -> slot.set(nested(slot.value()));
            case 10 -> slot.set(rawValue(pick(RAW_STRINGS)));
            default -> slot.set(NODES.nullNode());
        }
        return root;
    }

    /** Numbers most of the time, since times are what the readers check; otherwise any value. */
    private Slot pickSlot(List<Slot> slots) {
        if (random.nextInt(3) > 0) {
            List<Slot> numbers = slots.stream().filter(s -> s.value().isNumber()).toList();
            if (!numbers.isEmpty()) {
                return numbers.get(random.nextInt(numbers.size()));
            }
        }
        return slots.get(random.nextInt(slots.size()));
    }

    private void number(Slot slot, List<Slot> slots) {
        double v = slot.value().isNumber() ? slot.value().asDouble() : random.nextInt(100);
        switch (random.nextInt(7)) {
            case 0 -> slot.set(rawValue(pick(RAW_NUMBERS)));
            case 1 -> slot.set(NODES.numberNode(-v));
            case 2 -> slot.set(NODES.numberNode(v * (1 + random.nextInt(100_000))));
            case 3 -> slot.set(NODES.numberNode(v + random.nextGaussian() * 5));
            case 4 -> {
                // a start after its end, or a word before the one it follows: swap with another number
                List<Slot> numbers = slots.stream().filter(s -> s.value().isNumber()).toList();
                if (!numbers.isEmpty()) {
                    Slot other = numbers.get(random.nextInt(numbers.size()));
                    JsonNode mine = slot.value();
                    slot.set(other.value());
                    other.set(mine);
                }
            }
            case 5 -> slot.set(NODES.numberNode(random.nextInt(3) == 0 ? Long.MAX_VALUE : Integer.MAX_VALUE));
            default -> slot.set(NODES.textNode(slot.value().asText()));
        }
    }

    private JsonNode string() {
        if (random.nextInt(8) == 0) {
            return NODES.textNode(pick(List.of("a", "é", "<b>", " ", "-->")).repeat(1 + random.nextInt(20_000)));
        }
        return NODES.textNode(pick(STRINGS));
    }

    private JsonNode otherType(JsonNode v) {
        return switch (random.nextInt(7)) {
            case 0 -> v.isTextual() ? NODES.numberNode(v.asText().length()) : NODES.textNode(v.toString());
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.arrayNode().add(v.deepCopy());
            case 3 -> NODES.objectNode().set(pick(KEYS), v.deepCopy());
            case 4 -> NODES.arrayNode();
            case 5 -> NODES.objectNode();
            default -> v.isContainerNode() ? NODES.textNode("") : NODES.numberNode(0);
        };
    }

    private void remove(Slot slot) {
        if (slot.parent() instanceof ObjectNode o) {
            o.remove(slot.key());
        } else {
            ((ArrayNode) slot.parent()).remove(slot.index());
        }
    }

    /** The same key twice in one object, the second with another value: a tree cannot hold it, the text can. */
    private void duplicateKey(Slot slot) {
        if (!(slot.parent() instanceof ObjectNode o)) {
            addKey(slot);
            return;
        }
        String placeholder = placeholder("\"" + slot.key().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        JsonNode other = random.nextBoolean() ? otherType(slot.value()) : slot.value().deepCopy();
        o.set(placeholder, other);
    }

    private void addKey(Slot slot) {
        ContainerNode<?> target = slot.value() instanceof ObjectNode o ? o : slot.parent();
        if (target instanceof ObjectNode o) {
            o.set(pick(KEYS), random.nextBoolean() ? string() : NODES.numberNode(random.nextInt(1000) - 10));
        } else {
            ((ArrayNode) target).add(string());
        }
    }

    /** Items of an array removed, repeated, reordered or emptied; or the value put in an array. */
    private void array(Slot slot) {
        if (!(slot.value() instanceof ArrayNode a) || a.isEmpty()) {
            if (slot.parent() instanceof ArrayNode p) {
                p.insert(slot.index(), slot.value().deepCopy());
            } else {
                slot.set(NODES.arrayNode().add(slot.value().deepCopy()));
            }
            return;
        }
        int i = random.nextInt(a.size());
        switch (random.nextInt(6)) {
            case 0 -> a.remove(i);
            case 1 -> {
                int times = random.nextInt(5) == 0 ? 1 + random.nextInt(2000) : 1;
                for (int t = 0; t < times; t++) {
                    a.insert(i, a.get(i).deepCopy());
                }
            }
            case 2 -> {
                int j = random.nextInt(a.size());
                JsonNode x = a.get(i);
                a.set(i, a.get(j));
                a.set(j, x);
            }
            case 3 -> {
                List<JsonNode> items = new ArrayList<>();
                a.forEach(items::add);
                a.removeAll();
                for (int k = items.size() - 1; k >= 0; k--) {
                    a.add(items.get(k));
                }
            }
            case 4 -> a.removeAll();
            default -> {
                while (a.size() > i + 1) {
                    a.remove(a.size() - 1);
                }
            }
        }
    }

    /** The value inside arrays and objects; deep nesting is written as text, since a tree that deep overflows. */
    private JsonNode nested(JsonNode v) {
        if (random.nextInt(4) > 0) {
            JsonNode n = v.deepCopy();
            for (int d = 1 + random.nextInt(20); d > 0; d--) {
                n = random.nextBoolean() ? NODES.arrayNode().add(n) : NODES.objectNode().set(pick(KEYS), n);
            }
            return n;
        }
        int depth = 500 + random.nextInt(3000);
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"" + pick(KEYS) + "\":";
        String close = arrays ? "]" : "}";
        return rawValue(open.repeat(depth) + v + close.repeat(depth));
    }

    private JsonNode rawValue(String text) {
        return NODES.textNode(placeholder(text));
    }

    /** A unique string that {@link #next} replaces, quotes included, by {@code text}. */
    private String placeholder(String text) {
        String key = "~~raw" + raw.size() + "~~";
        raw.put(key, text);
        return key;
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> {
                slots.add(new Slot(o, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), slots);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i, a.get(i)));
                collect(a.get(i), slots);
            }
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
