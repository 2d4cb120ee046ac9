package org.turnscript.convert;

import java.util.List;
import org.turnscript.formats.Formats;
import org.turnscript.formats.chapters.VttChaptersFormat;
import org.turnscript.formats.chapters.YouTubeChaptersFormat;
import org.turnscript.formats.json.DpeJsonFormat;
import org.turnscript.formats.json.NativeJsonFormat;
import org.turnscript.formats.json.PodcastChaptersFormat;
import org.turnscript.formats.json.PodcastJsonFormat;
import org.turnscript.formats.json.WhisperXJsonFormat;
import org.turnscript.formats.json.YouTubeJson3Format;
import org.turnscript.formats.sbv.SbvFormat;
import org.turnscript.formats.srt.SrtFormat;
import org.turnscript.formats.text.CaptionTextFormat;
import org.turnscript.formats.text.MarkdownFormat;
import org.turnscript.formats.text.PlainTextFormat;
import org.turnscript.formats.vtt.WebVttFormat;
import org.turnscript.formats.youtube.Srv1Format;
import org.turnscript.formats.youtube.Srv3Format;

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
                new CaptionTextFormat(),
                new YouTubeJson3Format(),
                new WhisperXJsonFormat(),
                new DpeJsonFormat(),
                new SbvFormat(),
                new Srv3Format(),
                new Srv1Format(),
                new PodcastChaptersFormat(),
                new YouTubeChaptersFormat(),
                new VttChaptersFormat()));
    }
}
