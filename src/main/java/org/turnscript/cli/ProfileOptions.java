package org.turnscript.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.turnscript.subtitles.ProfileException;
import org.turnscript.subtitles.ProfileFile;
import org.turnscript.subtitles.SubtitleProfile;
import picocli.CommandLine.Model.CommandSpec;

/** The subtitle rule profile, by name or from a properties file; shared by convert and lint. */
final class ProfileOptions {

    private ProfileOptions() {
    }

    /** Adds the options to a command. */
    static void addTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.option(String.class, "NAME", "--profile").defaultValue("netflix")
                .description("Subtitle rule profile: netflix, bbc, web (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(CommandSpecs.option(Path.class, "FILE", "--profile-file")
                .description("Custom rule profile (properties file; see docs/subtitles.md).").build());
    }

    /**
     * The chosen profile; a bad name is a usage error (exit 2), a bad file is bad input ({@code FILE:LINE: what},
     * exit 1). Both are {@link ProfileException}s.
     */
    static SubtitleProfile profile(CommandSpec spec) throws ProfileException {
        Path profileFile = CommandSpecs.value(spec, "--profile-file");
        if (profileFile == null) {
            return ProfileFile.byId(CommandSpecs.value(spec, "--profile"), "--profile");
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
