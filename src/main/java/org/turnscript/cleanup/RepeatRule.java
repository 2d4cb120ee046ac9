package org.turnscript.cleanup;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Drops stutters: a word said again right after itself ("the the", "I I I"), compared ignoring case and
 * surrounding punctuation and looking past words already dropped ("I uh I" is a repeat once "uh" is gone). The
 * last copy stays and the earlier ones are flagged {@link WordFlag#REPEAT} and {@link WordFlag#DROPPED}: the last
 * copy is the one that carries the sentence's punctuation ("I, I think" → "I think"; "the end end." → "the end.").
 * Repeats are looked for within a segment only, never across a change of paragraph or speaker.
 */
public final class RepeatRule implements CleanupRule {

    public static final String ID = "repeats";

    /**
     * Doubles kept by default because they are grammar or emphasis, not stutters: "had had", "that that" ("I know
     * that that works"), "very very", "really really", "blah blah", "bye bye". Every other immediate repeat is
     * dropped, as clean verbatim does.
     */
    public static final Set<String> DEFAULT_KEPT_DOUBLES = Set.of("had", "that", "very", "really", "blah", "bye");

    private final Set<String> keptDoubles;

    public RepeatRule() {
        this(DEFAULT_KEPT_DOUBLES);
    }

    /** A rule that keeps the given words when doubled (compared ignoring case and surrounding punctuation). */
    public RepeatRule(Set<String> keptDoubles) {
        Objects.requireNonNull(keptDoubles, "keptDoubles");
        this.keptDoubles = keptDoubles.stream().map(WordText::key).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> keptDoubles() {
        return keptDoubles;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Drop repeated words";
    }

    @Override
    public String description() {
        return "Drops stutters such as \"the the\" and \"I I I\", keeping one copy; keeps "
                + String.join(", ", keptDoubles.stream().sorted().map(w -> "\"" + w + " " + w + "\"").toList())
                + ".";
    }

    @Override
    public String example() {
        return "I I I think the the model → I think the model";
    }

    @Override
    public CleanupResult apply(Transcript transcript) {
        Edits edits = new Edits(transcript, ID);
        for (int s = 0; s < transcript.segments().size(); s++) {
            List<Word> words = transcript.segment(s).words();
            int previous = -1;
            String previousKey = "";
            for (int i : SpokenWords.indices(transcript.segment(s))) {
                String key = WordText.key(words.get(i).text());
                if (!key.isEmpty() && key.equals(previousKey) && !keptDoubles.contains(key)) {
                    edits.drop(s, previous, WordFlag.REPEAT);
                }
                previous = i;
                previousKey = key;
            }
        }
        return edits.result();
    }
}
