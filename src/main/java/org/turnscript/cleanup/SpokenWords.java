package org.turnscript.cleanup;

import java.util.List;
import java.util.stream.IntStream;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Word;

/**
 * The words the text rules look at: in speech segments, the words still kept that are not sound tags. A dropped
 * word is no longer said and a tag such as {@code [laughs]} is no text, so neither counts as a filler, a repeat or
 * a sentence start.
 */
final class SpokenWords {

    private SpokenWords() {
    }

    static boolean isSpoken(Word w) {
        return !w.isDropped() && !w.isSoundTag();
    }

    /** The indices of the spoken words of {@code segment}, in order; none when it is not a speech segment. */
    static int[] indices(Segment segment) {
        if (segment.kind() != SegmentKind.SPEECH) {
            return new int[0];
        }
        List<Word> words = segment.words();
        return IntStream.range(0, words.size()).filter(i -> isSpoken(words.get(i))).toArray();
    }
}
