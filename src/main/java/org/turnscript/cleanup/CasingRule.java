package org.turnscript.cleanup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.SpeakerSequence;
import org.turnscript.model.Transcript;
import org.turnscript.model.Turns;
import org.turnscript.model.Word;

/**
 * Capital letters where English needs them, and only there: "i" → "I" (also "i'm", "i've", "i'll", "i'd"); the
 * first kept word of each turn; the first word after a sentence end (". ? !", not "..." and not "e.g."), which
 * may be in the next segment of the same turn; and the glossary's terms, spelled with the capitals the glossary
 * gives them ("golden gate claude" → "Golden Gate Claude").
 *
 * <p>A segment start is not a sentence start: imported captions are cut into provisional segments by length, so
 * capitalising each segment's first word invented sentences ("…impersonation of him So thank you…"). A new
 * sentence inside a turn needs a mark, typed by the editor or put by the punctuation rule. Who speaks is decided by
 * {@link Turns}: an untagged segment continues the turn before it, and segments before the first tag are one turn.
 *
 * <p>The rule only ever adds capitals, never removes one; it leaves alone words whose case is deliberate
 * ("iPhone", "eBay"), addresses ("www.", "@") and the protected words, by default the words a glossary spells with
 * a small first letter ({@link Glossary#lowerCaseTerms()}).
 */
public final class CasingRule implements CleanupRule {

    public static final String ID = "casing";

    private final Set<String> protectedWords;
    /** The glossary's right phrases as lower-case keys, by their first key, longest first. */
    private final Map<String, List<List<String>>> termsByFirstKey = new HashMap<>();
    private final Map<List<String>, List<String>> termSpelling = new HashMap<>();

    public CasingRule() {
        this(Set.of());
    }

    /** @param protectedWords words (without punctuation, exact case) never capitalised, e.g. "watsonx" */
    public CasingRule(Set<String> protectedWords) {
        this(protectedWords, Glossary.EMPTY);
    }

    private CasingRule(Set<String> protectedWords, Glossary glossary) {
        this.protectedWords = Set.copyOf(Objects.requireNonNull(protectedWords, "protectedWords"));
        for (Glossary.Entry e : glossary.entries()) {
            List<String> spelling = e.rightWords().stream().map(WordText::core).toList();
            List<String> keys = spelling.stream().map(WordText::key).toList();
            if (keys.stream().anyMatch(String::isEmpty) || termSpelling.putIfAbsent(keys, spelling) != null) {
                continue; // a term of punctuation only can never be found; a repeated one is already known
            }
            termsByFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(keys);
        }
        termsByFirstKey.values().forEach(list -> list.sort((a, b) -> b.size() - a.size()));
    }

    /** A rule that spells the glossary's terms its way and leaves its small-letter words small. */
    public static CasingRule protecting(Glossary glossary) {
        return new CasingRule(glossary.lowerCaseTerms(), glossary);
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
        return "Capitalises \"i\", the first word of each turn, the first word after . ? or ! and the glossary's "
                + "terms; a paragraph break is not a sentence end; never lower-cases anything.";
    }

    @Override
    public String example() {
        return "so i think it works. yes i'm sure → So I think it works. Yes I'm sure";
    }

    @Override
    public CleanupResult apply(Transcript transcript) {
        Edits edits = new Edits(transcript, ID);
        String[] speakers = Turns.effectiveSpeakers(SpeakerSequence.of(transcript));
        List<int[]> turn = new ArrayList<>();
        String turnSpeaker = null;
        for (int s = 0; s < transcript.segments().size(); s++) {
            Segment segment = transcript.segment(s);
            if (segment.kind() != SegmentKind.SPEECH) {
                continue; // a sound tag inside a sentence ("forward to [Music] it") neither ends nor starts one
            }
            if (!turn.isEmpty() && !Objects.equals(turnSpeaker, speakers[s])) {
                capitalise(edits, turn);
                turn.clear();
            }
            turnSpeaker = speakers[s];
            for (int i : SpokenWords.indices(segment)) {
                turn.add(new int[] {s, i});
            }
        }
        capitalise(edits, turn);
        return edits.result();
    }

    /** One turn's spoken words, given as {segment, word} in order. */
    private void capitalise(Edits edits, List<int[]> turn) {
        String[] texts = new String[turn.size()];
        for (int k = 0; k < texts.length; k++) {
            texts[k] = text(edits, turn.get(k));
        }
        spellTerms(texts);
        boolean sentenceStart = true;
        for (int k = 0; k < texts.length; k++) {
            String text = texts[k];
            if (WordText.isFirstPerson(text) || (sentenceStart && !protectedWords.contains(WordText.core(text)))) {
                text = WordText.capitalised(text);
            }
            int[] at = turn.get(k);
            edits.setText(at[0], at[1], text);
            sentenceStart = WordText.endsSentence(text);
        }
    }

    /** Gives each glossary term found in the texts the glossary's capitals, longest term first, left to right. */
    private void spellTerms(String[] texts) {
        if (termsByFirstKey.isEmpty()) {
            return;
        }
        int k = 0;
        while (k < texts.length) {
            List<String> term = termAt(texts, k);
            if (term == null) {
                k++;
                continue;
            }
            List<String> spelling = termSpelling.get(term);
            for (int j = 0; j < term.size(); j++) {
                texts[k + j] = withCapitalsOf(texts[k + j], spelling.get(j));
            }
            k += term.size();
        }
    }

    private List<String> termAt(String[] texts, int from) {
        List<List<String>> candidates = termsByFirstKey.get(WordText.key(texts[from]));
        if (candidates == null) {
            return null;
        }
        for (List<String> term : candidates) {
            if (from + term.size() <= texts.length && matches(texts, from, term)) {
                return term;
            }
        }
        return null;
    }

    private static boolean matches(String[] texts, int from, List<String> keys) {
        for (int j = 0; j < keys.size(); j++) {
            if (!WordText.key(texts[from + j]).equals(keys.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** The text with a capital wherever the glossary's spelling has one; no letter becomes small. */
    private static String withCapitalsOf(String text, String spelling) {
        int start = WordText.coreStart(text);
        String core = WordText.core(text);
        if (core.length() != spelling.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(core);
        for (int i = 0; i < core.length(); i++) {
            if (Character.isUpperCase(spelling.charAt(i))) {
                out.setCharAt(i, Character.toUpperCase(core.charAt(i)));
            }
        }
        return text.substring(0, start) + out + text.substring(start + core.length());
    }

    private static String text(Edits edits, int[] at) {
        Word w = edits.words(at[0]).get(at[1]);
        return w.text();
    }
}
