package org.turnscript.cleanup;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Capital letters where English needs them: "i" → "I" (also "i'm", "i've", "i'll", "i'd"), the first kept word of
 * each speech segment, and the first word after a sentence end (". ? !", not "..." and not "e.g."). The rule only
 * ever adds capitals, never removes one; it leaves alone words whose case is deliberate ("iPhone", "eBay"),
 * addresses ("www.", "@") and the protected words, by default the words a glossary spells with a small first
 * letter ({@link Glossary#lowerCaseTerms()}).
 */
public final class CasingRule implements CleanupRule {

    public static final String ID = "casing";

    private final Set<String> protectedWords;

    public CasingRule() {
        this(Set.of());
    }

    /** @param protectedWords words (without punctuation, exact case) never capitalised, e.g. "watsonx" */
    public CasingRule(Set<String> protectedWords) {
        this.protectedWords = Set.copyOf(Objects.requireNonNull(protectedWords, "protectedWords"));
    }

    /** A rule that respects the glossary's spelling of its terms. */
    public static CasingRule protecting(Glossary glossary) {
        return new CasingRule(glossary.lowerCaseTerms());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Capitalise sentences and I";
    }

    @Override
    public String description() {
        return "Capitalises \"i\", the first word of each paragraph and the first word after . ? or !; never "
                + "lower-cases anything.";
    }

    @Override
    public String example() {
        return "so i think it works. yes i'm sure → So I think it works. Yes I'm sure";
    }

    @Override
    public CleanupResult apply(Transcript transcript) {
        Edits edits = new Edits(transcript, ID);
        for (int s = 0; s < transcript.segments().size(); s++) {
            List<Word> words = transcript.segment(s).words();
            boolean sentenceStart = true;
            for (int i : SpokenWords.indices(transcript.segment(s))) {
                String text = words.get(i).text();
                if (WordText.isFirstPerson(text) || (sentenceStart && !protectedWords.contains(WordText.core(text)))) {
                    text = WordText.capitalised(text);
                }
                edits.setText(s, i, text);
                sentenceStart = WordText.endsSentence(text);
            }
        }
        return edits.result();
    }
}
