package org.turnscript.cleanup;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Drops hesitation sounds ("um", "uh") as clean verbatim does, flagging them {@link WordFlag#FILLER} and
 * {@link WordFlag#DROPPED}. A word matches when it equals a filler ignoring case and the punctuation around it
 * ("Um," matches "um").
 */
public final class FillerRule implements CleanupRule {

    public static final String ID = "fillers";

    /**
     * The default fillers: sounds that carry no meaning. Deliberately not here: the answers "uh-huh", "mm-hmm",
     * "mhm" and "uh-uh" (yes and no; clean verbatim keeps them when they answer a question, which a rule cannot
     * tell), the interjection "oh", and discourse words such as "like", "you know", "I mean", which are fillers
     * only sometimes ("it was like three days ago").
     */
    public static final Set<String> DEFAULT_FILLERS = Set.of(
            "um", "umm", "uhm", "uh", "uhh", "er", "erm", "ah", "hmm", "hm", "mm", "mmm");

    private final Set<String> fillers;

    public FillerRule() {
        this(DEFAULT_FILLERS);
    }

    /** A rule for a custom list; entries are compared ignoring case and surrounding punctuation. */
    public FillerRule(Set<String> fillers) {
        Objects.requireNonNull(fillers, "fillers");
        this.fillers = fillers.stream().map(WordText::key).filter(k -> !k.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> fillers() {
        return fillers;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Drop fillers";
    }

    @Override
    public String description() {
        return "Drops hesitation sounds (" + String.join(", ", fillers.stream().sorted().toList())
                + "); keeps answers such as uh-huh and words such as like or you know.";
    }

    @Override
    public String example() {
        return "so um we uh started → so we started";
    }

    @Override
    public CleanupResult apply(Transcript transcript) {
        Edits edits = new Edits(transcript, ID);
        for (int s = 0; s < transcript.segments().size(); s++) {
            List<Word> words = transcript.segment(s).words();
            for (int i : SpokenWords.indices(transcript.segment(s))) {
                if (fillers.contains(WordText.key(words.get(i).text()))) {
                    edits.drop(s, i, WordFlag.FILLER);
                }
            }
        }
        return edits.result();
    }
}
