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
 * The streaming WhisperX reader against the tree reading it stands in front of: on WhisperX files made from random
 * transcripts, and on damaged ones, both give the same transcript or the same refusal.
 */
class WhisperXStreamingProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Provide
    Arbitrary<Transcript> transcripts() {
        return TranscriptArbitraries.transcripts();
    }

    /** WhisperX's layout: segments with start, end, text, words (each with its speaker) and then the speaker. */
    private static ObjectNode whisperX(Transcript t, boolean aligned) {
        ObjectNode root = NODES.objectNode();
        ArrayNode segments = root.putArray("segments");
        ArrayNode flat = NODES.arrayNode();
        for (Segment s : t.segments()) {
            ObjectNode segment = segments.addObject();
            segment.put("start", seconds(s.start()));
            segment.put("end", seconds(s.end()));
            segment.put("text", " " + s.body());
            String speaker = s.speakerId() == null ? null : "SPEAKER_" + s.speakerId();
            if (aligned) {
                ArrayNode words = segment.putArray("words");
                for (Word w : s.words()) {
                    ObjectNode word = words.addObject();
                    word.put("word", w.text());
                    if (w.isTimed()) {
                        word.put("start", seconds(w.start()));
                        word.put("end", seconds(w.end()));
                        word.put("score", 0.875);
                    }
                    if (speaker != null) {
                        word.put("speaker", speaker);
                    }
                    flat.add(word.deepCopy());
                }
            }
            if (speaker != null) {
                segment.put("speaker", speaker);
            }
        }
        root.set("word_segments", flat);
        root.put("language", "en");
        return root;
    }

    private static BigDecimal seconds(long ms) {
        return ms < 0 ? null : BigDecimal.valueOf(ms, 3);
    }

    @Property(tries = 200)
    void theStreamingReaderReadsWhatTheTreeReads(@ForAll("transcripts") Transcript t, @ForAll boolean aligned)
            throws Exception {
        String json = JsonText.write(whisperX(t, aligned));

        assertThat(WhisperXStreamReader.read(json, options())).isNotNull();
        assertSameReading(json);
    }

    private static final List<JsonNode> VALUES = List.of(
            NODES.nullNode(), NODES.textNode("x"), NODES.textNode(" "), NODES.textNode("SPEAKER_9"),
            NODES.textNode("1.5"), NODES.numberNode(12), NODES.numberNode(-1), NODES.numberNode(0),
            NODES.numberNode(new BigDecimal("1.23456")), NODES.numberNode(new BigDecimal("2e9")),
            NODES.numberNode(1e300), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
            NODES.textNode("a\u0000b"), NODES.textNode("two words"));

    @Property(tries = 1000)
    void onADamagedFileBothReadingsAgree(
            @ForAll("transcripts") Transcript t, @ForAll @IntRange(min = 0, max = 100_000) int where,
            @ForAll @IntRange(min = 0, max = 100) int key, @ForAll @IntRange(min = 0, max = 100) int what,
            @ForAll boolean compact) {
        ObjectNode root = whisperX(t, what % 7 != 0);
        JsonDamage.apply(root, VALUES, where, key, what, false);
        String json = compact ? root.toString() : JsonText.write(root);

        Statistics.label("streaming reader").collect(WhisperXStreamReader.read(json, options()) != null
                ? "read" : "gave up");
        assertSameReading(json);
    }

    @Property(tries = 1)
    void aDecimalBeyondAnyNumberIsRefusedWhereverItIs() {
        String json = "{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"hi\", \"score\": 1e9999999999}]}";

        assertThat(WhisperXStreamReader.read(json, options())).isNull();
        assertSameReading(json);
    }

    private static ReadOptions options() {
        return new ReadOptions("w.json", List.of("Kate"), -1);
    }

    private static void assertSameReading(String json) {
        assertThat(reading(json, true)).isEqualTo(reading(json, false));
    }

    private static Object reading(String json, boolean streaming) {
        try {
            ReadResult r = streaming ? new WhisperXJsonFormat().read(json, options())
                    : WhisperXJsonFormat.readCarefully(json, options());
            return List.of(r.transcript(), r.warnings());
        } catch (FormatException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
