package org.turnscript.subtitles;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The built-in profiles and custom ones from a properties file. The numbers and their sources are listed in
 * {@code docs/subtitles.md}; {@link #DEFAULT} is Netflix English.
 */
public final class SubtitleProfiles {

    /** Netflix English Timed Text Style Guide. */
    public static final SubtitleProfile NETFLIX = SubtitleProfile.NETFLIX;

    /**
     * BBC subtitle guidelines: about 37 characters (68 % of a 16:9 line), 2 lines, 160–180 words per minute.
     * 180 wpm is 15 cps at the 5.1 characters per word (space included) that Netflix's English template uses to
     * equate 200 wpm with 17 cps. The guidelines give no duration limits: 1 s minimum (Subtitle Edit's floor for
     * short lines) and Netflix's 7 s maximum; 2 frames at 25 fps, the UK frame rate.
     */
    public static final SubtitleProfile BBC =
            new SubtitleProfile("bbc", 37, 2, 15, 1000, 7000, 2, 25, SoundCues.BRACKETED, false);

    /**
     * Web players and podcast apps (Podcasting 2.0 SRT: 2 lines of 32 characters, a new cue on every speaker
     * change), which also suits phone screens and YouTube; 20 cps, 1 s to 7 s, 2 frames at 30 fps.
     */
    public static final SubtitleProfile WEB =
            new SubtitleProfile("web", 32, 2, 20, 1000, 7000, 2, 30, SoundCues.BRACKETED, false);

    public static final SubtitleProfile DEFAULT = NETFLIX;

    /** The keys a profile file may set; each is optional and overrides the base profile. */
    public static final List<String> KEYS = List.of("id", "base", "max-chars-per-line", "max-lines", "max-cps",
            "min-duration-ms", "max-duration-ms", "min-gap-frames", "frame-rate", "sound-cues", "two-speaker-cues",
            "strict-timing");

    private SubtitleProfiles() {
    }

    public static List<SubtitleProfile> all() {
        return List.of(NETFLIX, BBC, WEB);
    }

    /** {@code netflix}, {@code bbc} or {@code web}, in any case. */
    public static Optional<SubtitleProfile> find(String id) {
        return all().stream().filter(p -> p.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    /** @throws IllegalArgumentException naming the known profiles when there is none called {@code id} */
    public static SubtitleProfile byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown subtitle profile '" + id
                + "' (" + String.join(", ", all().stream().map(SubtitleProfile::id).toList()) + ")"));
    }

    /**
     * A profile from the text of a properties file such as
     * <pre>
     * base = netflix
     * max-chars-per-line = 32
     * max-cps = 17
     * </pre>
     * Keys are listed in {@link #KEYS}; an unknown key is an error, so a typo never passes silently.
     *
     * @param fallbackId the id when the file sets none (e.g. the file's name)
     * @throws IllegalArgumentException for an unknown key, an unreadable number or inconsistent limits
     */
    public static SubtitleProfile fromProperties(String text, String fallbackId) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed profile file: " + e.getMessage(), e);
        }
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        KEYS.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown profile key " + String.join(", ", unknown)
                    + " (known: " + String.join(", ", KEYS) + ")");
        }
        SubtitleProfile base = byId(p.getProperty("base", DEFAULT.id()));
        return new SubtitleProfile(
                p.getProperty("id", fallbackId).strip(),
                intValue(p, "max-chars-per-line", base.maxCharsPerLine()),
                intValue(p, "max-lines", base.maxLines()),
                doubleValue(p, "max-cps", base.maxCharsPerSecond()),
                intValue(p, "min-duration-ms", (int) base.minDurationMs()),
                intValue(p, "max-duration-ms", (int) base.maxDurationMs()),
                intValue(p, "min-gap-frames", base.minGapFrames()),
                doubleValue(p, "frame-rate", base.frameRate()),
                p.containsKey("sound-cues") ? SoundCues.fromId(p.getProperty("sound-cues")) : base.soundCues(),
                booleanValue(p, "two-speaker-cues", base.twoSpeakerCues()),
                booleanValue(p, "strict-timing", base.strictTiming()));
    }

    private static int intValue(Properties p, String key, int fallback) {
        String v = p.getProperty(key);
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + v + "'");
        }
    }

    private static double doubleValue(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        try {
            return v == null ? fallback : Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + v + "'");
        }
    }

    private static boolean booleanValue(Properties p, String key, boolean fallback) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, not '" + v + "'");
        };
    }
}
