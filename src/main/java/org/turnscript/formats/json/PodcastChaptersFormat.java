package org.turnscript.formats.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.chapters.ChapterTimes;
import org.turnscript.model.Transcript;

/**
 * Podcasting 2.0 chapters ({@code {"version":"1.2.0","chapters":[{"startTime":0,"title":"Intro"},…]}}), the file a
 * feed's {@code <podcast:chapters>} points to: chapters sorted by {@code startTime} in seconds (shortest exact form,
 * as in the transcript JSON), {@code img} and {@code url} only when set, no other keys. Written only.
 */
public final class PodcastChaptersFormat extends AbstractFormat {

    public static final String ID = "chapters-json";
    static final String VERSION = "1.2.0";

    public PodcastChaptersFormat() {
        super(ID, "Podcasting 2.0 chapters (JSON)", Direction.WRITE_ONLY, "chapters.json");
    }

    @Override
    public boolean sniffsWholeJson() {
        return true;
    }

    @Override
    public int sniff(String head) {
        return 0;
    }

    @Override
    public String write(Transcript transcript, ExportOptions options) {
        List<ChapterJson> chapters = ChapterTimes.of(transcript).stream()
                .map(c -> new ChapterJson(Seconds.fromMillis(c.startMs()), c.title(), c.image(), c.url()))
                .toList();
        return JsonText.write(new Document(VERSION, chapters));
    }

    @JsonPropertyOrder({"version", "chapters"})
    record Document(String version, List<ChapterJson> chapters) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"startTime", "title", "img", "url"})
    record ChapterJson(BigDecimal startTime, String title, String img, String url) {
    }
}
