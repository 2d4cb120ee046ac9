package org.turnscript.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One change at a random place of a well-formed JSON tree, for the properties that check a streaming reader
 * against the tree reading it replaced: a key removed, a value replaced or added under a new key, an array
 * element added, removed or repeated. The arguments pick the place and the change, so jqwik can shrink them.
 */
final class JsonDamage {

    private JsonDamage() {
    }

    /**
     * @param values            what goes in where a value is set or added
     * @param duplicateAtFront  whether a repeated array element goes first (out of order) rather than last
     */
    static void apply(JsonNode root, List<JsonNode> values, int where, int key, int what, boolean duplicateAtFront) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(where % containers.size());
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = key % (names.size() + 1) == names.size() ? "extra" : names.get(key % (names.size() + 1));
            if (what % 5 == 0) {
                object.remove(name);
            } else {
                object.set(name, values.get(what % values.size()).deepCopy());
            }
        } else if (target instanceof ArrayNode array) {
            int kinds = duplicateAtFront ? 4 : 3;
            if (what % kinds == 0 || array.isEmpty()) {
                array.add(values.get(what % values.size()).deepCopy());
            } else if (what % kinds == 1) {
                array.remove(key % array.size());
            } else if (duplicateAtFront) {
                array.insert(0, array.get(key % array.size()).deepCopy());
            } else {
                array.add(array.get(key % array.size()).deepCopy());
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), into);
            }
        }
    }
}
