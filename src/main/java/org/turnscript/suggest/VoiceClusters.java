package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The recording's voices, and whose they are. The words are cut into stretches at every change of voice
 * ({@link VoiceCues#find}); stretches whose voices are close are joined, the closest first, until no two voices are
 * closer than {@link #SAME_VOICE} clear changes and there are no more voices than speakers in the roster. Each voice
 * is then tied to a speaker: first by the editor's confirmations (the voice most of whose confirmed words a speaker
 * said is theirs), then, for voices nobody confirmed yet, in the order they are first heard to the roster's speakers
 * not yet heard, host first (the roster is typed in the order people first speak, and the host opens).
 */
final class VoiceClusters {

    /** Two voices closer than this share of a clear change between 2-second windows are one. */
    static final double SAME_VOICE = 0.75;

    private final int[] voiceOfWord;
    private final Map<Integer, String> speakerOfVoice = new HashMap<>();

    VoiceClusters(VoiceCues cues, WordStream ws, List<Candidate> changes, List<String> roster) {
        voiceOfWord = new int[ws.size()];
        List<int[]> stretches = new ArrayList<>();
        int from = 0;
        for (Candidate c : changes) {
            if (c.word() > from) {
                stretches.add(new int[] {from, c.word()});
                from = c.word();
            }
        }
        stretches.add(new int[] {from, ws.size()});
        List<VoiceStats> voices = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        List<Integer> unheard = new ArrayList<>();
        for (int s = 0; s < stretches.size(); s++) {
            VoiceStats v = cues.statsOfWords(stretches.get(s)[0], stretches.get(s)[1]);
            if (v.frames >= VoiceCues.MIN_FRAMES) {
                voices.add(v);
                members.add(new ArrayList<>(List.of(s)));
            } else {
                unheard.add(s);
            }
        }
        double clear = cues.clearChange();
        while (voices.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < voices.size(); a++) {
                for (int b = a + 1; b < voices.size(); b++) {
                    double d = cues.distance(voices.get(a), voices.get(b));
                    if (d < best) {
                        best = d;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (best >= SAME_VOICE * clear && voices.size() <= Math.max(1, roster.size())) {
                break;
            }
            voices.get(bestA).addAll(voices.remove(bestB));
            members.get(bestA).addAll(members.remove(bestB));
        }
        java.util.Arrays.fill(voiceOfWord, -1);
        for (int v = 0; v < members.size(); v++) {
            for (int s : members.get(v)) {
                java.util.Arrays.fill(voiceOfWord, stretches.get(s)[0], stretches.get(s)[1], v);
            }
        }
        // A stretch too short to hear (a word or two between changes) takes the voice before it.
        for (int i = 1; i < voiceOfWord.length; i++) {
            if (voiceOfWord[i] < 0) {
                voiceOfWord[i] = voiceOfWord[i - 1];
            }
        }
        tie(ws, members.size(), roster);
    }

    private void tie(WordStream ws, int voices, List<String> roster) {
        // Confirmed words: the closed turns the editor tagged, as the speaker guess learns them.
        Map<Integer, Map<String, Integer>> confirmed = new HashMap<>();
        int turnStart = -1;
        String turnSpeaker = null;
        for (int i = 0; i <= ws.size(); i++) {
            if (i < ws.size() && (!ws.tagged(i) || Objects.equals(ws.speaker(i), turnSpeaker))) {
                continue;
            }
            if (turnSpeaker != null && i < ws.size()) {
                for (int k = turnStart; k < i; k++) {
                    if (voiceOfWord[k] >= 0) {
                        confirmed.computeIfAbsent(voiceOfWord[k], x -> new HashMap<>()).merge(turnSpeaker, 1,
                                Integer::sum);
                    }
                }
            }
            if (i < ws.size()) {
                turnStart = i;
                turnSpeaker = ws.speaker(i);
            }
        }
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
        }
        int next = 0;
        for (int i = 0; i < voiceOfWord.length; i++) {
            int v = voiceOfWord[i];
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
}
