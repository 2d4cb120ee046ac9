package org.turnscript.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.turnscript.cleanup.CleanupPipeline;
import org.turnscript.cleanup.CleanupResult;
import org.turnscript.cleanup.Glossary;
import org.turnscript.cleanup.GlossaryException;
import org.turnscript.cleanup.GlossaryFile;
import org.turnscript.formats.cues.CueFormat;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.Formats;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.TextChecks;
import org.turnscript.formats.TextDecoder;
import org.turnscript.formats.text.CaptionTextFormat;
import org.turnscript.formats.TranscriptFormat;
import org.turnscript.formats.json.NativeJsonFormat;
import org.turnscript.formats.cues.CueSource;
import org.turnscript.formats.cues.CueTranscriptBuilder;
import org.turnscript.formats.cues.LineSource;
import org.turnscript.formats.cues.RawCues;
import org.turnscript.formats.cues.ReadCue;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.subtitles.CueLayout;
import org.turnscript.subtitles.SpeakerDisplay;
import org.turnscript.subtitles.SubtitleProfile;
import org.turnscript.timing.DurationEstimator;

/**
 * The one pipeline behind the command line and the window: decode → detect → read → time → clean → lay out →
 * write.
 * Both callers go through here, so the same settings give the same bytes.
 */
public final class ConversionService {

    /** The warning for a file read with the last-resort charset. */
    static final String WINDOWS_1252_WARNING = "line 1: not UTF-8 or UTF-16; read as Windows-1252. If letters look "
            + "wrong, name the encoding (--encoding GB2312, Big5, windows-1250, …)";

    /** A subtitle file without a single cue, refused alike by every command. */
    static final String NO_CUE = "no subtitle cue found: there is nothing to convert or check";

    /** Enough of a file for every reader to recognise its own format. */
    private static final int SNIFF_CHARS = 8192;

    private final Formats formats;

    public ConversionService(Formats formats) {
        this.formats = formats;
    }

    public static ConversionService standard() {
        return new ConversionService(StandardFormats.registry());
    }

    public Formats formats() {
        return formats;
    }

    /** Reads a file from disk. */
    public LoadedDocument read(Path file, ImportSettings settings) throws FormatException {
        return read(readWhole(file, settings.limits()), file.toString(), settings);
    }

    /**
     * The bytes of a file to be read whole; a file over the limit is refused before it is read, so a gigabyte
     * costs no memory and no time.
     */
    public static byte[] readWhole(Path file, InputLimits limits) throws FormatException {
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : -1;
            if (size > limits.maxInputBytes()) {
                throw new FormatException(file.toString(), 0, limits.tooLarge(size));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // Not a regular file (a pipe, /dev/stdin): its size shows only by reading, up to the limit.
                bytes = in.readNBytes((int) Math.min(limits.maxInputBytes() + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > limits.maxInputBytes()) {
                throw new FormatException(file.toString(), 0, limits.tooLarge(bytes.length));
            }
            return bytes;
        } catch (IOException e) {
            throw new FormatException(file.toString(), 0, "cannot read the file: " + describe(e));
        }
    }

    /** Reads the bytes of a file (or of standard input, with {@code sourceName} "-"). */
    public LoadedDocument read(byte[] bytes, String sourceName, ImportSettings settings) throws FormatException {
        if (bytes.length > settings.limits().maxInputBytes()) {
            throw new FormatException(sourceName, 0, settings.limits().tooLarge(bytes.length));
        }
        TextDecoder.Decoded decoded = decodeText(bytes, sourceName, settings);
        String text = decoded.text();
        TranscriptFormat format = chooseReader(sourceName, text, settings.formatId());
        ReadOptions options = new ReadOptions(sourceName, settings.speakerNames(), settings.durationMs(),
                settings.unbrokenPhrases());
        ReadResult result = format.read(text, options);
        List<String> warnings = new ArrayList<>(result.warnings());
        if (settings.encoding() == null && "windows-1252".equalsIgnoreCase(decoded.encoding())) {
            // The last-resort guess: right for Western European files, mojibake for GB2312, Big5, Windows-1250…
            warnings.add(0, WINDOWS_1252_WARNING);
        }
        Transcript timed = ensureTimed(result.transcript(), settings.durationMs(), warnings);
        return new LoadedDocument(timed, format.id(), decoded.encoding(), warnings);
    }

    /**
     * Converts a subtitle file to a subtitle format keeping its cues: the same cues, times, text and line breaks,
     * only re-encoded for the target format. Cues stream from reader to writer, so memory does not grow with the
     * file. The output is written atomically.
     *
     * @return empty, having written nothing, when the input or the target is not a cue format (SRT, WebVTT) or
     *         the input's cues are not what a person reads (roll-up captions); convert through a transcript then
     */
    public Optional<ConvertedCues> convertCues(Path input, ImportSettings settings, String targetId, Path output)
            throws FormatException, IOException {
        CueConversion.Input in = CueConversion.of(input);
        return convertCues(in, input.toString(), settings, targetId, content -> AtomicFiles.write(output, content));
    }

    /**
     * As {@link #convertCues(Path, ImportSettings, String, Path)}, from bytes (a file, or standard input with
     * {@code sourceName} "-") to a stream, which receives the whole output only once it is complete.
     */
    public Optional<ConvertedCues> convertCues(byte[] input, String sourceName, ImportSettings settings,
                                               String targetId, OutputStream output)
            throws FormatException, IOException {
        return convertCues(CueConversion.of(input), sourceName, settings, targetId, content -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(input.length + 64);
            content.writeTo(buffer);
            buffer.writeTo(output);
        });
    }

    private Optional<ConvertedCues> convertCues(CueConversion.Input in, String sourceName, ImportSettings settings,
                                                String targetId, CueConversion.Output output)
            throws FormatException, IOException {
        TranscriptFormat target = formats.byId(targetId).filter(TranscriptFormat::canWrite)
                .orElseThrow(() -> new IllegalArgumentException("no writer for format '" + targetId + "'"));
        Optional<CueConversion.Plan> plan;
        try {
            plan = target instanceof CueFormat ? CueConversion.plan(in, sourceName, formats, settings)
                    : Optional.empty();
        } catch (IOException e) {
            throw new FormatException(sourceName, 0, "cannot read the file: " + describe(e));
        }
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CueConversion.run(plan.get(), in, sourceName, (CueFormat) target, output));
    }

    /**
     * The cues of a file for a subtitle check: a subtitle file's cues exactly as the file times and breaks them
     * (markup removed, voices kept), any other input laid out under {@code profile} as an export would be.
     *
     * @param bytes      the file (or standard input, with {@code sourceName} "-")
     * @param sourceName for messages
     */
    public RawCues readCues(byte[] bytes, String sourceName, ImportSettings settings, SubtitleProfile profile)
            throws FormatException {
        if (bytes.length > settings.limits().maxInputBytes()) {
            throw new FormatException(sourceName, 0, settings.limits().tooLarge(bytes.length));
        }
        TextDecoder.Decoded decoded = decodeText(bytes, sourceName, settings);
        TranscriptFormat format = chooseReader(sourceName, decoded.text(), settings.formatId());
        if (format instanceof CueFormat cues) {
            List<String> warnings = new ArrayList<>();
            List<ReadCue> read = new ArrayList<>();
            try {
                CueSource source = cues.openCues(LineSource.of(decoded.text()), sourceName, warnings);
                for (ReadCue cue = source.next(); cue != null; cue = source.next()) {
                    read.add(cue);
                }
            } catch (IOException e) {
                throw new FormatException(sourceName, 0, "cannot read the file: " + describe(e));
            }
            if (read.isEmpty()) { // as every other reading of a file without cues does
                throw new FormatException(sourceName, 1, NO_CUE);
            }
            return RawCues.of(read, warnings);
        }
        LoadedDocument doc = read(bytes, sourceName, settings);
        return new RawCues(CueLayout.layout(doc.transcript(), profile, SpeakerDisplay.DEFAULT), List.of());
    }

    /**
     * What a file holds, as {@code DocumentInfo.of(read(file, settings).transcript())} would say, and the same
     * format, encoding and warnings. A subtitle file is counted segment by segment as its cues are read into the
     * transcript they would make, which is never held whole.
     */
    public DocumentSummary summarize(Path input, ImportSettings settings) throws FormatException {
        return summarize(CueConversion.of(input), input.toString(), settings, () -> read(input, settings));
    }

    /** As {@link #summarize(Path, ImportSettings)}, for bytes (standard input with {@code sourceName} "-"). */
    public DocumentSummary summarize(byte[] input, String sourceName, ImportSettings settings) throws FormatException {
        return summarize(CueConversion.of(input), sourceName, settings, () -> read(input, sourceName, settings));
    }

    private interface FullRead {
        LoadedDocument read() throws FormatException;
    }

    private DocumentSummary summarize(CueConversion.Input in, String sourceName, ImportSettings settings,
                                      FullRead fullRead) throws FormatException {
        try {
            Optional<CueConversion.Plan> plan = CueConversion.plan(in, sourceName, formats, settings);
            if (plan.isPresent()) {
                return summarizeCues(plan.get(), in, sourceName, settings);
            }
        } catch (IOException e) {
            throw new FormatException(sourceName, 0, "cannot read the file: " + describe(e));
        }
        LoadedDocument doc = fullRead.read();
        Transcript t = doc.transcript();
        return new DocumentSummary(DocumentInfo.of(t), t.metadata(), t.roster(), doc.formatId(), doc.encoding(),
                doc.warnings());
    }

    /**
     * A subtitle file's summary in one pass over the file that holds none of its cues but the few whose count waits
     * on a later one (a label seen once so far: see {@link CueTranscriptBuilder.OnePass}). Cues out of time order
     * are read again, whole, and sorted, as reading the file would.
     */
    private DocumentSummary summarizeCues(CueConversion.Plan plan, CueConversion.Input in, String sourceName,
                                          ImportSettings settings) throws IOException, FormatException {
        List<String> warnings = new ArrayList<>();
        TextDecoder.Choice charset = plan.charset();
        ReadOptions options = new ReadOptions(sourceName, settings.speakerNames(), settings.durationMs());
        DocumentInfo.Counter counter = new DocumentInfo.Counter();
        CueTranscriptBuilder.OnePass pass = new CueTranscriptBuilder.OnePass(options, counter::add);
        try {
            CueConversion.eachCue(plan, charset, in, sourceName, warnings, pass::add);
        } catch (CharacterCodingException notUtf8) {
            warnings.clear();
            warnings.add(WINDOWS_1252_WARNING);
            charset = TextDecoder.Choice.lastResort();
            counter = new DocumentInfo.Counter();
            pass = new CueTranscriptBuilder.OnePass(options, counter::add);
            CueConversion.eachCue(plan, charset, in, sourceName, warnings, pass::add);
        }
        Roster roster;
        if (pass.inOrder()) {
            roster = pass.finish(warnings);
        } else {
            List<ReadCue> cues = new ArrayList<>();
            counter = new DocumentInfo.Counter();
            // The reader warns again as it reads again: the first reading's warnings are the ones kept.
            CueConversion.eachCue(plan, charset, in, sourceName, new ArrayList<>(), cues::add);
            roster = CueTranscriptBuilder.tally(cues, options, warnings, counter::add);
        }
        Metadata metadata = Metadata.EMPTY.withSourceFile(sourceName)
                .withDurationMs(Math.max(settings.durationMs(), Word.UNKNOWN_TIME));
        long duration = metadata.hasDuration() ? metadata.durationMs() : counter.lastEnd();
        return new DocumentSummary(counter.info(roster.size(), duration), metadata, roster, plan.reader().id(),
                charset.charset().name(), warnings);
    }

    /**
     * Cleans a transcript; both callers clean through here so the same rules give the same text. Words keep their
     * times (dropped ones too), so cleaning a timed transcript leaves it timed.
     */
    public CleanupResult clean(Transcript transcript, CleanupPipeline pipeline) {
        return pipeline.apply(transcript);
    }

    /** Reads a glossary file (wrong phrase, tab, right phrase per line); a bad line fails as FILE:LINE: what. */
    public Glossary readGlossary(Path file) throws GlossaryException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GlossaryException(file.toString(), 0, "cannot read the glossary: " + describe(e));
        }
        return GlossaryFile.parse(TextDecoder.decode(bytes).text(), file.toString());
    }

    /** The complete content of an export, as text. */
    public String export(Transcript transcript, String formatId, ExportOptions options) {
        TranscriptFormat writer = formats.byId(formatId).filter(TranscriptFormat::canWrite)
                .orElseThrow(() -> new IllegalArgumentException("no writer for format '" + formatId + "'"));
        // The project file keeps turns as tagged; every other format spells continued turns out.
        Transcript out = NativeJsonFormat.ID.equals(writer.id()) ? transcript : transcript.resolveContinuedSpeakers();
        return writer.write(out, options);
    }

    /** Where chapters probably start, every one with its score, cue and proposed title (see ChapterSuggester). */
    public List<org.turnscript.chapters.ChapterSuggestion> suggestChapters(Transcript transcript) {
        return org.turnscript.chapters.ChapterSuggester.suggest(transcript);
    }

    /** The transcript with the chapter suggestions at or above {@code threshold} added as chapters. */
    public Transcript withSuggestedChapters(Transcript transcript, double threshold) {
        return org.turnscript.chapters.ChapterSuggester.apply(transcript, threshold);
    }

    /**
     * The rules an export of {@code formatId} breaks where it is published (e.g. YouTube's chapter rules), in words;
     * empty when it breaks none or the format has no such rules.
     */
    public List<String> exportProblems(Transcript transcript, String formatId, ExportOptions options) {
        return formats.byId(formatId).filter(TranscriptFormat::canWrite)
                .map(f -> f.problems(transcript, options)).orElse(List.of());
    }

    /** The complete content of an export, as the UTF-8 bytes (no byte order mark) that go into the file. */
    public byte[] exportBytes(Transcript transcript, String formatId, ExportOptions options) {
        return export(transcript, formatId, options).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@link #exportBytes}, refusing to give what Turnscript could not read back: nothing at all (a document
     * without words makes an empty SRT), or subtitles whose cues our own reader refuses.
     *
     * @param targetName where the bytes go, for the message ("-" for standard output)
     */
    public byte[] checkedExportBytes(Transcript transcript, String formatId, ExportOptions options, String targetName)
            throws FormatException {
        String text;
        try {
            text = export(transcript, formatId, options);
        } catch (IllegalArgumentException e) {
            // A writer refuses what its format cannot hold (Podcasting 2.0 needs every kept word timed), and there
            // is no writer for an unknown id: the user's document or choice, reported like any refusal.
            throw new FormatException(targetName, 0, e.getMessage());
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        TranscriptFormat format = formats.byId(formatId).orElseThrow();
        ExportCheck.requireReadable(text, bytes, format, targetName);
        if (format.canRead() && !(format instanceof CueFormat) && !NativeJsonFormat.ID.equals(format.id())) {
            // An interchange file (Podcasting 2.0) is read back whole, as the next open would detect and read it:
            // one without segments is no file any reader recognises. The project needs no check: its writer and
            // reader are one lossless mapping.
            try {
                read(bytes, "export." + format.extensions().get(0), ImportSettings.DEFAULTS);
            } catch (FormatException e) {
                throw new FormatException(targetName, e.line(), "the export could not be read back, so it was not "
                        + "written: " + e.problem());
            }
        }
        return bytes;
    }

    /** {@link #exportTo}, writing nothing when {@link #checkedExportBytes} refuses the content. */
    public void checkedExportTo(Path target, Transcript transcript, String formatId, ExportOptions options)
            throws IOException, FormatException {
        AtomicFiles.write(target, checkedExportBytes(transcript, formatId, options, target.toString()));
    }

    /** Exports to a file atomically: a failed export leaves any existing file as it was. */
    public void exportTo(Path target, Transcript transcript, String formatId, ExportOptions options)
            throws IOException {
        AtomicFiles.write(target, exportBytes(transcript, formatId, options));
    }

    private TranscriptFormat chooseReader(String sourceName, String text, String formatId) throws FormatException {
        if (formatId != null) {
            return formats.byId(formatId).filter(TranscriptFormat::canRead)
                    .orElseThrow(() -> new FormatException(sourceName, 0, "no reader for format '" + formatId + "'"));
        }
        // JSON formats are told apart by their keys, which a pretty-printed file may put far down (a DPE file's
        // "paragraphs" come after every word); the whole text is in memory already, so JSON formats sniff JSON
        // whole, unless its head already says it is a project (which writes its "format" first): every sniffer
        // searching sixty megabytes of a ten-hour project took longer than reading it. The other formats see the
        // head only: scanning 28 MB of project for subtitle timing lines took seconds.
        boolean json = text.stripLeading().startsWith("{");
        String head = text.length() <= SNIFF_CHARS ? text : text.substring(0, SNIFF_CHARS);
        Optional<TranscriptFormat> detected = formats.detect(sourceName, head);
        // Sniffed, not merely named: detection falls back on the extension, and any ".json" names a project.
        boolean projectHead = detected.filter(f -> NativeJsonFormat.ID.equals(f.id()) && f.sniff(head) > 0)
                .isPresent();
        if (json && head.length() < text.length() && !projectHead) {
            detected = formats.detect(sourceName, head, text);
        }
        TranscriptFormat found = detected
                .orElseThrow(() -> new FormatException(sourceName, 1, "not a caption or transcript format Turnscript reads"));
        Optional<TranscriptFormat> named = namedFormat(sourceName);
        if (CaptionTextFormat.ID.equals(found.id()) && named.isPresent()) {
            // The caption-text fallback reads any text at all; a name that promises a timed format and content
            // that is none is a wrong or broken file, not a caption dump (100,000 brackets in a .json would
            // otherwise become one caption "word").
            throw new FormatException(sourceName, 1, "the name says " + named.get().displayName()
                    + ", but the content is not " + named.get().displayName() + " (to read it as plain caption text, "
                    + "give --from " + CaptionTextFormat.ID + ")");
        }
        return found;
    }

    /**
     * The timed format a file's extension names ({@code .srt}, {@code .vtt}, {@code .sbv}, {@code .json}, …), or
     * empty for {@code .txt}, for names without an extension and for standard input, which caption text may be.
     */
    private Optional<TranscriptFormat> namedFormat(String sourceName) {
        String lower = sourceName.toLowerCase(java.util.Locale.ROOT);
        String file = lower.substring(Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\')) + 1);
        if (file.indexOf('.') <= 0 || file.endsWith(".txt")) {
            return Optional.empty();
        }
        return formats.readers().stream()
                .filter(f -> !CaptionTextFormat.ID.equals(f.id()))
                .filter(f -> f.extensions().stream().anyMatch(ext -> file.endsWith("." + ext)))
                .findFirst();
    }

    /** Decodes a file and refuses what is no text, or has a line longer than the limit. */
    private static TextDecoder.Decoded decodeText(byte[] bytes, String sourceName, ImportSettings settings)
            throws FormatException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, settings.encoding());
        TextChecks.requireText(decoded.text(), sourceName);
        TextChecks.requireLinesWithin(decoded.text(), settings.limits().maxLineChars(), sourceName,
                InputLimits.MAX_LINE_OPTION);
        return decoded;
    }

    /**
     * Every word needs a time before cues can be laid out. Untimed words get estimated times: spread over the
     * known duration, or at an assumed speaking rate (which the metadata then says).
     */
    static Transcript ensureTimed(Transcript t, long durationMs, List<String> warnings) {
        boolean untimed = false;
        for (Segment s : t.segments()) {
            for (Word w : s.words()) {
                if (!w.isTimed()) {
                    untimed = true;
                    break;
                }
            }
        }
        if (!untimed) {
            return t;
        }
        long duration = durationMs >= 0 ? durationMs : t.metadata().durationMs();
        return duration > 0 ? DurationEstimator.estimate(t, duration) : DurationEstimator.estimateAtRate(t,
                DurationEstimator.DEFAULT_WORDS_PER_MINUTE);
    }

    private static String describe(IOException e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase() + (msg == null ? "" : " (" + msg + ")");
    }
}
