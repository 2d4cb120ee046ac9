package org.turnscript.subtitles;

import java.util.List;
import java.util.Optional;

/**
 * Reads a profile file for a person: {@link SubtitleProfiles#fromProperties} does the reading, and a problem it
 * finds is reported on the line of the key it is about, so "max-cps must be a number" points at that line.
 */
public final class ProfileFile {

    private ProfileFile() {
    }

    /**
     * @param text       the file's text
     * @param source     its name, for messages
     * @param fallbackId the profile's id when the file sets none
     */
    public static SubtitleProfile read(String text, String source, String fallbackId) throws ProfileException {
        try {
            return SubtitleProfiles.fromProperties(text, fallbackId);
        } catch (IllegalArgumentException e) {
            // fromProperties says what is wrong in words and names the key first; the line is found here.
            String message = e.getMessage() == null ? "malformed profile file" : e.getMessage();
            throw new ProfileException(source, lineOfKeyIn(text, message), message);
        }
    }

    /** The profile called {@code id}; the option that named it is the source of the message. */
    public static SubtitleProfile byId(String id, String option) throws ProfileException {
        Optional<SubtitleProfile> found = SubtitleProfiles.find(id);
        if (found.isEmpty()) {
            throw new ProfileException(option, 0, "unknown subtitle profile '" + id + "' (" + String.join(", ",
                    SubtitleProfiles.all().stream().map(SubtitleProfile::id).toList()) + ")");
        }
        return found.get();
    }

    /** The line of the first key a message names (the key it is about), or 0. */
    static int lineOfKeyIn(String text, String message) {
        List<String> lines = text.lines().toList();
        for (String key : SubtitleProfiles.KEYS.stream().filter(k -> mentions(message, k)).toList()) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).stripLeading();
                if (line.startsWith(key) && line.substring(key.length()).stripLeading().matches("[=:].*")) {
                    return i + 1;
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) { // an unknown key: the first line whose key is not known
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String key = line.split("[\\s=:]", 2)[0];
            if (!SubtitleProfiles.KEYS.contains(key) && message.contains(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean mentions(String message, String key) {
        return message.startsWith(key + " ") || message.contains("'" + key + "'");
    }
}
