package org.turnscript.fuzz;

import java.util.List;
import java.util.Locale;

/** A group of formats fuzzed together: its fixtures seed it, and its inputs carry its file extensions. */
public enum Family {
    SRT("srt"),
    VTT("vtt"),
    SBV("sbv"),
    JSON("json", "json3"),
    XML("srv3", "xml"),
    TEXT("txt", ""),
    /** Inputs of any family given one line hundreds of thousands of characters long. */
    LONG_LINES("srt", "vtt", "txt", "json", "sbv"),
    /**
     * Real JSON documents (projects, WhisperX, DPE, Podcasting 2.0, json3) edited as trees, so that most inputs
     * still parse and reach the format readers: numbers, strings, types, keys and nesting changed.
     */
    JSON_TREE("json", "json3");

    private final List<String> extensions;

    Family(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The extensions inputs of this family are named with ("" = no extension). */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * The family whose fixtures a file belongs to, or null. JSON_TREE takes its seeds from the JSON family (see
     * {@link FuzzSeeds}).
     */
    static Family ofFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Family f : List.of(SRT, VTT, SBV, JSON, XML)) {
            for (String ext : f.extensions) {
                if (lower.endsWith("." + ext)) {
                    return f;
                }
            }
        }
        return lower.endsWith(".txt") ? TEXT : null;
    }
}
