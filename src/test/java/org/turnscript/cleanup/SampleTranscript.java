package org.turnscript.cleanup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Transcript;

/** The bundled sample page (shipped in the jar), read the way the application reads it. */
final class SampleTranscript {

    static final String RESOURCE = "/org/turnscript/samples/mixture-of-experts-2024-05-31.txt";

    private static Transcript transcript;

    private SampleTranscript() {
    }

    static byte[] bytes() {
        try (InputStream in = SampleTranscript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caption line of the page: line 9, after the "Captions" heading. */
    static String captionLine() {
        return new String(bytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1)[8];
    }

    /** How often a word stands alone in the captions, ignoring case. */
    static long countInCaptions(String word) {
        return Arrays.stream(captionLine().split("\\s+")).filter(t -> t.toLowerCase(Locale.ROOT).equals(word))
                .count();
    }

    static synchronized Transcript transcript() {
        if (transcript == null) {
            try {
                transcript = ConversionService.standard().read(bytes(), "sample.txt", ImportSettings.DEFAULTS)
                        .transcript();
            } catch (FormatException e) {
                throw new IllegalStateException(e);
            }
        }
        return transcript;
    }
}
