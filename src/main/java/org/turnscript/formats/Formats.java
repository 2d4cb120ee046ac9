package org.turnscript.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of formats: look one up by id or file name, or detect which one a file is. Detection asks every
 * reader to {@link TranscriptFormat#sniff sniff} the head of the text and breaks ties by the file's extension.
 */
public final class Formats {

    private final List<TranscriptFormat> formats;

    public Formats(List<TranscriptFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public List<TranscriptFormat> all() {
        return formats;
    }

    public List<TranscriptFormat> readers() {
        return formats.stream().filter(TranscriptFormat::canRead).toList();
    }

    public List<TranscriptFormat> writers() {
        return formats.stream().filter(TranscriptFormat::canWrite).toList();
    }

    public Optional<TranscriptFormat> byId(String id) {
        return formats.stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The writer a file name asks for, by its longest matching extension ({@code a.turnscript.json} before {@code a.json}). */
    public Optional<TranscriptFormat> writerForFileName(String fileName) {
        return byExtension(fileName, writers());
    }

    /**
     * Detects the format of a file from the head of its decoded text; the file name's extension breaks ties
     * and is the fallback when no reader recognises the content.
     */
    public Optional<TranscriptFormat> detect(String fileName, String head) {
        return detect(fileName, head, head);
    }

    /**
     * As {@link #detect(String, String)}, where the formats that {@linkplain TranscriptFormat#sniffsWholeJson sniff
     * JSON whole} are given {@code whole} and the others {@code head}.
     */
    public Optional<TranscriptFormat> detect(String fileName, String head, String whole) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        TranscriptFormat best = null;
        int bestScore = 0;
        for (TranscriptFormat f : readers()) {
            // Every JSON format Turnscript reads is one object: a text that opens otherwise is none of them, whatever
            // keys it quotes (a plain-text export "[~00:00:10] …" of cues holding WhisperX lines read as WhisperX).
            // Likewise an XML format opens with a tag: a plain-text export of cues holding "<transcript> <text start="
            // lines read back as srv1 and failed in its prolog.
            boolean cannotBe = f.sniffsWholeJson() && !opensWith(head, '{') || f.isXml() && !opensWith(head, '<');
            int sniffed = cannotBe ? 0
                    : f.sniff(f.sniffsWholeJson() ? whole : head); // once: some sniffers read a JSON file whole
            int score = sniffed * 10 + (matchesExtension(lower, f) ? 5 : 0);
            if (sniffed > 0 && score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best != null ? Optional.of(best) : byExtension(lower, readers());
    }

    /** Whether the first character past a byte-order mark and white space is {@code opening}. */
    private static boolean opensWith(String text, char opening) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return c == opening;
            }
        }
        return false;
    }

    private static Optional<TranscriptFormat> byExtension(String fileName, List<TranscriptFormat> candidates) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<TranscriptFormat> sorted = new ArrayList<>(candidates);
        // Longest extension wins, then registry order: "x.turnscript.json" is a project, "x.json" the first json writer.
        sorted.sort(Comparator.comparingInt((TranscriptFormat f) -> -longestMatch(lower, f)));
        return sorted.stream().filter(f -> longestMatch(lower, f) > 0).findFirst();
    }

    private static boolean matchesExtension(String lowerName, TranscriptFormat f) {
        return longestMatch(lowerName, f) > 0;
    }

    private static int longestMatch(String lowerName, TranscriptFormat f) {
        int best = 0;
        for (String ext : f.extensions()) {
            if (lowerName.endsWith("." + ext)) {
                best = Math.max(best, ext.length());
            }
        }
        return best;
    }
}
