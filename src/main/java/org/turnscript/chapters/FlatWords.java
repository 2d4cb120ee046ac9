package org.turnscript.chapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** The transcript's words in one run, as the suggesters read them: normalised text, sound or not, time. */
final class FlatWords {

    final List<String> text = new ArrayList<>();
    final List<String> original = new ArrayList<>();
    final List<Boolean> sound = new ArrayList<>();
    final List<Word> words = new ArrayList<>();
    final List<int[]> position = new ArrayList<>();

    FlatWords(Transcript t) {
        for (int s = 0; s < t.segments().size(); s++) {
            Segment seg = t.segment(s);
            for (int w = 0; w < seg.words().size(); w++) {
                Word word = seg.words().get(w);
                original.add(word.text());
                text.add(normalise(word.text()));
                sound.add(word.isSoundTag() || seg.kind() == SegmentKind.NON_SPEECH);
                words.add(word);
                position.add(new int[] {s, w});
            }
        }
    }

    int size() {
        return text.size();
    }

    /** Lower case, punctuation stripped at both ends, apostrophes kept. */
    static String normalise(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}']+|[^\\p{L}\\p{N}']+$", "");
    }

    boolean endsSentence(int i) {
        String o = original.get(i);
        return !o.isEmpty() && ".?!".indexOf(o.charAt(o.length() - 1)) >= 0;
    }

    /** Whether both words' times were measured (a gap between estimated times means nothing). */
    boolean measured(int i) {
        Word w = words.get(i);
        return w.isTimed() && (w.source() == TimeSource.MEASURED || w.source() == TimeSource.ANCHORED);
    }

    long start(int i) {
        return words.get(i).start();
    }

    /** Up to {@code n} words from {@code i} on, as written, for a title. */
    List<String> following(int i, int n) {
        return original.subList(i, Math.min(size(), i + n));
    }
}
