package org.turnscript.suggest;

import java.util.List;
import java.util.Set;

/**
 * The words that open and close turns in conversational English captions. Kept short on purpose: broad cues (any
 * "so", any "and") sit at half of all word gaps and cannot tell a turn from a breath.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Answers and reactions that start a reply. */
    static final List<String> ANSWER_OPENERS = List.of("yeah", "yes", "yep", "yup", "no", "nope", "well", "oh",
            "absolutely", "exactly", "definitely", "totally", "sure", "right", "okay", "ok", "i think", "i mean",
            "thank you", "thanks", "great", "good question", "that's a", "it's a great", "hey", "hi", "hello",
            "wow", "indeed", "correct", "agreed", "i agree", "so", "uh", "um", "mhm", "hmm", "ah");

    /** The openers that on their own say "this is a reply" (not "so", not fillers). */
    static final Set<String> STRONG_OPENERS = Set.of("yeah", "yes", "yep", "yup", "no", "nope", "well", "oh",
            "absolutely", "exactly", "definitely", "totally", "sure", "thank you", "thanks", "great", "good question",
            "hey", "hi", "hello", "wow", "indeed", "correct", "agreed", "i agree", "mhm", "ah");

    /** Reactions that start a reply about one time in three even without a question before them. */
    static final Set<String> REACTIONS = Set.of("yes", "oh", "well", "yep", "exactly", "absolutely", "yeah",
            "okay", "wow");

    /** What ends a question or hands the floor over, read backwards from a candidate boundary. */
    static final List<String> QUESTION_ENDINGS = List.of("what do you think", "don't you think", "do you think",
            "you think", "what about you", "how about you", "your thoughts", "your take", "any thoughts",
            "isn't it", "aren't they", "don't you", "do you agree", "right", "you know what i mean",
            "does that make sense", "or not", "over to you", "what's going on", "how are you", "how's it going",
            "what have you got", "what do you have", "tell us about it", "is that right", "is that true",
            "did you", "have you", "are you", "do you", "can you", "would you", "will you", "were you");

    /** Words that may stand before the real first word of a turn: a boundary moves back over them. */
    static final Set<String> LEAD_INS = Set.of("and", "so", "well", "yeah", "hi", "hey", "hello", "uh", "um", "oh",
            "okay", "ok", "great", "awesome", "alright", "right", "wow", "good", "yes", "perfect", "all");

    /** Phrases in which a name hands that person the floor, written with N for the name. */
    static final List<String> HANDOVERS = List.of("N welcome back", "N welcome", "over to you N", "N over to you", "go ahead N", "N go ahead",
            "N take it away", "N what do you think", "N what's your take", "N what are your thoughts",
            "N your thoughts", "N what about you", "N how about you", "N do you", "N what do you", "N how do you",
            "N are you", "N can you", "N did you", "N have you", "N would you", "N what's", "N tell us",
            "what do you think N", "what about you N", "how about you N", "N you've", "N you were", "N you have",
            "N i'm curious", "N i want to", "N let's start with you", "N let me", "good to have you N",
            "great to have you N", "nice to have you N", "N to you", "N what", "N how", "N why");

    /** How a host goes on after a guest has answered a welcome. */
    static final Set<String> HOST_GOES_ON = Set.of("and", "so", "now", "next", "alright", "okay", "also");

    /** A name after these is talked about, not to. */
    static final Set<String> REFERENCES = Set.of("as", "like", "with", "by", "from", "of", "about", "said", "says",
            "and", "or", "to");

    /** Speaking to someone. */
    static final Set<String> SECOND_PERSON = Set.of("you", "your", "you're", "you've", "you'd", "yours");

    /** Phrases in which a speaker introduces themself, N for the name. */
    static final List<String> SELF_INTRODUCTIONS = List.of("i'm N", "i am N", "my name is N", "N here",
            "this is N", "it's N");

    /** Thanking the person who just spoke, N for the name. */
    static final List<String> THANKS = List.of("thanks N", "thank you N", "thanks so much N", "thank you so much N",
            "thank you very much N", "thanks a lot N", "cheers N", "great point N", "good point N");
}
