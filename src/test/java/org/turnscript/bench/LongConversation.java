package org.turnscript.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A development conversation made longer, to measure at real length: its speaker turns in {@code rounds} rounds,
 * the first in order and the others shuffled, each turn keeping its own word times and put after the last with a
 * pause drawn from the conversation's own pauses between turns (0.2–3 s). Same speakers, same voices, new hand-overs.
 * Written once as a conversation folder ({@code gold_words.json} and the untimed {@code flat_autocaption.txt})
 * under {@code target/suggest-bench/long}.
 */
final class LongConversation {

    private LongConversation() {
    }

    static DevConversation of(DevConversation c, int rounds) throws IOException {
        Path folder = Path.of("target", "suggest-bench", "long", c.name() + "-x" + rounds);
        if (!Files.isRegularFile(folder.resolve("gold_words.json"))) {
            write(c, rounds, folder);
        }
        return DevConversation.read(folder);
    }

    private static void write(DevConversation c, int rounds, Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode words = json.readTree(c.folder().resolve("gold_words.json").toFile());
        List<List<JsonNode>> turns = new ArrayList<>();
        for (JsonNode w : words) {
            if (turns.isEmpty() || !w.path("speaker").asText().equals(
                    turns.get(turns.size() - 1).get(0).path("speaker").asText())) {
                turns.add(new ArrayList<>());
            }
            turns.get(turns.size() - 1).add(w);
        }
        List<Double> pauses = new ArrayList<>();
        for (int t = 1; t < turns.size(); t++) {
            List<JsonNode> before = turns.get(t - 1);
            pauses.add(turns.get(t).get(0).path("start").asDouble() - before.get(before.size() - 1).path("end")
                    .asDouble());
        }
        Random random = new Random(c.name().hashCode());
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            List<Integer> round = new ArrayList<>();
            for (int t = 0; t < turns.size(); t++) {
                round.add(t);
            }
            if (r > 0) {
                Collections.shuffle(round, random);
            }
            order.addAll(round);
        }
        ArrayNode out = json.createArrayNode();
        StringBuilder text = new StringBuilder();
        double at = turns.get(0).get(0).path("start").asDouble();
        for (int k = 0; k < order.size(); k++) {
            List<JsonNode> turn = turns.get(order.get(k));
            if (k > 0) {
                double pause = pauses.isEmpty() ? 0.5 : pauses.get(random.nextInt(pauses.size()));
                at += Math.max(0.2, Math.min(3.0, pause));
            }
            double base = turn.get(0).path("start").asDouble();
            for (JsonNode w : turn) {
                ObjectNode o = out.addObject();
                o.put("w", w.path("w").asText());
                o.put("start", Math.round((at + w.path("start").asDouble() - base) * 1000) / 1000.0);
                o.put("end", Math.round((at + w.path("end").asDouble() - base) * 1000) / 1000.0);
                o.put("speaker", w.path("speaker").asText());
                text.append(text.length() == 0 ? "" : " ").append(w.path("w").asText());
            }
            at = out.get(out.size() - 1).path("end").asDouble();
        }
        Files.createDirectories(folder);
        json.writeValue(folder.resolve("gold_words.json").toFile(), out);
        Files.writeString(folder.resolve("flat_autocaption.txt"), text.append('\n'), StandardCharsets.UTF_8);
    }
}
