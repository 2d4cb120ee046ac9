package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.model.Roster;

/**
 * The recording's voices, found before anyone is confirmed, and whose they are.
 *
 * <p><b>Finding the voices.</b> The words are cut into pieces at every heard change of voice ({@link VoiceCues#find})
 * and wherever a piece reaches {@value #PIECE_MS} ms of speech, so that two similar voices the change detector
 * missed still sit in different pieces. The pieces are joined, the two that one Gaussian fits best together first
 * (the rise in misfit, {@link VoiceModel.Builder#misfit}, against a penalty for the extra model: ΔBIC), while there
 * are more voices than speakers in the roster or two are the same by that measure. Then the words are heard again
 * with a model of each voice ({@link VoicePath}) and the voices learnt again from what was heard, {@value #ROUNDS}
 * times: the pieces' fixed cuts become the places where the voice really changes. This is how two male voices that
 * 2-second averages cannot tell apart are told apart: a full covariance knows how each one's timbre moves.
 *
 * <p><b>Whose voice.</b> Each voice is then tied to a speaker: first by the editor's confirmations (the voice most
 * of whose confirmed words a speaker said is theirs), then, for voices nobody confirmed yet, in the order they are
 * first heard to the roster's speakers not yet heard, host first (the roster is typed in the order people first
 * speak, and the host opens).
 */
final class VoiceClusters {

    /** A piece is cut once it holds this much speech. */
    static final long PIECE_MS = 3000;
    /** Pieces with less speech are too short to join; the decoding places their words. */
    static final int MIN_PIECE_FRAMES = 1000 / VoiceFrames.HOP_MS;
    /**
     * At most this many pieces are joined all against all, to bound time and memory: beyond it, neighbouring pieces
     * are joined first ({@link PieceJoiner#joinNeighbours}).
     */
    static final int MAX_PIECES = 1200;
    /** Share of the recording's variance added to each piece's, so that a short piece is no perfect fit. */
    static final double FLOOR = 0.05;
    /** Weight of the penalty for one more voice (BIC's λ). */
    static final double PENALTY = 1.0;
    /** Times the voices are learnt again from the decoded words. */
    static final int ROUNDS = 3;

    private final int[] voiceOfWord;
    private final double[][] emission;
    private final Map<Integer, String> speakerOfVoice = new HashMap<>();
    private final Map<Integer, String> confirmedVoice = new HashMap<>();

    VoiceClusters(VoiceFrames frames, WordStream ws, List<Candidate> changes, List<String> roster) {
        Found found = found(frames, ws, changes, Math.max(1, roster.size()));
        voiceOfWord = found.voiceOfWord;
        emission = found.emission;
        tie(ws, roster);
    }

    /** The voices heard per word, with each word's evidence for each voice. */
    private record Found(long times, int speakers, int[] voiceOfWord, double[][] emission) {
    }

    /**
     * The voices found last in each recording. Finding them is the slow part and depends only on the recording, the
     * word times and the roster's size; the editor's tags, which change on every decision, only say whose they are.
     */
    private static final Map<VoiceFrames, Found> FOUND = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    private static Found found(VoiceFrames frames, WordStream ws, List<Candidate> changes, int speakers) {
        long times = ws.size();
        for (int i = 0; i < ws.size(); i++) {
            times = times * 31 + ws.start(i);
            times = times * 31 + ws.end(i);
        }
        Found last = FOUND.get(frames);
        if (last != null && last.times == times && last.speakers == speakers) {
            return last;
        }
        Found found = find(frames, ws, changes, speakers);
        FOUND.put(frames, new Found(times, speakers, found.voiceOfWord, found.emission));
        return found;
    }

    private static Found find(VoiceFrames frames, WordStream ws, List<Candidate> changes, int speakers) {
        int n = ws.size();
        VoiceModel.Builder all = new VoiceModel.Builder().add(frames, 0, (long) frames.size() * VoiceFrames.HOP_MS);
        int[] labels = join(frames, ws, changes, speakers, all);
        double[][] lastEmission = new double[n][1];
        VoiceModel background = all.build(null);
        for (int round = 0; round < ROUNDS; round++) {
            List<VoiceModel> models = new ArrayList<>();
            int[] renumber = relabel(labels);
            for (int v = 0; v < renumber.length; v++) {
                VoiceModel.Builder b = new VoiceModel.Builder();
                for (int i = 0; i < n; i++) {
                    if (labels[i] == renumber[v] && ws.start(i) >= 0 && ws.end(i) > ws.start(i)) {
                        b.add(frames, ws.start(i), ws.end(i));
                    }
                }
                if (b.frames() >= MIN_PIECE_FRAMES) {
                    models.add(b.build(background)); // a voice left with almost no speech is no voice
                }
            }
            if (models.isEmpty()) {
                break;
            }
            lastEmission = VoicePath.emission(frames, ws, models);
            int[] none = new int[n];
            Arrays.fill(none, -1);
            labels = VoicePath.decode(lastEmission, none);
        }
        return new Found(0, speakers, labels, lastEmission);
    }

    /**
     * The pieces' voices joined bottom-up: per word, the voice of its piece (pieces too short to join take the
     * voice before them; the first ones the voice after).
     */
    private static int[] join(VoiceFrames frames, WordStream ws, List<Candidate> changes, int speakers,
            VoiceModel.Builder all) {
        int n = ws.size();
        List<int[]> pieces = new ArrayList<>();
        List<VoiceModel.Builder> stats = new ArrayList<>();
        boolean[] cut = new boolean[n + 1];
        for (Candidate c : changes) {
            if (c.word() > 0 && c.word() < n) {
                cut[c.word()] = true;
            }
        }
        int from = 0;
        VoiceModel.Builder piece = new VoiceModel.Builder();
        for (int i = 0; i <= n; i++) {
            boolean full = (long) piece.frames() * VoiceFrames.HOP_MS >= PIECE_MS;
            if (i == n || i > from && (cut[i] || full)) {
                if (piece.frames() >= MIN_PIECE_FRAMES) {
                    pieces.add(new int[] {from, i});
                    stats.add(piece);
                }
                piece = new VoiceModel.Builder();
                from = i;
            }
            if (i < n && ws.start(i) >= 0 && ws.end(i) > ws.start(i)) {
                piece.add(frames, ws.start(i), ws.end(i));
            }
        }
        if (pieces.size() > MAX_PIECES) {
            PieceJoiner.joinNeighbours(pieces, stats, MAX_PIECES, floor(all));
        }
        int[] voiceOfPiece = PieceJoiner.join(stats, speakers, floor(all), PENALTY);
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        for (int p = 0; p < pieces.size(); p++) {
            Arrays.fill(labels, pieces.get(p)[0], pieces.get(p)[1], voiceOfPiece[p]);
        }
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 && i > 0) {
                labels[i] = labels[i - 1];
            }
            if (first < 0 && labels[i] >= 0) {
                first = labels[i];
            }
        }
        for (int i = 0; i < n && labels[i] < 0; i++) {
            labels[i] = Math.max(0, first);
        }
        return labels;
    }

    /** What the variances are raised by: a share of the recording's own. */
    static double[] floor(VoiceModel.Builder all) {
        double[] floor = new double[VoiceStats.DIMENSIONS + 1];
        for (int a = 0; a < VoiceStats.DIMENSIONS; a++) {
            floor[a] = FLOOR * Math.max(1e-6, all.variance(a));
        }
        floor[VoiceStats.DIMENSIONS] = FLOOR * Math.max(1e-6, all.pitchVariance());
        return floor;
    }

    /** The labels in use, in order of first use. */
    private static int[] relabel(int[] labels) {
        List<Integer> used = new ArrayList<>();
        for (int l : labels) {
            if (l >= 0 && !used.contains(l)) {
                used.add(l);
            }
        }
        return used.stream().mapToInt(Integer::intValue).toArray();
    }

    private void tie(WordStream ws, List<String> roster) {
        // Confirmed words: the closed turns the editor tagged, as the speaker guess learns them.
        Map<Integer, Map<String, Integer>> confirmed = new HashMap<>();
        ws.closedTurns((start, end, speaker, next) -> {
            for (int k = start; k < end; k++) {
                confirmed.computeIfAbsent(voiceOfWord[k], x -> new HashMap<>()).merge(speaker, 1, Integer::sum);
            }
        });
        // Greedily, the largest agreements first.
        while (true) {
            int bestVoice = -1;
            String bestSpeaker = null;
            int bestCount = 0;
            for (Map.Entry<Integer, Map<String, Integer>> e : confirmed.entrySet()) {
                if (speakerOfVoice.containsKey(e.getKey())) {
                    continue;
                }
                for (Map.Entry<String, Integer> s : e.getValue().entrySet()) {
                    if (!speakerOfVoice.containsValue(s.getKey()) && s.getValue() > bestCount) {
                        bestCount = s.getValue();
                        bestVoice = e.getKey();
                        bestSpeaker = s.getKey();
                    }
                }
            }
            if (bestVoice < 0) {
                break;
            }
            speakerOfVoice.put(bestVoice, bestSpeaker);
            confirmedVoice.put(bestVoice, bestSpeaker);
        }
        int next = 0;
        for (int v : voiceOfWord) {
            if (v < 0 || speakerOfVoice.containsKey(v)) {
                continue;
            }
            while (next < roster.size() && speakerOfVoice.containsValue(roster.get(next))) {
                next++;
            }
            if (next >= roster.size()) {
                break;
            }
            speakerOfVoice.put(v, roster.get(next));
        }
    }

    /** How many voices were told apart. */
    int voices() {
        return speakerOfVoice.size();
    }

    /** The voice heard at word {@code i}, or -1. */
    int voiceAt(int i) {
        return i < 0 || i >= voiceOfWord.length ? -1 : voiceOfWord[i];
    }

    /** Whose voice is heard at word {@code i}, or null when unknown. */
    String speakerAt(int i) {
        return speakerOfVoice.get(voiceAt(i));
    }

    /**
     * Each change of voice as a turn-start candidate. It names the speaker only when the editor's confirmations tie
     * the new voice to them, and rules out the speaker they tie the voice before to.
     */
    List<Candidate> changes(Roster roster) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 1; i < voiceOfWord.length; i++) {
            if (voiceOfWord[i] == voiceOfWord[i - 1]) {
                continue;
            }
            double score = VoicePath.changeScore(emission, voiceOfWord, i);
            String named = confirmedVoice.get(voiceOfWord[i]);
            String detail = named == null ? "another voice"
                    : String.format(Locale.ROOT, "sounds like %s", Objects.requireNonNullElse(roster.nameOf(named),
                    named));
            out.add(new Candidate(i, score, TurnCue.VOICE_CHANGE, detail, named,
                    confirmedVoice.get(voiceOfWord[i - 1])));
        }
        return out;
    }
}
