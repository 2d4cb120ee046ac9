package org.turnscript.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version and the commit this build was made from, read from {@code build.properties}, which the build writes
 * from the pom's version and {@code git rev-parse} (the commit is "unknown" when the source had no git history).
 *
 * @param version the pom's version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit  the short commit hash, or "unknown"
 */
public record BuildInfo(String version, String commit) {

    static final String RESOURCE = "/org/turnscript/build.properties";

    /** This build's, or a "development build" when run from classes that no build step has stamped. */
    public static BuildInfo current() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new BuildInfo("development build", "unknown");
            }
            Properties p = new Properties();
            p.load(in);
            return new BuildInfo(p.getProperty("version", "development build").strip(),
                    p.getProperty("commit", "unknown").strip());
        } catch (IOException e) {
            return new BuildInfo("development build", "unknown");
        }
    }

    /** One line, the same everywhere it is shown: {@code Turnscript 0.1.0-SNAPSHOT (commit 1a2b3c4d5e)}. */
    public String describe() {
        return "Turnscript " + version + " (commit " + commit + ")";
    }
}
