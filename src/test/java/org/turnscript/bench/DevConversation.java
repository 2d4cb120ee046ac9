package org.turnscript.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One conversation of the turn-suggestion development set: a folder with {@code gold_turns.json} (speaker turns
 * with word indexes), {@code gold_words.json} (the words with their speakers) and the same words as unpunctuated
 * captions, untimed ({@code flat_autocaption.txt}) and in timed cues ({@code flat_autocaption.srt}).
 *
 * @param name     the folder's name
 * @param folder   the folder
 * @param speakers speaker names in the order they first speak: the roster an editor would type, host first
 * @param wordSpeakers the gold speaker of every word
 * @param starts   word indexes where the speaker changes (the first word included)
 */
record DevConversation(String name, Path folder, List<String> speakers, String[] wordSpeakers, List<Integer> starts) {

    static DevConversation read(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode words = json.readTree(Files.readAllBytes(folder.resolve("gold_words.json")));
        String[] wordSpeakers = new String[words.size()];
        Set<String> order = new LinkedHashSet<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            wordSpeakers[i] = words.get(i).path("speaker").asText();
            order.add(wordSpeakers[i]);
            // Two gold turns of one speaker in a row are one turn to the editor: only changes count.
            if (i == 0 || !wordSpeakers[i].equals(wordSpeakers[i - 1])) {
                starts.add(i);
            }
        }
        return new DevConversation(folder.getFileName().toString(), folder, List.copyOf(order), wordSpeakers,
                List.copyOf(starts));
    }

    /** Turn changes, the first word not counted. */
    List<Integer> boundaries() {
        return starts.subList(1, starts.size());
    }

    static List<DevConversation> readAll(Path root) throws IOException {
        List<DevConversation> all = new ArrayList<>();
        try (var dirs = Files.list(root)) {
            for (Path d : dirs.sorted().toList()) {
                if (Files.isRegularFile(d.resolve("gold_words.json"))) {
                    all.add(read(d));
                }
            }
        }
        return all;
    }
}
