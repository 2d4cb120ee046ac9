package org.turnscript.about;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The third-party notices the jar carries: the NOTICE file (libraries, the bundled sample, test fixtures and their
 * licences) and the SOURCES.md of each test-fixture folder (where each fixture was taken from, exactly).
 */
public final class Notices {

    static final String FOLDER = "/org/turnscript/about/";
    /** The build copies every fixture folder's SOURCES.md under here and lists their paths, one a line, in INDEX. */
    static final String FIXTURES = FOLDER + "fixtures/";

    private Notices() {
    }

    /** The NOTICE file as shipped, or a line that says it is missing from this build. */
    public static String notice() {
        return read(FOLDER + "NOTICE").orElse("(NOTICE is not part of this build; see the source repository.)");
    }

    /** Each fixture folder's sources, headed by the folder's name. */
    public static List<Section> fixtureSources() {
        List<Section> all = new ArrayList<>();
        for (String path : read(FIXTURES + "INDEX").orElse("").split("\\R")) {
            String file = path.strip().replace('\\', '/'); // the index is written on Windows too
            if (file.isEmpty()) {
                continue;
            }
            String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : file;
            String title = "Fixtures: " + folder.replaceFirst("^org/turnscript/", "");
            read(FIXTURES + file).ifPresent(text -> all.add(new Section(title, text)));
        }
        return all;
    }

    /** A titled block of text. */
    public record Section(String title, String text) {
    }

    private static java.util.Optional<String> read(String resource) {
        try (InputStream in = Notices.class.getResourceAsStream(resource)) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
