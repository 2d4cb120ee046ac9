package org.turnscript.formats.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled sample: a caption-statistics page around the captions of a 44 min 30 s podcast. */
final class SampleFixture {

    static final String NAME = "mixture-of-experts-2024-05-31.txt";

    private SampleFixture() {
    }

    static String pageText() {
        try (InputStream in = SampleFixture.class.getResourceAsStream(NAME)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + NAME);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caption line of the page: line 9, after the "Captions" heading. */
    static String captionLine() {
        return pageText().split("\n", -1)[8];
    }
}
