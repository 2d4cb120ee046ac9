package org.turnscript.suggest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.turnscript.model.Roster;
import org.turnscript.model.Speaker;

/**
 * Which caption word names which speaker. Every part of a roster name counts ("Kate Soule" answers to "kate" and
 * to "soule"); a part two speakers share names neither, and short or common words ("the", "dj") name nobody, so
 * a roster of labels such as {@code SPEAKER_1} simply gives no name cues.
 */
final class RosterNames {

    private static final Set<String> NOT_NAMES = Set.of("the", "and", "you", "mr", "mrs", "ms", "dr", "van", "von",
            "der", "del", "de", "la", "le", "host", "guest", "speaker", "unknown", "jr", "sr");

    private final Map<String, String> speakerByToken = new HashMap<>();

    RosterNames(Roster roster) {
        Set<String> ambiguous = new HashSet<>();
        for (Speaker s : roster.speakers()) {
            for (String part : s.name().split("[\\s_\\-.]+")) {
                String token = WordStream.normalise(part);
                if (token.length() < 3 || NOT_NAMES.contains(token) || token.chars().anyMatch(Character::isDigit)) {
                    continue;
                }
                String before = speakerByToken.putIfAbsent(token, s.id());
                if (before != null && !before.equals(s.id())) {
                    ambiguous.add(token);
                }
            }
        }
        ambiguous.forEach(speakerByToken::remove);
    }

    /** The speaker word {@code i} names, or null. */
    String at(WordStream ws, int i) {
        return speakerByToken.get(ws.token(i));
    }

    boolean isEmpty() {
        return speakerByToken.isEmpty();
    }
}
