package org.turnscript.fuzz;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
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
    private final LongSupplier clock;

    /** Times each path by the wall clock: what a user waits. */
    public FuzzTarget() {
        this(false);
    }

    /**
     * @param cpuClock time each path by the CPU time of the thread that runs it rather than the wall clock: on a
     *                 machine busy with other work the wall clock measures the others (collections and compiling
     *                 then count for nothing)
     */
    public FuzzTarget(boolean cpuClock) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        this.clock = cpuClock ? threads::getCurrentThreadCpuTime : System::nanoTime;
    }

    public Outcome run(byte[] input, String name) {
        Kind worst = Kind.REFUSED;
        String detail = "";
        long slowest = 0;
        long start = clock.getAsLong();
        try {
            LoadedDocument doc = null;
            try {
                doc = service.read(input, name, ImportSettings.DEFAULTS);
                worst = Kind.ACCEPTED;
            } catch (TurnscriptException refused) {
                requireWords(refused, name);
            }
            long read = clock.getAsLong() - start;
            slowest = read;
            if (doc != null) {
                for (int i = 0; i < EXPORTS.size(); i++) {
                    // convert INPUT -o OUT is the read and one export; opening OUT again is a path of its own
                    long[] times = new long[2];
                    String problem = exportAndReadBack(doc, EXPORTS.get(i), EXTENSIONS.get(i), times);
                    slowest = Math.max(slowest, Math.max(read + times[0], times[1]));
                    if (problem != null) {
                        worst = Kind.UNREADABLE_EXPORT;
                        detail = problem;
                    }
                }
            }
            for (String target : List.of("srt", "vtt")) {
                long[] times = new long[2];
                String problem = keepCuesAndReadBack(input, name, target, times);
                slowest = Math.max(slowest, Math.max(times[0], times[1]));
                if (problem != null) {
                    worst = Kind.UNREADABLE_EXPORT;
                    detail = problem;
                }
            }
            long t = clock.getAsLong();
            try {
                RawCues cues = service.readCues(input, name, ImportSettings.DEFAULTS, SubtitleProfiles.NETFLIX);
                SubtitleLint.check(cues.cues(), SubtitleProfiles.NETFLIX);
            } catch (TurnscriptException refused) {
                requireWords(refused, name);
            }
            slowest = Math.max(slowest, clock.getAsLong() - t);
            t = clock.getAsLong();
            try {
                service.summarize(input, name, ImportSettings.DEFAULTS);
            } catch (TurnscriptException refused) {
                requireWords(refused, name);
            }
            slowest = Math.max(slowest, clock.getAsLong() - t);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(Kind.ESCAPE, describe(e), clock.getAsLong() - start);
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

    /**
     * Null when the export is refused in words or reads back; else what is wrong. {@code times} gets the time of
     * the export and of the read back.
     */
    private String exportAndReadBack(LoadedDocument doc, String format, String extension, long[] times)
            throws Exception {
        long start = clock.getAsLong();
        byte[] out;
        try {
            out = service.checkedExportBytes(doc.transcript(), format, ExportOptions.DEFAULTS, "out." + extension);
        } catch (FormatException refusedAtWriteTime) {
            return null;
        } finally {
            times[0] = clock.getAsLong() - start;
        }
        start = clock.getAsLong();
        try {
            service.read(out, "out." + extension, ImportSettings.DEFAULTS);
            return null;
        } catch (FormatException e) {
            return format + " export unreadable: " + e.getMessage();
        } finally {
            times[1] = clock.getAsLong() - start;
        }
    }

    /** As {@link #exportAndReadBack}, for convert keeping the cues as they are. */
    private String keepCuesAndReadBack(byte[] input, String name, String target, long[] times) throws Exception {
        long start = clock.getAsLong();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Optional<ConvertedCues> kept;
        try {
            kept = service.convertCues(input, name, ImportSettings.DEFAULTS, target, out);
        } catch (TurnscriptException refused) {
            requireWords(refused, name);
            return null;
        } finally {
            times[0] = clock.getAsLong() - start;
        }
        if (kept.isEmpty()) {
            return null;
        }
        start = clock.getAsLong();
        try {
            service.read(out.toByteArray(), "out." + target, ImportSettings.DEFAULTS);
            return null;
        } catch (FormatException e) {
            return target + " (cues kept) unreadable: " + e.getMessage();
        } finally {
            times[1] = clock.getAsLong() - start;
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
