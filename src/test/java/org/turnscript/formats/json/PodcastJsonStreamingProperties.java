package org.turnscript.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Transcript;
import org.turnscript.model.TranscriptArbitraries;

/**
 * The Podcasting 2.0 transcript's streaming writer and reader against the data binding they replaced: the writer
 * gives the bytes of {@link PodcastJsonDocument} bound and pretty-printed, and the reader, which gives up on
 * anything to warn about or refuse, reads what the tree reading reads, with the same warnings, on the files
 * Turnscript writes and on damaged ones.
 */
class PodcastJsonStreamingProperties {

    private final PodcastJsonFormat format = new PodcastJsonFormat();

    @Provide
    Arbitrary<Transcript> timed() {
        return TranscriptArbitraries.timedTranscripts();
    }

    @Property(tries = 200)
    void theStreamingWriterWritesTheBindingsBytes(@ForAll("timed") Transcript t, @ForAll boolean sounds) {
        ExportOptions options = new ExportOptions(ExportOptions.DEFAULTS.speakerDisplay(), ExportOptions.DEFAULTS.profile(), sounds);

        assertThat(format.write(t, options)).isEqualTo(JsonText.write(new PodcastJsonDocument(
                PodcastJsonDocument.VERSION, PodcastJsonWriter.segments(t, options))));
    }

    @Property(tries = 200)
    void theStreamingReaderReadsWhatTheTreeReads(@ForAll("timed") Transcript t) throws FormatException {
        String json = format.write(t, ExportOptions.DEFAULTS);

        assertThat(PodcastJsonReader.streamedEntries(json)).isNotNull();
        assertSameReading(json);
    }

    private static final List<JsonNode> VALUES = List.of(
            JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.textNode("x"),
            JsonNodeFactory.instance.textNode(" "), JsonNodeFactory.instance.textNode("[Music]"),
            JsonNodeFactory.instance.textNode("1.0.0"), JsonNodeFactory.instance.textNode("12"),
            JsonNodeFactory.instance.numberNode(12), JsonNodeFactory.instance.numberNode(-1),
            JsonNodeFactory.instance.numberNode(0), JsonNodeFactory.instance.numberNode(new BigDecimal("1.23456")),
            JsonNodeFactory.instance.numberNode(new BigDecimal("2e9")), JsonNodeFactory.instance.numberNode(1e300),
            JsonNodeFactory.instance.booleanNode(false), JsonNodeFactory.instance.arrayNode(),
            JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.textNode("a\u0000b"));

    @Property(tries = 1000)
    void onADamagedFileTheStreamingReaderGivesUpOrAgreesWithTheTree(
            @ForAll("timed") Transcript t, @ForAll @IntRange(min = 0, max = 100_000) int where,
            @ForAll @IntRange(min = 0, max = 100) int key, @ForAll @IntRange(min = 0, max = 100) int what,
            @ForAll boolean compact) throws Exception {
        JsonNode root = JsonText.mapper().readTree(format.write(t, new ExportOptions(ExportOptions.DEFAULTS.speakerDisplay(),
                ExportOptions.DEFAULTS.profile(), true)));
        JsonDamage.apply(root, VALUES, where, key, what, false);
        String json = compact ? JsonText.mapper().writeValueAsString(root) : JsonText.write(root);

        Statistics.label("streaming reader").collect(PodcastJsonReader.streamedEntries(json) != null ? "read" : "gave up");
        assertSameReading(json);
    }

    @Property(tries = 1)
    void aDecimalBeyondAnyNumberIsRefusedWhereverItIs() {
        String json = "{\"version\": \"1.0.0\", \"segments\": [{\"startTime\": 0, \"body\": \"hi\"}], "
                + "\"vendor\": {\"gain\": [1e9999999999]}}";

        assertThat(PodcastJsonReader.streamedEntries(json)).isNull();
        assertSameReading(json);
    }

    /** Both readings give the same transcript and warnings, or both refuse with the same message. */
    private static void assertSameReading(String json) {
        ReadOptions options = new ReadOptions("p.json", List.of("Kate Soule"), -1);
        Object streamed;
        Object careful;
        try {
            ReadResult r = PodcastJsonReader.read(json, options);
            streamed = List.of(r.transcript(), r.warnings());
        } catch (FormatException e) {
            streamed = e.getMessage();
        }
        try {
            ReadResult r = PodcastJsonReader.readCarefully(json, options);
            careful = List.of(r.transcript(), r.warnings());
        } catch (FormatException e) {
            careful = e.getMessage();
        }
        assertThat(streamed).isEqualTo(careful);
    }
}
