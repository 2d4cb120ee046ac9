package org.turnscript.convert;

import java.util.List;
import org.turnscript.formats.Formats;
import org.turnscript.formats.json.NativeJsonFormat;
import org.turnscript.formats.json.PodcastJsonFormat;
import org.turnscript.formats.srt.SrtFormat;
import org.turnscript.formats.text.CaptionTextFormat;
import org.turnscript.formats.text.MarkdownFormat;
import org.turnscript.formats.text.PlainTextFormat;
import org.turnscript.formats.vtt.WebVttFormat;

/** The formats Turnscript ships with, in the order used to break ties (first writer wins for ".json" and ".txt"). */
public final class StandardFormats {

    private StandardFormats() {
    }

    public static Formats registry() {
        return new Formats(List.of(
                new NativeJsonFormat(),
                new PodcastJsonFormat(),
                new SrtFormat(),
                new WebVttFormat(),
                new PlainTextFormat(),
                new MarkdownFormat(),
                new CaptionTextFormat()));
    }
}
