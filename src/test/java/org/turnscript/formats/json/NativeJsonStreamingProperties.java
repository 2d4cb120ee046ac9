package org.turnscript.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.turnscript.model.Chapter;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Segment;
import org.turnscript.model.SuggestionNote;
import org.turnscript.model.Transcript;
import org.turnscript.model.TranscriptArbitraries;

/**
 * The streaming writer and reader of the project file against the data-binding mapping they replaced
 * ({@link NativeJsonMapper} with {@link NativeJsonDocument}), which still reads every file the streaming reader
 * gives up on: the same bytes out, the same transcript in, and on damaged files the streaming reader either gives
 * up or reads exactly what the binding reads, never something the binding refuses.
 */
class NativeJsonStreamingProperties {

    @Provide
    Arbitrary<Transcript> transcripts() {
        return Combinators.combine(TranscriptArbitraries.transcripts(), Arbitraries.integers().between(0, 1000).list()
                        .ofMaxSize(4), Arbitraries.doubles().between(0, 1).ofScale(3))
                .as(NativeJsonStreamingProperties::withChaptersAndNotes);
    }

    /** Adds chapters at the picked words and a suggestion note to every third segment. */
    private static Transcript withChaptersAndNotes(Transcript t, List<Integer> picks, double score) {
        if (t.segments().isEmpty()) {
            return t;
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < t.segments().size(); i++) {
            Segment s = t.segments().get(i);
            segments.add(i % 3 == 1 ? s.withSuggestion(new SuggestionNote(score, "pause", i % 2 == 0 ? "" : "1.4 s"))
                    : s);
        }
        Map<String, Chapter> chapters = new LinkedHashMap<>();
        for (int pick : picks) {
            Segment s = segments.get(pick % segments.size());
            int word = pick % s.words().size();
            chapters.putIfAbsent(s.id() + "#" + word, new Chapter(s.id(), word, new ChapterMark("Part " + pick,
                    pick % 2 == 0 ? null : "https://example.org/" + pick + ".jpg",
                    pick % 3 == 0 ? null : "https://example.org/" + pick)));
        }
        return new Transcript(t.metadata(), t.roster(), segments, new ArrayList<>(chapters.values()));
    }

    @Property(tries = 300)
    void theStreamingWriterWritesTheBindingsBytes(@ForAll("transcripts") Transcript t) {
        assertThat(NativeJsonWriter.write(t)).isEqualTo(JsonText.write(NativeJsonMapper.toDocument(t)));
    }

    @Property(tries = 300)
    void theStreamingReaderReadsWhatTheBindingReads(@ForAll("transcripts") Transcript t) throws Exception {
        String json = NativeJsonWriter.write(t);

        Transcript streamed = NativeJsonStreamReader.read(json);

        assertThat(streamed).isNotNull().isEqualTo(t).isEqualTo(byBinding(json));
    }

    /** Values of every JSON type, and of the edges of the types the binding accepts. */
    private static final List<JsonNode> VALUES = List.of(
            JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.textNode("x"),
            JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.textNode("12"),
            JsonNodeFactory.instance.textNode("measured"), JsonNodeFactory.instance.textNode("S1"),
            JsonNodeFactory.instance.numberNode(12), JsonNodeFactory.instance.numberNode(-1),
            JsonNodeFactory.instance.numberNode(0), JsonNodeFactory.instance.numberNode(1.5),
            JsonNodeFactory.instance.numberNode(Long.MAX_VALUE), JsonNodeFactory.instance.numberNode(Long.MIN_VALUE),
            JsonNodeFactory.instance.numberNode(new java.math.BigInteger("99999999999999999999")),
            JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.arrayNode(),
            JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.numberNode(5_000_000),
            JsonNodeFactory.instance.textNode("\u0000"));

    @Property(tries = 1000)
    void onADamagedFileTheStreamingReaderGivesUpOrAgreesWithTheBinding(
            @ForAll("transcripts") Transcript t, @ForAll @IntRange(min = 0, max = 100_000) int where,
            @ForAll @IntRange(min = 0, max = 100) int key, @ForAll @IntRange(min = 0, max = 100) int what,
            @ForAll boolean compact) throws Exception {
        ObjectNode root = (ObjectNode) JsonText.mapper().readTree(NativeJsonWriter.write(t));
        JsonDamage.apply(root, VALUES, where, key, what, true);
        String json = compact ? JsonText.mapper().writeValueAsString(root) : JsonText.write(root);

        Transcript streamed = NativeJsonStreamReader.read(json);

        Statistics.label("streaming reader").collect(streamed != null ? "read" : "gave up");
        if (streamed != null) {
            assertThat(streamed).isEqualTo(byBinding(json));
        }
    }

    /**
     * Found by the property above: with Jackson 2.18.2, data binding read {@code "score": 0.001} as 1.0E20 when an
     * unknown field earlier in the file held 99999999999999999999, so the project was refused (its score out of
     * range) or, with a value in range, silently changed. Fixed by Jackson 2.23.
     */
    @net.jqwik.api.Example
    void aHugeNumberInAnUnknownFieldDoesNotLeakIntoALaterNumber() throws Exception {
        String json = "{\"format\":\"turnscript\",\"version\":1,\"metadata\":{\"durationMs\":2,"
                + "\"extra\":99999999999999999999},\"speakers\":[],\"segments\":[{\"id\":\"seg-000001\","
                + "\"speaker\":null,\"kind\":\"speech\",\"start\":1,\"end\":2,\"body\":\"a\",\"originalBody\":\"a\","
                + "\"suggestion\":{\"score\":0.001,\"cue\":\"pause\",\"detail\":\"1.4 s\"},"
                + "\"words\":[{\"text\":\"a\",\"start\":1,\"end\":2,\"timing\":\"measured\"}]}]}";

        Transcript bound = byBinding(json);

        assertThat(bound).isNotNull().isEqualTo(NativeJsonStreamReader.read(json));
        assertThat(bound.segment(0).suggestion().score()).isEqualTo(0.001);
    }

    /**
     * What the reading before the streaming reader gave: the file bound to {@link NativeJsonDocument}, checked and
     * mapped; {@code null} when it refused the file or reported a repair.
     */
    private static Transcript byBinding(String json) {
        try {
            NativeJsonDocument doc = JsonText.mapper().readValue(json, NativeJsonDocument.class);
            if (doc == null || !NativeJsonDocument.FORMAT.equals(doc.format()) || doc.version() == null
                    || doc.version() < 1 || doc.version() > NativeJsonDocument.CURRENT_VERSION) {
                return null;
            }
            List<JsonProblem> repaired = new ArrayList<>();
            Transcript t = NativeJsonMapper.toTranscript(doc, repaired);
            return repaired.isEmpty() ? t : null;
        } catch (Exception e) {
            return null;
        }
    }
}
