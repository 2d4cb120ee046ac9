package org.turnscript.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.turnscript.subtitles.SubtitleProfile;
import org.turnscript.subtitles.SubtitleProfiles;
import org.turnscript.convert.ConversionService;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.TranscriptFormat;
import org.turnscript.formats.cues.CueFormat;
import org.turnscript.timing.TimingQuality;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.SpeakerLabelStyle;

/**
 * The export dialog's settings and its preview, without any window: which writer, which speaker labels, whether
 * sounds are exported, and the first lines of the file those settings give.
 */
public final class ExportDialogModel {

    /** Lines of the file shown in the preview. */
    public static final int PREVIEW_LINES = 40;
    /** The preview exports only the start of the transcript, so it stays instant on a ten-hour document. */
    public static final int PREVIEW_SEGMENTS = 60;

    private final ConversionService service;
    private final Transcript previewSource;
    private String formatId;
    private ExportOptions options;
    /** Whether most of the document's times are only estimated, which subtitles must warn about. */
    private final boolean mostlyEstimated;

    public ExportDialogModel(ConversionService service, Transcript transcript, String formatId, ExportOptions options) {
        this.service = Objects.requireNonNull(service, "service");
        this.mostlyEstimated = TimingQuality.mostlyEstimated(transcript);
        this.previewSource = head(transcript);
        this.formatId = Objects.requireNonNull(formatId, "formatId");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Starts with SRT (the common target) and the default options. */
    public static ExportDialogModel withDefaults(ConversionService service, Transcript transcript) {
        return new ExportDialogModel(service, transcript, "srt", ExportOptions.DEFAULTS);
    }

    // ---- Settings ---------------------------------------------------------------------------------------

    /** A format as the dialog names it. */
    public static String formatName(TranscriptFormat format) {
        return format.displayName();
    }

    public static String formatId(TranscriptFormat format) {
        return format.id();
    }

    /** The subtitle profiles to choose from. */
    public static List<SubtitleProfile> profiles() {
        return SubtitleProfiles.all();
    }

    public List<TranscriptFormat> writers() {
        return service.formats().writers();
    }

    public TranscriptFormat format() {
        return writer(formatId);
    }

    public String formatId() {
        return formatId;
    }

    public void setFormatId(String id) {
        this.formatId = writer(id).id();
    }

    public ExportOptions options() {
        return options;
    }

    public void setLabelStyle(SpeakerLabelStyle style) {
        options = options.withLabelStyle(Objects.requireNonNull(style, "style"));
    }

    /** The subtitle rule profile SRT and WebVTT are laid out by (the same names as {@code --profile}). */
    public void setProfile(SubtitleProfile profile) {
        options = options.withProfile(Objects.requireNonNull(profile, "profile"));
    }

    public void setIncludeSoundTags(boolean include) {
        options = options.withNonSpeech(include);
    }

    // ---- Derived ----------------------------------------------------------------------------------------

    /**
     * The first {@link #PREVIEW_LINES} lines of the file, with a final "…" line when there is more. Line ends are
     * shown as {@code \n} whatever the file uses (SRT writes CRLF).
     */
    public String previewText() {
        String full;
        try {
            full = service.export(previewSource, formatId, options).replace("\r\n", "\n");
        } catch (IllegalArgumentException e) {
            // A writer refuses what its format cannot hold (Podcasting 2.0 needs every kept word timed): said in
            // the preview, not by closing the dialog. The export itself refuses it as a FormatException.
            return "Cannot export with these settings: " + e.getMessage();
        }
        int lineEnd = -1;
        for (int line = 0; line < PREVIEW_LINES; line++) {
            lineEnd = full.indexOf('\n', lineEnd + 1);
            if (lineEnd < 0) {
                return full;
            }
        }
        return lineEnd + 1 >= full.length() ? full : full.substring(0, lineEnd + 1) + "…";
    }

    /**
     * The warning for subtitles whose times are mostly estimated ("most times are estimated; re-time from
     * captions or the recording first"), or empty when the chosen format is not subtitles or the times are good.
     */
    public String timingWarning() {
        return mostlyEstimated && format() instanceof CueFormat ? "Warning: " + TimingQuality.MOSTLY_ESTIMATED_WARNING
                + " (Timing \u25B8 Take times from a caption file\u2026, or Time words from the recording)." : "";
    }

    /** The file name ending of the chosen format, without the dot: {@code srt}, {@code turnscript.json}. */
    public String extension() {
        return format().extensions().get(0);
    }

    public String fileName(String baseName) {
        return baseName + "." + extension();
    }

    /**
     * The same file with the chosen format's ending: {@code talk.srt} becomes {@code talk.vtt}. Any ending a writer
     * uses is replaced, the longest first, so {@code talk.turnscript.json} becomes {@code talk.md}, not
     * {@code talk.turnscript.md}.
     */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String base = name;
        int longest = 0;
        for (TranscriptFormat f : writers()) {
            for (String ext : f.extensions()) {
                if (lower.endsWith("." + ext) && ext.length() > longest && name.length() > ext.length() + 1) {
                    longest = ext.length();
                    base = name.substring(0, name.length() - ext.length() - 1);
                }
            }
        }
        return file.resolveSibling(fileName(base));
    }

    public ExportRequest request(Path file) {
        return new ExportRequest(file, formatId, options);
    }

    /** "Name", "Upper case", … as the label style list shows them. */
    public static String displayName(SpeakerLabelStyle style) {
        return switch (style) {
            case NONE -> "No label";
            case NAME -> "Name";
            case UPPER -> "Name in capitals";
            case BRACKET -> "Name in brackets";
            case DASH -> "Dash";
            case CHEVRONS -> "Chevrons";
        };
    }

    /** What the label looks like for a speaker called Kate, e.g. {@code KATE: }, or "none". */
    public static String example(SpeakerLabelStyle style) {
        String label = style.label("Kate");
        return label.isEmpty() ? "none" : label;
    }

    private TranscriptFormat writer(String id) {
        return service.formats().byId(id).filter(TranscriptFormat::canWrite)
                .orElseThrow(() -> new IllegalArgumentException("no writer for format '" + id + "'"));
    }

    private static Transcript head(Transcript t) {
        return t.segments().size() <= PREVIEW_SEGMENTS ? t
                : t.withSegments(t.segments().subList(0, PREVIEW_SEGMENTS));
    }
}
