package org.turnscript.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.TranscriptArbitraries;
import org.turnscript.model.Word;

/**
 * The streaming json3 reading against the tree reading it stands in front of: on json3 files made from random
 * timed transcripts (one event per segment, a seg per word, a roll-up line feed now and then), and on damaged ones,
 * both give the same transcript or the same refusal.
 */
class Json3StreamingProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Provide
    Arbitrary<Transcript> timed() {
        return TranscriptArbitraries.timedTranscripts();
    }

    private static ObjectNode json3(Transcript t) {
        ObjectNode root = NODES.objectNode();
        root.put("wireMagic", "pb3");
        root.putArray("pens").addObject();
        ArrayNode events = root.putArray("events");
        events.addObject().put("tStartMs", 0).put("dDurationMs", Math.max(0, t.lastEnd())).put("id", 1);
        int n = 0;
        for (Segment s : t.segments()) {
            ObjectNode event = events.addObject();
            event.put("tStartMs", s.start()).put("dDurationMs", s.end() - s.start()).put("wWinId", 1);
            ArrayNode segs = event.putArray("segs");
            for (int i = 0; i < s.words().size(); i++) {
                Word w = s.words().get(i);
                ObjectNode seg = segs.addObject().put("utf8", (i == 0 ? "" : " ") + w.text());
                if (i > 0) {
                    seg.put("tOffsetMs", w.start() - s.start());
                }
                seg.put("acAsrConf", 0);
            }
            if (++n % 3 == 0) {
                events.addObject().put("tStartMs", s.end()).put("wWinId", 1).put("aAppend", 1).putArray("segs")
                        .addObject().put("utf8", "\n");
            }
        }
        return root;
    }

    @Property(tries = 200)
    void theStreamingReaderReadsWhatTheTreeReads(@ForAll("timed") Transcript t) {
        String json = JsonText.write(json3(t));

        assertThat(Json3StreamReader.timedEvents(json)).isNotNull();
        assertSameReading(json);
    }

    private static final List<JsonNode> VALUES = List.of(
            NODES.nullNode(), NODES.textNode("x"), NODES.textNode("\n"), NODES.textNode("12"),
            NODES.numberNode(12), NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(1),
            NODES.numberNode(new BigDecimal("1.5")), NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(new java.math.BigInteger("99999999999999999999")), NODES.booleanNode(true),
            NODES.arrayNode(), NODES.objectNode(), NODES.textNode("a\u0000b"));

    @Property(tries = 1000)
    void onADamagedFileBothReadingsAgree(
            @ForAll("timed") Transcript t, @ForAll @IntRange(min = 0, max = 100_000) int where,
            @ForAll @IntRange(min = 0, max = 100) int key, @ForAll @IntRange(min = 0, max = 100) int what,
            @ForAll boolean compact) {
        ObjectNode root = json3(t);
        JsonDamage.apply(root, VALUES, where, key, what, false);
        String json = compact ? root.toString() : JsonText.write(root);

        Statistics.label("streaming reader").collect(Json3StreamReader.timedEvents(json) != null ? "read" : "gave up");
        assertSameReading(json);
    }

    private static void assertSameReading(String json) {
        assertThat(reading(json, true)).isEqualTo(reading(json, false));
    }

    private static Object reading(String json, boolean streaming) {
        ReadOptions options = ReadOptions.defaults("captions.json3");
        try {
            ReadResult r = streaming ? new YouTubeJson3Format().read(json, options)
                    : YouTubeJson3Format.readCarefully(json, options);
            return List.of(r.transcript(), r.warnings());
        } catch (FormatException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
