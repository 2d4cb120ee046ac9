package org.turnscript.formats.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A Podcasting 2.0 transcript as written: exactly the keys of the specification, in its order.
 * https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/examples/transcripts/transcripts.md
 */
@JsonPropertyOrder({"version", "segments"})
record PodcastJsonDocument(String version, List<SegmentJson> segments) {

    static final String VERSION = "1.0.0";

    /**
     * One exported segment. The specification has no value for "nobody speaks", so a segment without a
     * speaker has no {@code speaker} key at all.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"speaker", "startTime", "endTime", "body"})
    record SegmentJson(String speaker, BigDecimal startTime, BigDecimal endTime, String body) {
    }
}
