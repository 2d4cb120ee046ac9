package org.turnscript.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

class ProvisionalSegmenterProperties {

    @Provide
    Arbitrary<List<String>> tokenLists() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("so", "and", "but", "um", "uh", "okay", "I", "you", "know", "the", "[Music]",
                        "[Music", "playing]", ">>", "end.", "well,"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
        return token.list().ofMaxSize(400);
    }

    @Property
    void losesReordersAndOversizesNothing(@ForAll("tokenLists") List<String> tokens) {
        List<Word> words = CaptionTokenizer.paragraphs(String.join(" ", tokens)).stream()
                .flatMap(List::stream).toList();
        List<Segment> segments = ProvisionalSegmenter.segment(words);

        assertThat(segments.stream().flatMap(s -> s.words().stream()).map(Word::text).toList())
                .containsExactlyElementsOf(tokens);
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            assertThat(s.words()).isNotEmpty().hasSizeLessThanOrEqualTo(ProvisionalSegmenter.MAX_WORDS);
            assertThat(s.id()).isEqualTo(Transcript.sequentialId(i + 1));
            boolean sound = s.kind() == SegmentKind.NON_SPEECH;
            assertThat(s.words()).allMatch(w -> w.isSoundTag() == sound);
        }
    }
}
