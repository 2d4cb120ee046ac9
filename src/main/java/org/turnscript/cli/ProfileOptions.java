package org.turnscript.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.turnscript.subtitles.ProfileException;
import org.turnscript.subtitles.ProfileFile;
import org.turnscript.subtitles.SubtitleProfile;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The subtitle rule profile, by name or from a properties file; shared by convert and lint. */
final class ProfileOptions {

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "netflix",
            description = "Subtitle rule profile: netflix, bbc, web (default: ${DEFAULT-VALUE}).")
    String profileName;

    @Option(names = "--profile-file", paramLabel = "FILE",
            description = "Custom rule profile (properties file; see docs/subtitles.md).")
    Path profileFile;

    /**
     * The chosen profile; a bad name is a usage error (exit 2), a bad file is bad input ({@code FILE:LINE: what},
     * exit 1). Both are {@link ProfileException}s.
     */
    SubtitleProfile profile(CommandLine commandLine) throws ProfileException {
        if (profileFile == null) {
            return ProfileFile.byId(profileName, "--profile");
        }
        String name = profileFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String text;
        try {
            text = Files.readString(profileFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProfileException(profileFile.toString(), 0, "cannot read the profile: " + e.getMessage());
        }
        return ProfileFile.read(text, profileFile.toString(), name);
    }
}
