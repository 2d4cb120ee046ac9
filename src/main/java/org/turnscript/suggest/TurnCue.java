package org.turnscript.suggest;

/** The evidence behind a suggestion, as the editor sees it in the gutter and in the project file. */
public enum TurnCue {
    /** Who speaks first: a self-introduction near the start, or else the first speaker of the roster. */
    OPENING("who opens"),
    /** A speaker introduces themself: "I'm Kate", "my name is Eric", "Travis here". */
    SELF_INTRODUCTION("introduces themself"),
    /** A roster name is addressed and handed the floor: "Skyler, what do you think", "welcome back Chris". */
    NAME_ADDRESSED("name addressed"),
    /** After a guest's short answer to a welcome the host goes on ("… what up | and a newbie on the show …"). */
    HOST_RETURNS("host goes on"),
    /** The last speaker is thanked by name: "thanks Kate" starts someone else's turn. */
    NAME_THANKED("name thanked"),
    /** A question ends one stretch and an answer opener ("yeah", "well", "I think") starts the next. */
    QUESTION_ANSWER("question → answer"),
    /** A long pause between two words whose times are real, not estimated. */
    PAUSE("pause"),
    /** The voice in the recording changes: timbre or pitch after the word differ from before it. */
    VOICE_CHANGE("voice changes");

    private final String label;

    TurnCue(String label) {
        this.label = label;
    }

    /** What the editor reads next to the marker. */
    public String label() {
        return label;
    }
}
