package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.turnscript.audio.VoiceFrames;

/**
 * Who speaks is audible: the voice cues of a transcript whose words were timed from its recording.
 *
 * <p><b>Changes.</b> At each word with a real time, the voice of the {@value #WINDOW_MS} ms of speech before it is
 * compared with that of the {@value #WINDOW_MS} ms after ({@link #distance}). Where the distance peaks (the largest
 * within {@value #PEAK_RADIUS_MS} ms either side) and stands out from this recording's usual distances (a robust
 * z-score against the median and the median absolute deviation, so one threshold serves a quiet and a lively
 * recording), the word is a turn-start candidate "voice changes". The peak is moved to the word with the longest
 * pause before it among its neighbours: turns change at pauses, and a word timed a little off blurs the peak.
 *
 * <p><b>Voices to speakers.</b> The recording's voices are found, cut at these changes, and tied to the roster's
 * speakers ({@link VoiceClusters}); the voice after a candidate then names its speaker
 * ({@link #evidence}), and a text cue where the same voice goes on is no change ({@link #sameVoiceAcross}).
 */
final class VoiceCues {

    static final long WINDOW_MS = 2000;
    static final long PEAK_RADIUS_MS = 1000;
    /** Speech frames a window needs before its voice is trusted (half a second). */
    static final int MIN_FRAMES = 500 / VoiceFrames.HOP_MS;
    /** How far a peak stands out (robust z-score) before it is a candidate. */
    static final double MIN_Z = 3.0;
    /** What the pitch counts for against the twelve timbre coefficients together. */
    static final double PITCH_WEIGHT = 1.0;
    /** Natural-log units a guess loses for a speaker whose voice is not the one heard. */
    static final double VOICE_WEIGHT = 3.0;
    /** How far around a peak the pause that places it is looked for. */
    static final long SNAP_MS = 600;

    private final VoiceFrames frames;
    private final WordStream ws;
    private final double[] scale = new double[VoiceStats.DIMENSIONS];
    private double pitchScale;
    /** The distance between the voice before and after each word's start; NaN where it cannot be told. */
    private final double[] change;
    private double median;
    private double spread;

    VoiceCues(VoiceFrames frames, WordStream ws) {
        this.frames = frames;
        this.ws = ws;
        this.change = new double[ws.size()];
        globalScale();
        changes();
    }

    /** How much each feature varies over the recording's speech: the unit distances are measured in. */
    private void globalScale() {
        VoiceStats all = new VoiceStats().add(frames, 0, (long) frames.size() * VoiceFrames.HOP_MS);
        for (int c = 0; c < VoiceStats.DIMENSIONS; c++) {
            scale[c] = all.frames == 0 ? 1 : Math.sqrt(all.variance(c));
        }
        pitchScale = all.voiced == 0 ? 1 : Math.sqrt(all.pitchVariance());
    }

    /** How far apart two voices are: the root mean square of their features' differences, in units of spread. */
    double distance(VoiceStats a, VoiceStats b) {
        double sum = 0;
        for (int c = 0; c < VoiceStats.DIMENSIONS; c++) {
            double d = (a.mean(c) - b.mean(c)) / scale[c];
            sum += d * d;
        }
        double weight = VoiceStats.DIMENSIONS;
        if (a.voiced >= MIN_FRAMES / 2 && b.voiced >= MIN_FRAMES / 2) {
            double d = (a.pitch() - b.pitch()) / pitchScale;
            sum += PITCH_WEIGHT * VoiceStats.DIMENSIONS * d * d;
            weight += PITCH_WEIGHT * VoiceStats.DIMENSIONS;
        }
        return Math.sqrt(sum / weight);
    }

    private void changes() {
        double[] known = new double[ws.size()];
        int n = 0;
        for (int i = 0; i < ws.size(); i++) {
            change[i] = Double.NaN;
            long at = ws.start(i);
            if (i == 0 || at < 0) {
                continue;
            }
            VoiceStats before = window(at, false);
            VoiceStats after = window(at, true);
            if (before.frames >= MIN_FRAMES && after.frames >= MIN_FRAMES) {
                change[i] = distance(before, after);
                known[n++] = change[i];
            }
        }
        double[] sorted = Arrays.copyOf(known, n);
        Arrays.sort(sorted);
        median = n == 0 ? 0 : sorted[n / 2];
        double[] deviations = new double[n];
        for (int k = 0; k < n; k++) {
            deviations[k] = Math.abs(sorted[k] - median);
        }
        Arrays.sort(deviations);
        spread = n == 0 ? 1 : Math.max(1e-6, 1.4826 * deviations[n / 2]);
    }

    /** {@value #WINDOW_MS} ms of speech before or after {@code at}, pauses left out, looking up to 10 s away. */
    private VoiceStats window(long at, boolean forward) {
        return new VoiceStats().addSpeech(frames, at, (int) (WINDOW_MS / VoiceFrames.HOP_MS), REACH_MS, forward);
    }

    static final long REACH_MS = 10_000;

    /** How far the change at word {@code i} stands out from this recording's usual ones; NaN where unknown. */
    double z(int i) {
        return (change[i] - median) / spread;
    }

    /** The strongest change within {@code words} words of {@code i}, as a z-score (−∞ when none is known). */
    double strongestNear(int i, int words) {
        double best = Double.NEGATIVE_INFINITY;
        for (int k = Math.max(0, i - words); k <= Math.min(ws.size() - 1, i + words); k++) {
            if (!Double.isNaN(change[k])) {
                best = Math.max(best, z(k));
            }
        }
        return best;
    }

    /** Whether anything about the voices can be told here at all. */
    boolean usable() {
        int known = 0;
        for (double c : change) {
            if (!Double.isNaN(c)) {
                known++;
            }
        }
        return known >= ws.size() / 4 && known > 10;
    }

    List<Candidate> find() {
        List<Candidate> found = new ArrayList<>();
        int lastPlaced = -1;
        for (int i = 1; i < ws.size(); i++) {
            if (Double.isNaN(change[i]) || z(i) < MIN_Z || !peak(i)) {
                continue;
            }
            int at = replyWordAfter(snap(i));
            if (at <= lastPlaced) {
                continue;
            }
            lastPlaced = at;
            double z = z(i);
            double score = Math.min(0.9, 0.3 + 0.08 * (z - MIN_Z));
            found.add(new Candidate(at, score, TurnCue.VOICE_CHANGE,
                    String.format(Locale.ROOT, "%.1f× the usual difference", change[i] / Math.max(1e-6, median)),
                    null, null));
        }
        return found;
    }

    /** The largest distance among the words starting within {@value #PEAK_RADIUS_MS} ms, and the next three. */
    private boolean peak(int i) {
        long at = ws.start(i);
        for (int k = i - 1; k > 0; k--) {
            boolean near = i - k <= TurnSuggester.MIN_SPACING || ws.start(k) >= 0 && at - ws.start(k) <= PEAK_RADIUS_MS;
            if (!near) {
                break;
            }
            if (!Double.isNaN(change[k]) && change[k] > change[i]) {
                return false;
            }
        }
        for (int k = i + 1; k < ws.size(); k++) {
            boolean near = k - i <= TurnSuggester.MIN_SPACING || ws.start(k) >= 0 && ws.start(k) - at <= PEAK_RADIUS_MS;
            if (!near) {
                break;
            }
            if (!Double.isNaN(change[k]) && change[k] >= change[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where exactly the voice changes near word {@code i}: of the words within {@value #SNAP_MS} ms, the one that
     * splits the speech around the peak ({@value #WINDOW_MS} ms either side) into the two most different halves,
     * weighed by their sizes (n₁n₂/(n₁+n₂)·d², the between-halves share of the spread). The fixed windows that found
     * the peak blur it by a word or two when a turn is shorter than they are.
     */
    private int snap(int i) {
        long at = ws.start(i);
        int best = i;
        double bestSplit = Double.NEGATIVE_INFINITY;
        for (int k = Math.max(1, i - 8); k < Math.min(ws.size(), i + 9); k++) {
            if (ws.start(k) < 0 || Math.abs(ws.start(k) - at) > SNAP_MS) {
                continue;
            }
            // The same speech either side of the peak, cut at word k.
            long cut = ws.start(k);
            VoiceStats left = new VoiceStats();
            VoiceStats right = new VoiceStats();
            VoiceStats before = window(Math.min(at, cut), false);
            VoiceStats after = window(Math.max(at, cut), true);
            VoiceStats between = new VoiceStats().add(frames, Math.min(at, cut), Math.max(at, cut));
            left.addAll(before);
            right.addAll(after);
            if (cut > at) {
                left.addAll(between);
            } else {
                right.addAll(between);
            }
            if (left.frames < MIN_FRAMES / 2 || right.frames < MIN_FRAMES / 2) {
                continue;
            }
            double d = distance(left, right);
            double split = left.frames * (double) right.frames / (left.frames + right.frames) * d * d;
            if (split > bestSplit) {
                bestSplit = split;
                best = k;
            }
        }
        return best;
    }

    /**
     * A reply word ("yes", "well", "oh") right after the word the change was placed on is where the new voice
     * starts. Timing from sound alone finds no pause at a quick hand-over and runs a word late up to it: the last
     * word of the old turn is then timed where the reply is heard, and the change lands one word early. A change
     * placed on a reply word itself, or on a word the reply could not follow, stays.
     */
    int replyWordAfter(int at) {
        if (at + 1 < ws.size() && !Lexicon.REACTIONS.contains(ws.token(at))
                && Lexicon.REACTIONS.contains(ws.token(at + 1)) && ws.start(at + 1) >= 0) {
            return at + 1;
        }
        return at;
    }

    // ---- Voices of the speakers ------------------------------------------------------------------------

    /** Finds the voices, cut at {@code changes} to begin with, and ties them to the roster's speakers. */
    void cluster(List<Candidate> changes, List<String> roster) {
        clusters = new VoiceClusters(frames, ws, changes, roster);
    }

    private VoiceClusters clusters;

    /** The changes between the voices found by {@link #cluster}, as turn-start candidates. */
    List<Candidate> clusterChanges(org.turnscript.model.Roster roster) {
        return clusters.changes(roster);
    }
    /** Who speaks where, heard with the voices the editor confirmed; null until one is. */
    private VoiceTrack track;

    /** From now on, whose voice a word is in is what {@code t} hears where it knows the voice. */
    void follow(VoiceTrack t) {
        this.track = t;
    }

    /** The voice heard at word {@code k}: the track's state once a voice is confirmed, else the cluster's. */
    private int voiceAt(int k) {
        return track != null ? track.stateAt(k) : clusters.voiceAt(k);
    }

    /**
     * Whose voice is heard at word {@code k}: the confirmed voices' first; where the track hears someone not confirmed
     * yet, the clusters' speaker unless that is one whose voice is known (and so not this one).
     */
    private String heardAt(int k) {
        if (track == null || track.known(k)) {
            return track == null ? clusters.speakerAt(k) : track.speakerAt(k);
        }
        String clustered = clusters.speakerAt(k);
        return track.modelled(clustered) ? null : clustered;
    }

    /** Whether the recording has more than one voice to tell apart. */
    boolean manyVoices() {
        return clusters != null && clusters.voices() >= 2;
    }

    /** Whose voice the words from {@code b} on are in (the most of the next three), or null when unknown. */
    String speakerAfter(int b) {
        if (clusters == null) {
            return null;
        }
        Map<String, Integer> votes = new HashMap<>();
        for (int k = b; k < Math.min(ws.size(), b + 3); k++) {
            String s = heardAt(k);
            if (s != null) {
                votes.merge(s, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** Whose voice the words just before word {@code b} are in (the most of the last three), or null. */
    String speakerBefore(int b) {
        if (clusters == null) {
            return null;
        }
        Map<String, Integer> votes = new HashMap<>();
        for (int k = Math.max(0, b - 3); k < b; k++) {
            String s = heardAt(k);
            if (s != null) {
                votes.merge(s, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /**
     * Whether the voice plainly goes on across word {@code b}: the recording has more than one voice to tell apart,
     * the same one is heard just before the word and after it, and nothing near the word hints at a change (two
     * similar voices may be clustered as one, but still leave a bump in the distance).
     */
    boolean sameVoiceAcross(int b) {
        if (clusters == null || b < 1 || clusters.voices() < 2
                || strongestNear(b, TurnSuggester.VOICE_RADIUS) >= TurnSuggester.VOICE_GOES_ON_Z) {
            return false;
        }
        int before = voiceAt(b - 1);
        int votes = 0;
        for (int k = b; k < Math.min(ws.size(), b + 3); k++) {
            votes += voiceAt(k) == before ? 1 : 0;
        }
        return before >= 0 && votes >= 2;
    }

    /**
     * What the voice after word {@code b} says about each candidate speaker, in natural-log units to add to a
     * guess: nothing for the speaker whose voice it is, minus {@link #VOICE_WEIGHT} for everyone else. Empty when
     * the voice is not tied to anyone.
     */
    Map<String, Double> evidence(int b, List<String> speakers) {
        String heard = speakerAfter(b);
        if (heard == null && track != null && !track.known(b) && !track.known(b + 1)) {
            // Someone the editor has not confirmed yet: not one of those whose voices are known.
            Map<String, Double> out = new HashMap<>();
            for (String s : speakers) {
                out.put(s, track.modelled(s) ? -VOICE_WEIGHT : 0.0);
            }
            return out;
        }
        if (heard == null) {
            return Map.of();
        }
        Map<String, Double> out = new HashMap<>();
        for (String s : speakers) {
            out.put(s, s.equals(heard) ? 0.0 : -VOICE_WEIGHT);
        }
        return out;
    }
}
