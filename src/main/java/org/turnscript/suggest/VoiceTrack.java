package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.model.Roster;

/**
 * Who speaks at each word, heard with the voices the editor has confirmed. Each speaker's voice is learnt from the
 * words of the turns the editor has tagged ({@link VoiceModel}); speakers not heard yet share the voice of the whole
 * recording ("someone else"). Every word is scored against each voice by its speech frames, and the likeliest
 * sequence of speakers is decoded with a cost for every change (Viterbi), the confirmed turns held to their
 * speakers. Where the decoded speaker changes is a turn start, with the speaker it names.
 *
 * <p>Two similar voices that the change detector ({@link VoiceCues}) cannot separate, because 2 s of one barely
 * differ from 2 s of the other on average, are told apart here: a model knows how each voice's frames spread, not
 * just where they sit, and it is sure of whose voice it is because the editor said so.
 */
final class VoiceTrack {

    /** Speech frames a speaker's confirmed words need before their voice is learnt (two seconds). */
    static final int MIN_FRAMES = 2000 / VoiceFrames.HOP_MS;

    /** The decoded states' speakers; null for "someone not heard yet". */
    private final List<String> speakers;
    private final int[] state;
    private final double[][] emission;
    private final boolean[] fixed;

    private VoiceTrack(List<String> speakers, int[] state, double[][] emission, boolean[] fixed) {
        this.speakers = speakers;
        this.state = state;
        this.emission = emission;
        this.fixed = fixed;
    }

    /**
     * The track, or null when the editor has confirmed no speaker's voice yet (fewer than {@link #MIN_FRAMES} speech
     * frames of their words).
     */
    static VoiceTrack of(VoiceFrames frames, WordStream ws, Roster roster, List<Candidate> changes) {
        int n = ws.size();
        String[] confirmed = confirmedSpeakers(ws);
        String[] learnt = confirmed.clone();
        openHead(ws, changes, learnt);
        List<String> modelled = new ArrayList<>();
        List<VoiceModel> models = new ArrayList<>();
        VoiceModel.Builder all = new VoiceModel.Builder();
        all.add(frames, 0, (long) frames.size() * VoiceFrames.HOP_MS);
        VoiceModel background = all.build(null);
        for (org.turnscript.model.Speaker s : roster.speakers()) {
            VoiceModel.Builder b = new VoiceModel.Builder();
            for (int i = 0; i < n; i++) {
                if (s.id().equals(learnt[i]) && ws.start(i) >= 0 && ws.end(i) > ws.start(i)) {
                    b.add(frames, ws.start(i), ws.end(i));
                }
            }
            if (b.frames() >= MIN_FRAMES) {
                modelled.add(s.id());
                models.add(b.build(background));
            }
        }
        if (modelled.isEmpty()) {
            return null;
        }
        List<String> speakers = new ArrayList<>(modelled);
        if (modelled.size() < roster.size()) {
            speakers.add(null);
            models.add(background);
        }
        double[][] emission = VoicePath.emission(frames, ws, models);
        boolean[] fixed = new boolean[n];
        int[] forced = new int[n];
        Arrays.fill(forced, -1);
        for (int i = 0; i < n; i++) {
            String who = confirmed[i] != null ? confirmed[i] : ws.tagged(i) ? ws.speaker(i) : null;
            if (who != null) {
                int s = speakers.indexOf(who);
                forced[i] = s >= 0 ? s : speakers.indexOf(null);
                fixed[i] = forced[i] >= 0;
            }
        }
        return new VoiceTrack(speakers, VoicePath.decode(emission, forced), emission, fixed);
    }

    /**
     * Each word's speaker where the editor confirmed it: the words of every closed turn (from a tag where the
     * speaker changes to the next such tag). The last turn is open: where it ends is what is being looked for.
     */
    static String[] confirmedSpeakers(WordStream ws) {
        String[] out = new String[ws.size()];
        ws.closedTurns((start, end, speaker, next) -> Arrays.fill(out, start, end, speaker));
        return out;
    }

    /** How much of the open turn, from its tag, is taken as its speaker's voice (unless the voice changes first). */
    static final long HEAD_MS = 4000;

    /**
     * The start of the last turn, the open one, is confirmed too: its first {@value #HEAD_MS} ms, or up to the first
     * change of voice after its tag when that comes sooner, are taken as its speaker's voice. So a speaker is
     * heard from their first tagged turn on, not only once someone else's tag closes it.
     */
    private static void openHead(WordStream ws, List<Candidate> changes, String[] learnt) {
        int last = -1;
        for (int i = ws.size() - 1; i >= 0; i--) {
            if (ws.tagged(i) && ws.speaker(i) != null) {
                last = i;
                break;
            }
        }
        if (last < 0 || ws.start(last) < 0) {
            return;
        }
        for (String who : learnt) {
            if (ws.speaker(last).equals(who)) {
                return; // a closed turn of theirs already says what they sound like
            }
        }
        int end = ws.size();
        for (Candidate c : changes) {
            if (c.word() > last + 1) {
                end = c.word();
                break;
            }
        }
        for (int i = last; i < end && (ws.start(i) < 0 || ws.start(i) - ws.start(last) < HEAD_MS); i++) {
            if (learnt[i] == null) {
                learnt[i] = ws.speaker(last);
            }
        }
    }

    /** Whose voice is heard at word {@code i} by this track: a speaker id, or null for someone not heard yet. */
    String speakerAt(int i) {
        return i < 0 || i >= state.length ? null : speakers.get(state[i]);
    }

    /** The decoded voice at word {@code i} (-1 outside the words): one per confirmed speaker, one for the rest. */
    int stateAt(int i) {
        return i < 0 || i >= state.length ? -1 : state[i];
    }

    /** Whether the voice at word {@code i} is one the editor has confirmed (not "someone else"). */
    boolean known(int i) {
        return i >= 0 && i < state.length && speakers.get(state[i]) != null;
    }

    /** Whether the editor has confirmed enough of {@code speaker}'s words to know their voice. */
    boolean modelled(String speaker) {
        return speaker != null && speakers.contains(speaker);
    }

    /** Whether word {@code i} lies in a turn the editor confirmed. */
    boolean confirmed(int i) {
        return fixed[i];
    }

    /** The turn starts the track hears where nothing is confirmed: each change of decoded speaker. */
    List<Candidate> changes(Roster roster) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 1; i < state.length; i++) {
            if (state[i] == state[i - 1] || fixed[i]) {
                continue;
            }
            double score = VoicePath.changeScore(emission, state, i);
            String to = speakers.get(state[i]);
            String from = speakers.get(state[i - 1]);
            String detail = String.format(Locale.ROOT, "sounds like %s", to == null ? "someone else"
                    : Objects.requireNonNullElse(roster.nameOf(to), to));
            out.add(new Candidate(i, score, TurnCue.VOICE_CHANGE, detail, to, to == null ? from : null));
        }
        return out;
    }
}
