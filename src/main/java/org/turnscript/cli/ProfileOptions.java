package org.turnscript.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.turnscript.formats.FormatException;
import org.turnscript.subtitles.SubtitleProfile;
import org.turnscript.subtitles.SubtitleProfiles;
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

    /** The chosen profile; a bad name is a usage error, a bad file is bad input ({@code FILE:LINE: what}). */
    SubtitleProfile profile(CommandLine commandLine) throws FormatException {
        try {
            if (profileFile != null) {
                String name = profileFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                return SubtitleProfiles.fromProperties(Files.readString(profileFile, StandardCharsets.UTF_8), name);
            }
            return SubtitleProfiles.byId(profileName);
        } catch (IOException e) {
            throw new FormatException(profileFile.toString(), 0, "cannot read the profile: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            if (profileFile != null) {
                throw new FormatException(profileFile.toString(), 0, e.getMessage());
            }
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }
}
