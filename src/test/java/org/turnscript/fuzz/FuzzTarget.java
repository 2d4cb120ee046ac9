package org.turnscript.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ConvertedCues;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.cues.RawCues;
import org.turnscript.model.TurnscriptException;
import org.turnscript.subtitles.SubtitleLint;
import org.turnscript.subtitles.SubtitleProfiles;

/**
 * Runs one input through every path a command takes and says how it ended. Reading, exporting to each format,
 * converting cue to cue, checking and summarising may each end in a document or in a {@link TurnscriptException};
 * any other exception or error is an <em>escape</em>. An export Turnscript wrote and then cannot read back is
 * <em>unreadable</em>.
 */
public final class FuzzTarget {

    /** How one input ended: its worst outcome over every path. */
    public enum Kind { ACCEPTED, REFUSED, UNREADABLE_EXPORT, ESCAPE }

    /**
     * @param kind   the worst outcome
     * @param detail for an escape, the exception and where it was thrown; for an unreadable export, the format and
     *               the reader's message
     * @param nanos  the time the slowest path took: what a user waits for one command
     */
    public record Outcome(Kind kind, String detail, long nanos) {
    }

    private static final List<String> EXPORTS = List.of("srt", "vtt", "json", "podcast-json", "txt");
    private static final List<String> EXTENSIONS = List.of("srt", "vtt", "json", "json", "txt");

    private final ConversionService service = ConversionService.standard();

    public Outcome run(byte[] input, String name) {
        Kind worst = Kind.REFUSED;
        String detail = "";
        long slowest = 0;
        long start = System.nanoTime();
        try {
            LoadedDocument doc = null;
            try {
                doc = service.read(input, name, ImportSettings.DEFAULTS);
                worst = Kind.ACCEPTED;
            } catch (TurnscriptException refused) {
                requireWords(refused, name);
            }
            if (doc != null) {
                for (int i = 0; i < EXPORTS.size(); i++) {
                    // convert INPUT -o OUT: the read, then one export
                    long exportStart = System.nanoTime();
                    String problem = exportAndReadBack(doc, EXPORTS.get(i), EXTENSIONS.get(i));
                    slowest = Math.max(slowest, exportStart - start + System.nanoTime() - exportStart);
                    if (problem != null) {
                        worst = Kind.UNREADABLE_EXPORT;
                        detail = problem;
                    }
                }
            }
            slowest = Math.max(slowest, System.nanoTime() - start);
            for (String target : List.of("srt", "vtt")) {
                long t = System.nanoTime();
                String problem = keepCuesAndReadBack(input, name, target);
                slowest = Math.max(slowest, System.nanoTime() - t);
                if (problem != null) {
                    worst = Kind.UNREADABLE_EXPORT;
                    detail = problem;
                }
            }
            long t = System.nanoTime();
            try {
                RawCues cues = service.readCues(input, name, ImportSettings.DEFAULTS, SubtitleProfiles.NETFLIX);
                SubtitleLint.check(cues.cues(), SubtitleProfiles.NETFLIX);
            } catch (TurnscriptException refused) {
                requireWords(refused, name);
            }
            slowest = Math.max(slowest, System.nanoTime() - t);
            t = System.nanoTime();
            try {
                service.summarize(input, name, ImportSettings.DEFAULTS);
            } catch (TurnscriptException refused) {
                requireWords(refused, name);
            }
            slowest = Math.max(slowest, System.nanoTime() - t);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(Kind.ESCAPE, describe(e), System.nanoTime() - start);
        }
        return new Outcome(worst, detail, slowest);
    }

    /**
     * A refusal must read as one: the file first, one line, no Java class name. One that does not is counted with
     * the escapes, since a user sees it the same way.
     */
    private static void requireWords(TurnscriptException e, String name) {
        String m = e.getMessage();
        if (!m.startsWith(name + ":") || m.contains("\n") || m.contains("java.") || m.contains("Exception")
                || m.length() > 600) {
            throw new IllegalStateException("a refusal not in words: " + m);
        }
    }

    /** Null when the export is refused in words or reads back; else what is wrong. */
    private String exportAndReadBack(LoadedDocument doc, String format, String extension) throws Exception {
        byte[] out;
        try {
            out = service.checkedExportBytes(doc.transcript(), format, ExportOptions.DEFAULTS, "out." + extension);
        } catch (FormatException refusedAtWriteTime) {
            return null;
        }
        try {
            service.read(out, "out." + extension, ImportSettings.DEFAULTS);
            return null;
        } catch (FormatException e) {
            return format + " export unreadable: " + e.getMessage();
        }
    }

    private String keepCuesAndReadBack(byte[] input, String name, String target) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Optional<ConvertedCues> kept;
        try {
            kept = service.convertCues(input, name, ImportSettings.DEFAULTS, target, out);
        } catch (TurnscriptException refused) {
            requireWords(refused, name);
            return null;
        }
        if (kept.isEmpty()) {
            return null;
        }
        try {
            service.read(out.toByteArray(), "out." + target, ImportSettings.DEFAULTS);
            return null;
        } catch (FormatException e) {
            return target + " (cues kept) unreadable: " + e.getMessage();
        }
    }

    /** The exception and the first frame of Turnscript's own code it came through. */
    static String describe(Throwable e) {
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.turnscript") && !frame.getClassName().contains(".fuzz.")) {
                where = " at " + frame.getClassName().replace("org.turnscript.", "") + "." + frame.getMethodName()
                        + ":" + frame.getLineNumber();
                break;
            }
        }
        String message = String.valueOf(e.getMessage());
        return e.getClass().getName() + where + " (" + (message.length() > 120 ? message.substring(0, 120) + "…"
                : message) + ")";
    }
}
