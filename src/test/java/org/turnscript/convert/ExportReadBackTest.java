package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;

/** Inputs the fuzz run found whose exports Turnscript wrote and then could not read back. */
class ExportReadBackTest {

    private static final ConversionService SERVICE = ConversionService.standard();

    private static LoadedDocument read(String text, String name) throws FormatException {
        return SERVICE.read(text.getBytes(StandardCharsets.UTF_8), name, ImportSettings.DEFAULTS);
    }

    /** Crosstalk: a dialogue cue's second speaker starts after the next, overlapping cue does. */
    @Test
    void aProjectFromOverlappingDialogueCuesReadsBack() throws Exception {
        LoadedDocument doc = read("""
                WEBVTT

                00:00:05.000 --> 00:00:09.000
                - It will perforate your stomach.
                - You could die.

                00:00:07.000 --> 00:00:11.890
                Caption text two
                """, "crosstalk.vtt");
        List<Segment> segments = doc.transcript().segments();
        // The dialogue cue's second part is cut back to where the next cue begins (SegmentOverlaps): the parts
        // keep the order they are read in, and no segment starts before the one above it ends.
        assertThat(segments).extracting(Segment::body).containsExactly("It will perforate your stomach.",
                "You could die.", "Caption text two");
        assertThat(segments.get(1).end()).isLessThanOrEqualTo(segments.get(2).start());
        assertThat(segments).extracting(Segment::id).containsExactly("s1", "s2", "s3");
        byte[] project = SERVICE.checkedExportBytes(doc.transcript(), "json", ExportOptions.DEFAULTS, "out.json");
        Transcript back = SERVICE.read(project, "out.json", ImportSettings.DEFAULTS).transcript();
        assertThat(back.segments()).extracting(Segment::body).isEqualTo(segments.stream().map(Segment::body).toList());
    }

    /** Control characters in cue text, few in the file, most of what the plain-text export holds. */
    @Test
    void aTextExportThatWouldReadAsBinaryIsRefusedAtWriteTime() throws Exception {
        String cue = "<v Kate>".repeat(200) + "a\u0001\u0002\u0003\u001b\u0004\u0005\u0006b";
        LoadedDocument doc = read("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n" + cue + "\n", "controls.vtt");
        assertThatThrownBy(() -> SERVICE.checkedExportBytes(doc.transcript(), "txt", ExportOptions.DEFAULTS,
                "out.txt")).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("out.txt:").hasMessageContaining("could not be read back")
                .hasMessageContaining("control characters");
    }
}
