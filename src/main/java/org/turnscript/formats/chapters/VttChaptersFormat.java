package org.turnscript.formats.chapters;

import java.util.List;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Transcript;

/**
 * WebVTT chapters (a {@code <track kind="chapters">} for web players): a {@code WEBVTT} file with one cue per
 * chapter, numbered from 1, whose text is the title and which runs to the next chapter's start (the last one to the
 * end of the recording). Written only.
 */
public final class VttChaptersFormat extends AbstractFormat {

    public static final String ID = "vtt-chapters";

    public VttChaptersFormat() {
        super(ID, "WebVTT chapters", Direction.WRITE_ONLY, "chapters.vtt");
    }

    @Override
    public int sniff(String head) {
        return 0;
    }

    @Override
    public String write(Transcript transcript, ExportOptions options) {
        List<ChapterTimes.Span> chapters = ChapterTimes.of(transcript);
        StringBuilder out = new StringBuilder("WEBVTT\n");
        int n = 0;
        for (ChapterTimes.Span c : chapters) {
            // A cue must end after it starts; a last chapter on the very last word ends 1 ms later.
            long end = Math.max(c.endMs(), c.startMs() + 1);
            out.append('\n').append(++n).append('\n')
                    .append(timestamp(c.startMs())).append(" --> ").append(timestamp(end)).append('\n')
                    .append(escape(YouTubeChaptersFormat.oneLine(c.title()))).append('\n');
        }
        return out.toString();
    }

    /** {@code hh:mm:ss.ttt}, the form every WebVTT reader takes. */
    static String timestamp(long ms) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60,
                ms / 1000 % 60, ms % 1000);
    }

    /** Cue text: {@code &}, {@code <} and {@code >} as character references, so a title is never read as a tag. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
