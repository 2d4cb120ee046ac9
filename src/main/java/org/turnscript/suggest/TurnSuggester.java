package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.model.Transcript;
import org.turnscript.model.WordFlag;

/**
 * Suggests where speaker turns start in a transcript, who speaks there, how sure it is and why.
 *
 * <p>It keeps no state between calls: what the editor has done is in the transcript. Tagged segments are the
 * confirmed turns (the speaker model learns from them), and words flagged {@link WordFlag#TURN_ACCEPTED} or
 * {@link WordFlag#TURN_REJECTED} are decisions on earlier suggestions: no suggestion is made there again, and a cue
 * that the editor keeps rejecting counts for less. So each call has learned from every confirmation so far.
 *
 * <p>Precision first: a wrong suggestion costs the editor a key and a moment's reading, a missing one only the
 * hand placement they would have made anyway.
 */
public final class TurnSuggester {

    /**
     * The default cut: on the development conversations with many turns about 55–65 % of the suggestions at or
     * above it are right within three words (fewer on near-monologues, where there is little to find). It keeps
     * every name and pause cue and lets a lone reaction word ("yes", "oh", "well") through.
     */
    public static final double DEFAULT_THRESHOLD = 0.3;
    /** Suggestions below this are not worth showing at all. */
    static final double FLOOR = 0.2;
    /** Two turn starts closer than this are one. */
    static final int MIN_SPACING = 3;

    /**
     * What a suggestion's score adds up to as the chance that a turn really starts there, when {@link #toApply}
     * weighs a guessed speaker against the one already talking. Chosen on the development conversations leaving
     * each one out (from 0, 0.15, 0.25, 0.35, 0.5, by mean word attribution on the others): 0.15 for three of the
     * four, 0.35 for the fourth.
     */
    public static final double SCORE_TO_CHANCE = 0.15;

    private final double chainThreshold;
    private final double scoreToChance;
    /** The voices of the recording the words were timed from, or null: then the suggestions read the text alone. */
    private final VoiceFrames voiceFrames;

    public TurnSuggester() {
        this(DEFAULT_THRESHOLD);
    }

    /**
     * @param chainThreshold suggestions at or above it are taken as turns when guessing who speaks at the
     *                       suggestions after them (the speaker before a suggestion is rarely its speaker)
     */
    public TurnSuggester(double chainThreshold) {
        this(chainThreshold, SCORE_TO_CHANCE);
    }

    /** With another {@link #SCORE_TO_CHANCE}: for the evaluation that chooses it. */
    public TurnSuggester(double chainThreshold, double scoreToChance) {
        this(chainThreshold, scoreToChance, null);
    }

    private TurnSuggester(double chainThreshold, double scoreToChance, VoiceFrames voiceFrames) {
        this.chainThreshold = chainThreshold;
        this.scoreToChance = scoreToChance;
        this.voiceFrames = voiceFrames;
    }

    /**
     * This suggester, listening to the recording as well: voice changes become candidates, a text cue where the
     * voice goes on unchanged counts for less, and each speaker's voice, learnt from the turns already confirmed,
     * helps name who speaks. Only words whose times are real or were placed on the recording's sound are heard;
     * {@code voices} must come from the recording those times came from. Null reads the text alone.
     */
    public TurnSuggester withVoices(VoiceFrames voices) {
        return new TurnSuggester(chainThreshold, scoreToChance, voices);
    }

    /** Every suggestion at or above {@code threshold}, in word order. */
    public List<TurnSuggestion> suggest(Transcript transcript, double threshold) {
        return suggest(transcript).stream().filter(s -> s.score() >= threshold).toList();
    }

    /**
     * The suggestions at or above {@code threshold} to apply without asking anyone (what {@code turnscript suggest}
     * writes): only those where the guessed speaker is likelier right for the words that follow than the speaker
     * already talking (see {@link #worthSwitching}). A guess that is more likely wrong than right would give the
     * words after it to the wrong speaker; in review the editor answers each suggestion, so nothing is held back.
     */
    public List<TurnSuggestion> toApply(Transcript transcript, double threshold) {
        return suggest(transcript, true).stream().filter(s -> s.score() >= threshold).toList();
    }

    /** Every suggestion worth showing, in word order. */
    public List<TurnSuggestion> suggest(Transcript transcript) {
        return suggest(transcript, false);
    }

    private List<TurnSuggestion> suggest(Transcript transcript, boolean applying) {
        WordStream ws = WordStream.of(transcript);
        if (ws.size() == 0 || transcript.roster().size() < 1) {
            return List.of();
        }
        RosterNames names = new RosterNames(transcript.roster());
        List<Candidate> candidates = new ArrayList<>();
        candidates.addAll(NameCues.find(ws, names));
        candidates.addAll(ReplyCues.find(ws));
        candidates.addAll(PauseCues.find(ws));
        Heard heard = hear(ws, transcript);
        VoiceCues voices = heard == null ? null : heard.voices();
        if (heard != null) {
            candidates = quietWhereTheVoiceGoesOn(voices, candidates);
            candidates.addAll(heard.changes());
        }
        List<Candidate> merged = merge(candidates);
        merged = calibrate(ws, merged);
        SpeakerGuess guess = new SpeakerGuess(transcript.roster(), names, ws, voices);
        return chain(ws, merged, guess, transcript, applying, voices);
    }

    /** No change of voice within this many words of a text cue ... */
    static final int VOICE_RADIUS = 2;
    /** ... that stands out this much (robust z-score) ... */
    static final double VOICE_GOES_ON_Z = 1.0;
    /** ... and the text cue counts this much. */
    static final double VOICE_GOES_ON_FACTOR = 0.5;

    /** Text cues where the voice plainly goes on count for less: a question answered by the asker is no turn. */
    private static List<Candidate> quietWhereTheVoiceGoesOn(VoiceCues voices, List<Candidate> text) {
        List<Candidate> out = new ArrayList<>(text.size());
        for (Candidate c : text) {
            double z = voices.strongestNear(c.word(), VOICE_RADIUS);
            out.add(z == Double.NEGATIVE_INFINITY || z >= VOICE_GOES_ON_Z ? c
                    : c.withScore(c.score() * VOICE_GOES_ON_FACTOR));
        }
        return out;
    }

    /** The speaker the model expects at this word if a turn started there (what Ctrl+Enter offers). */
    public String nextSpeaker(Transcript transcript, int segment, int offset) {
        WordStream ws = WordStream.of(transcript);
        int b = indexOf(ws, segment, offset);
        if (b < 0 || transcript.roster().isEmpty()) {
            return null;
        }
        RosterNames names = new RosterNames(transcript.roster());
        Heard heard = hear(ws, transcript);
        SpeakerGuess guess = new SpeakerGuess(transcript.roster(), names, ws, heard == null ? null : heard.voices());
        String previous = b == 0 ? null : ws.speaker(b - 1);
        int previousStart = b;
        while (previousStart > 0 && !ws.tagged(previousStart)) {
            previousStart--;
        }
        String next = guess.next(ws, b, previousStart, previous, speakerBefore(ws, b - 1, previous), null, null);
        return next != null ? next : transcript.roster().speakers().get(0).id();
    }

    /** The recording's voices as heard in these words, and where they change. */
    private record Heard(VoiceCues voices, List<Candidate> changes) {
    }

    /**
     * The voice cues of the recording: the changes heard between 2-second windows, the voices found and, once the
     * editor has confirmed some, the voices learnt from them, which say who speaks where from then on. Null without a
     * recording, or where too few words have real times to hear anything.
     */
    private Heard hear(WordStream ws, Transcript transcript) {
        VoiceCues voices = voiceFrames == null ? null : new VoiceCues(voiceFrames, ws);
        if (voices == null || !voices.usable()) {
            return null;
        }
        List<Candidate> changes = voices.find();
        voices.cluster(changes, rosterIds(transcript));
        List<Candidate> heard = new ArrayList<>(changes);
        VoiceTrack track = VoiceTrack.of(voiceFrames, ws, transcript.roster(), changes);
        if (track != null) {
            voices.follow(track);
        }
        for (Candidate c : track != null ? track.changes(transcript.roster())
                : voices.clusterChanges(transcript.roster())) {
            int at = voices.replyWordAfter(c.word());
            heard.add(new Candidate(at, c.score(), c.cue(), c.detail(), c.named(), c.notNamed()));
        }
        return new Heard(voices, heard);
    }

    private static List<String> rosterIds(Transcript t) {
        return t.roster().speakers().stream().map(org.turnscript.model.Speaker::id).toList();
    }

    private static int indexOf(WordStream ws, int segment, int offset) {
        for (int i = 0; i < ws.size(); i++) {
            if (ws.segment(i) == segment && ws.offset(i) == offset) {
                return i;
            }
        }
        return -1;
    }

    /** The speaker of the turn before the one that {@code speaker} has at word {@code i}. */
    private static String speakerBefore(WordStream ws, int i, String speaker) {
        for (int k = i; k >= 0; k--) {
            if (ws.speaker(k) != null && !ws.speaker(k).equals(speaker)) {
                return ws.speaker(k);
            }
        }
        return null;
    }

    /**
     * Candidates within {@link #MIN_SPACING} words of each other are one turn start: their evidence adds up
     * (1 − Π(1 − score)), the strongest places it and names it.
     */
    static List<Candidate> merge(List<Candidate> all) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Candidate::word));
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            Candidate best = sorted.get(i);
            double miss = 1;
            String named = null;
            String notNamed = null;
            int voiced = -1;
            double voicedScore = 0;
            while (j < sorted.size() && sorted.get(j).word() - sorted.get(i).word() < MIN_SPACING
                    && (sorted.get(j).cue() == TurnCue.HOST_RETURNS) == (sorted.get(i).cue() == TurnCue.HOST_RETURNS)) {
                Candidate c = sorted.get(j);
                miss *= 1 - c.score();
                if (c.score() > best.score()) {
                    best = c;
                }
                if (c.named() != null && named == null) {
                    named = c.named();
                }
                if (c.cue() == TurnCue.VOICE_CHANGE && c.score() > voicedScore) {
                    voiced = c.word();
                    voicedScore = c.score();
                }
                if (c.notNamed() != null) {
                    notNamed = c.notNamed();
                }
                j++;
            }
            // A change of voice places a turn better than the words do: a reply word often ends the turn before.
            int at = voiced >= 0 ? voiced : best.word();
            out.add(new Candidate(at, 1 - miss, best.cue(), best.detail(), named, notNamed));
            i = j;
        }
        return out;
    }

    /**
     * Learns from the editor's decisions: a cue whose suggestions the editor rejects more often than expected
     * counts for less, one they confirm counts for more. A confirmation is an accepted suggestion or a turn the
     * editor tagged within {@link #CONFIRM_RADIUS} words of where the cue fired (placed a few words off by hand); a
     * rejection is a rejected suggestion. The prior ({@link #PRIOR_DECISIONS} decisions at the precision expected
     * at the default threshold) keeps one early rejection from silencing a cue for the rest of the conversation.
     * Decided words, and words next to a tag, are not suggested again.
     */
    private static List<Candidate> calibrate(WordStream ws, List<Candidate> merged) {
        Map<TurnCue, int[]> tally = new EnumMap<>(TurnCue.class);
        List<Candidate> open = new ArrayList<>();
        for (Candidate c : merged) {
            boolean accepted = decided(ws, c.word(), WordFlag.TURN_ACCEPTED);
            boolean rejected = decided(ws, c.word(), WordFlag.TURN_REJECTED);
            int[] t = tally.computeIfAbsent(c.cue(), k -> new int[2]);
            if (accepted || changeNear(ws, c.word())) {
                t[0]++;
            } else if (rejected) {
                t[1]++;
            }
            if (!accepted && !rejected && !nearTag(ws, c.word())) {
                open.add(c);
            }
        }
        List<Candidate> out = new ArrayList<>(open.size());
        for (Candidate c : open) {
            int[] t = tally.get(c.cue());
            double precision = (t[0] + PRIOR_DECISIONS * EXPECTED_PRECISION) / (t[0] + t[1] + PRIOR_DECISIONS);
            out.add(c.withScore(c.score() * Math.min(MAX_BOOST, precision / EXPECTED_PRECISION)));
        }
        return out;
    }

    /** How far from a cue a tag the editor placed still confirms it (the ±3 words a suggestion is scored by). */
    static final int CONFIRM_RADIUS = 3;
    /** What the rejections and confirmations of a cue are weighed against: this many decisions ... */
    static final double PRIOR_DECISIONS = 10;
    /** ... each right this often (about the precision at the default threshold on the development set). */
    static final double EXPECTED_PRECISION = 0.55;
    /** A cue that the editor keeps confirming gains at most this factor. */
    static final double MAX_BOOST = 1.5;

    /** Whether the editor tagged a change of speaker within {@link #CONFIRM_RADIUS} words of {@code word}. */
    private static boolean changeNear(WordStream ws, int word) {
        for (int k = Math.max(1, word - CONFIRM_RADIUS); k <= Math.min(ws.size() - 1, word + CONFIRM_RADIUS); k++) {
            if (ws.tagged(k) && ws.speaker(k) != null && !ws.speaker(k).equals(ws.speaker(k - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean decided(WordStream ws, int word, WordFlag flag) {
        for (int k = Math.max(0, word - 1); k <= Math.min(ws.size() - 1, word + 1); k++) {
            if (ws.has(k, flag)) {
                return true;
            }
        }
        return false;
    }

    /** A tag on the word or next to it is this turn start, placed a word off; two words away may be another. */
    private static boolean nearTag(WordStream ws, int word) {
        for (int k = Math.max(0, word - 1); k < Math.min(ws.size(), word + 2); k++) {
            if (ws.tagged(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Left to right, guesses each candidate's speaker from the speaker before it: the transcript's own where the
     * last tag is nearer, else that of the last strong suggestion. A candidate whose guess is the speaker already
     * talking is no turn change and is dropped.
     */
    private List<TurnSuggestion> chain(WordStream ws, List<Candidate> merged, SpeakerGuess guess,
                                       Transcript transcript, boolean applying, VoiceCues voices) {
        List<TurnSuggestion> out = new ArrayList<>();
        String chained = null;
        String chainedBefore = null;
        int chainedAt = -1;
        int lastTag = -1;
        int ci = 0;
        if (!ws.tagged(0) && ws.speaker(0) == null && !ws.has(0, WordFlag.TURN_REJECTED)) {
            TurnSuggestion opening = opening(ws, merged, transcript);
            out.add(opening);
            chained = opening.speakerId();
            chainedAt = 0;
        }
        for (int i = 0; i < ws.size() && ci < merged.size(); i++) {
            if (ws.tagged(i)) {
                lastTag = i;
            }
            while (ci < merged.size() && merged.get(ci).word() == i) {
                Candidate c = merged.get(ci++);
                if (c.score() < FLOOR || i == 0) {
                    continue;
                }
                boolean useChain = chainedAt > lastTag;
                String previous = useChain ? chained : ws.speaker(i - 1);
                if (voices != null && useChain && voices.speakerBefore(i) != null) {
                    previous = voices.speakerBefore(i); // nobody confirmed who talks: the voice says it
                }
                String beforePrevious = useChain ? chainedBefore : speakerBefore(ws, i - 1, previous);
                if (c.named() != null && c.named().equals(previous)) {
                    continue; // the named speaker is already talking: an introduction inside their own turn
                }
                if (voices != null && c.named() == null
                        && (voices.sameVoiceAcross(i)
                            || voices.manyVoices() && Objects.equals(voices.speakerAfter(i), previous))) {
                    continue; // the voice after the cue is the one already talking
                }
                // The host goes on after a guest's answer: whoever spoke before the guest.
                String named = c.cue() == TurnCue.HOST_RETURNS && beforePrevious != null ? beforePrevious : c.named();
                String next = guess.next(ws, i, useChain ? chainedAt : lastTag, previous, beforePrevious, named,
                        c.notNamed());
                if (next == null || next.equals(previous)) {
                    continue;
                }
                if (applying && previous != null && !worthSwitching(c.score(), guess.chances(ws, i,
                        useChain ? chainedAt : lastTag, previous, beforePrevious, named, c.notNamed())
                        .getOrDefault(next, 0.0))) {
                    // A turn probably starts here, but a wrong guess would give the words after it to the wrong
                    // speaker: the turn is marked and the speaker already talking goes on until someone says who.
                    out.add(new TurnSuggestion(i, ws.segment(i), ws.offset(i), previous, round(c.score()), c.cue(),
                            c.detail()));
                    continue;
                }
                out.add(new TurnSuggestion(i, ws.segment(i), ws.offset(i), next, round(c.score()), c.cue(),
                        c.detail()));
                if (c.score() >= chainThreshold) {
                    chainedBefore = previous;
                    chained = next;
                    chainedAt = i;
                }
            }
        }
        return out;
    }

    /** Who opens: someone who introduces themself in the first words, else the first speaker of the roster. */
    private static TurnSuggestion opening(WordStream ws, List<Candidate> merged, Transcript transcript) {
        for (Candidate c : merged) {
            if (c.word() > 40) {
                break;
            }
            if (c.cue() == TurnCue.SELF_INTRODUCTION && c.named() != null) {
                return new TurnSuggestion(0, ws.segment(0), ws.offset(0), c.named(), 0.8, TurnCue.OPENING,
                        c.detail());
            }
        }
        String first = transcript.roster().speakers().get(0).id();
        return new TurnSuggestion(0, ws.segment(0), ws.offset(0), first, 0.6, TurnCue.OPENING,
                Objects.requireNonNullElse(transcript.roster().nameOf(first), ""));
    }

    /**
     * Whether the words after a suggestion are likelier the guessed speaker's than the previous speaker's: the
     * turn must be real and the guess right (the score plus {@link #SCORE_TO_CHANCE}, read as a chance, times the
     * guess's share), against the turn not being real at all.
     */
    private boolean worthSwitching(double score, double guessShare) {
        double real = Math.min(0.95, score + scoreToChance);
        return real * guessShare > 1 - real;
    }


    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
