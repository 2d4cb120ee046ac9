package org.turnscript.convert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.turnscript.formats.cues.CueFormat;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.Formats;
import org.turnscript.formats.TextChecks;
import org.turnscript.formats.TextDecoder;
import org.turnscript.formats.TranscriptFormat;
import org.turnscript.formats.cues.CueSink;
import org.turnscript.formats.cues.CueSource;
import org.turnscript.formats.cues.LineSource;
import org.turnscript.formats.cues.ReadCue;

/**
 * Subtitle in, subtitle out, keeping the source cues: each cue is read and written in turn, never held with the
 * others and never made into a transcript, so a file of any length converts in a few megabytes. Decoding follows
 * {@link TextDecoder}: the charset is chosen from the head of the file, and a file taken for UTF-8 that proves
 * not to be is read again as Windows-1252.
 */
final class CueConversion {

    /** Bytes read for choosing the charset and the format. */
    private static final int HEAD_BYTES = 1 << 16;
    /** Enough of a file for every reader to recognise its own format (as {@code ConversionService} sniffs). */
    private static final int SNIFF_CHARS = 8192;

    /** Where the bytes come from; opened again when a first reading guessed the charset wrong. */
    interface Input {
        InputStream open() throws IOException;
    }

    private CueConversion() {
    }

    static Input of(Path file) {
        return () -> Files.newInputStream(file);
    }

    static Input of(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    /**
     * The reader and the charset for an input in a cue format whose cues are what a person reads; empty for any
     * other input.
     */
    static Optional<Plan> plan(Input input, String sourceName, Formats formats, ImportSettings settings)
            throws IOException, FormatException {
        byte[] head;
        try (InputStream in = input.open()) {
            head = in.readNBytes(HEAD_BYTES);
        }
        TextDecoder.Choice choice = TextDecoder.choose(head, settings.encoding());
        String text = headText(head, choice);
        TranscriptFormat reader = settings.formatId() != null ? formats.byId(settings.formatId()).orElse(null)
                : text.stripLeading().startsWith("{") ? null : formats.detect(sourceName, text).orElse(null);
        if (reader instanceof CueFormat cues && cues.keepsCues(text)) {
            TextChecks.requireText(text, sourceName);
            return Optional.of(new Plan(reader, choice, settings.limits()));
        }
        return Optional.empty();
    }

    /** A reader and a charset for a cue conversion. */
    record Plan(TranscriptFormat reader, TextDecoder.Choice charset, InputLimits limits) {
    }

    private static String headText(byte[] head, TextDecoder.Choice choice) {
        int skip = Math.min(choice.skip(), head.length);
        // Decoding the head may cut a character in two at its end; replacing it there does no harm to sniffing.
        String text = new String(head, skip, head.length - skip, choice.charset());
        return text.length() <= SNIFF_CHARS ? text : text.substring(0, SNIFF_CHARS);
    }

    /** Converts, writing the target's bytes (UTF-8) to what {@code output} gives. */
    static ConvertedCues run(Plan plan, Input input, String sourceName, CueFormat target, Output output)
            throws IOException, FormatException {
        try {
            return once(plan, plan.charset(), input, sourceName, target, output);
        } catch (CharacterCodingException notUtf8) {
            // Not valid UTF-8 after all: most such caption files in the wild come from Windows tools in Western
            // Europe, and TextDecoder reads them as Windows-1252.
            ConvertedCues again = once(plan, TextDecoder.Choice.lastResort(), input, sourceName, target, output);
            List<String> warnings = new ArrayList<>(again.warnings());
            warnings.add(0, ConversionService.WINDOWS_1252_WARNING);
            return new ConvertedCues(again.formatId(), again.encoding(), again.cues(), warnings);
        }
    }

    /**
     * Passes every cue of the input to {@code each}, in file order, holding none of them: one pass of a summary
     * that reads the file twice rather than keep it.
     *
     * @throws CharacterCodingException when the bytes are not in {@code choice}'s charset after all
     */
    static void eachCue(Plan plan, TextDecoder.Choice choice, Input input, String sourceName, List<String> warnings,
                        Consumer<ReadCue> each) throws IOException, FormatException {
        int count = 0;
        try (InputStream in = input.open()) {
            in.skipNBytes(choice.skip());
            CueSource source = ((CueFormat) plan.reader()).openCues(lines(in, choice, plan.limits()), sourceName,
                    warnings);
            for (ReadCue cue = source.next(); cue != null; cue = source.next()) {
                each.accept(cue);
                count++;
            }
        } catch (LineSource.RefusedLine e) {
            throw new FormatException(sourceName, e.line(), e.problem());
        }
        if (count == 0) {
            throw new FormatException(sourceName, 1, ConversionService.NO_CUE);
        }
    }

    /**
     * UTF-8 is split into lines before it is decoded, which for ASCII lines is a copy; other charsets decode first.
     * A line over the limit is refused as soon as it passes it, so a gigabyte on one line costs a few megabytes.
     */
    private static LineSource lines(InputStream in, TextDecoder.Choice choice, InputLimits limits) {
        LineSource lines = StandardCharsets.UTF_8.equals(choice.charset()) ? LineSource.utf8(in, choice.strict())
                : LineSource.of(new InputStreamReader(in, TextDecoder.decoder(choice)));
        return lines.limitLines(limits.maxLineChars(), InputLimits.MAX_LINE_OPTION);
    }

    private static void requireText(LineLimitWriter written, String sourceName) throws FormatException {
        try {
            TextChecks.requireText(written.textSeen(), sourceName);
        } catch (FormatException e) {
            throw new FormatException(sourceName, 0, "the converted file could not be read back, so nothing was "
                    + "written: " + e.problem());
        }
    }

    /** Where the output goes: each attempt gets a fresh stream, so a failed one leaves nothing behind. */
    interface Output {
        void write(AtomicFiles.Content<FormatException> content) throws IOException, FormatException;
    }

    private static ConvertedCues once(Plan plan, TextDecoder.Choice choice, Input input,
                               String sourceName, CueFormat target, Output output)
            throws IOException, FormatException {
        TranscriptFormat readerFormat = plan.reader();
        List<String> warnings = new ArrayList<>();
        int[] count = {0};
        output.write(out -> {
            try (InputStream in = input.open()) {
                in.skipNBytes(choice.skip());
                CueSource opened = ((CueFormat) readerFormat).openCues(lines(in, choice, plan.limits()), sourceName,
                        warnings);
                try (ReadAhead source = ReadAhead.of(opened)) {
                    convert(source, target, out, sourceName, count);
                }
            } catch (LineSource.RefusedLine e) {
                throw new FormatException(sourceName, e.line(), e.problem());
            } catch (LineLimitWriter.TooLong e) {
                throw new FormatException(sourceName, 0, "the converted file would have a line of more than "
                        + e.limit() + " characters, which Turnscript could not read back; nothing was written");
            }
        });
        // The reader's warnings are complete: the reading thread has ended before the source was closed.
        return new ConvertedCues(readerFormat.id(), choice.charset().name(), count[0], warnings);
    }

    /** Writes every cue of {@code source} to {@code out} in the target format, counting them in {@code count}. */
    private static void convert(CueSource source, CueFormat target, OutputStream out, String sourceName,
                                int[] count) throws IOException, FormatException {
        // Escaping can lengthen a line ("&" is "&amp;" in WebVTT): a line the reader would refuse is not written.
        LineLimitWriter writer = new LineLimitWriter(out, InputLimits.DEFAULTS.maxLineChars());
        CueSink sink = target.cueSink(writer);
        for (ReadCue cue = source.next(); cue != null; cue = source.next()) {
            sink.write(cue);
            count[0]++;
        }
        if (count[0] == 0) { // nothing would be written: an empty file no reader takes
            throw new FormatException(sourceName, 1, ConversionService.NO_CUE);
        }
        sink.finish();
        writer.flush();
        // Cue text with stray control characters can leave more control than text once the tags are
        // gone (a fuzzed "<p><p>…" cue around DC4 bytes): a file the reader takes for binary is not written.
        requireText(writer, sourceName);
    }
}
