package org.turnscript.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.turnscript.model.Word;

/**
 * Recognises a caption-statistics web page copied as text and takes it apart. Such a page reads, line by line:
 * the title; headings ("Video Statistics and Information", "Video", "Captions Word Cloud", "Reddit Comments");
 * the heading "Captions" and the caption text; then "Info" and "Key: value" lines ("Channel:", "Id:",
 * "Length: 44min 30sec (2670 seconds)", "Published: Fri May 31 2024", …). Text without the "Captions" heading
 * is not a page, and the reader takes all of it as caption text.
 */
public final class CaptionPageParser {

    static final String CAPTIONS_HEADING = "Captions";
    static final String STATISTICS_HEADING = "Video Statistics and Information";
    private static final String INFO_HEADING = "Info";
    private static final Pattern LENGTH_IN_SECONDS = Pattern.compile("(?m)^\\s*Length:.*\\(\\s*\\d+\\s*seconds?\\s*\\)");
    private static final Pattern CHANNEL_LINE = Pattern.compile("(?m)^\\s*Channel:");
    private static final Pattern CAPTIONS_LINE = Pattern.compile("(?m)^[ \\t]*Captions[ \\t]*\\r?$");
    private static final Pattern STATISTICS_LINE =
            Pattern.compile("(?m)^[ \\t]*Video Statistics and Information[ \\t]*\\r?$");
    private static final Pattern FIELD = Pattern.compile("(Channel|Channel Id|Views|Rating|Keywords|Id|Length"
            + "|Published|Category|Likes|Dislikes|Comments):.*");

    private CaptionPageParser() {
    }

    /**
     * Whether {@code text} (a whole file or only its head) looks like the page: a line that is exactly
     * "Captions" and either a "Length: … (N seconds)" or "Channel:" line or the statistics heading. The heading
     * counts because the caption line can be tens of kilobytes long and push the fields out of a file's head.
     */
    public static boolean looksLikePage(String text) {
        return CAPTIONS_LINE.matcher(text).find()
                && (LENGTH_IN_SECONDS.matcher(text).find() || CHANNEL_LINE.matcher(text).find()
                        || STATISTICS_LINE.matcher(text).find());
    }

    /** The page, or empty when {@code text} is not one. */
    public static Optional<CaptionPage> parse(String text) {
        if (!looksLikePage(text)) {
            return Optional.empty();
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        int heading = indexOfLine(lines, CAPTIONS_HEADING);
        if (heading < 0) {
            return Optional.empty();
        }
        int bodyEnd = heading + 1;
        while (bodyEnd < lines.length && !isEndOfBody(lines[bodyEnd])) {
            bodyEnd++;
        }
        String body = String.join("\n", List.of(lines).subList(heading + 1, bodyEnd));

        Fields fields = new Fields();
        for (int i = bodyEnd; i < lines.length; i++) {
            fields.read(lines[i].strip(), i + 1);
        }
        return Optional.of(new CaptionPage(title(lines, heading), fields.channel, fields.mediaId, fields.published,
                fields.durationMs, body, heading + 1, fields.warnings));
    }

    /**
     * The caption text ends at the "Info" heading. Pages copied without it go straight on to the fields, so a
     * known "Key:" line ends the text too; caption text is one long line and never starts like that.
     */
    private static boolean isEndOfBody(String line) {
        String s = line.strip();
        return s.equals(INFO_HEADING) || FIELD.matcher(s).matches();
    }

    /** The first non-blank line, unless the copy started at a heading and so has no title. */
    private static String title(String[] lines, int heading) {
        for (int i = 0; i < heading; i++) {
            String s = lines[i].strip();
            if (!s.isEmpty()) {
                return s.equals(STATISTICS_HEADING) ? null : s;
            }
        }
        return null;
    }

    private static int indexOfLine(String[] lines, String wanted) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The "Key: value" lines after the caption text; the first occurrence of each key counts. */
    private static final class Fields {
        String channel;
        String mediaId;
        String published;
        long durationMs = Word.UNKNOWN_TIME;
        final List<String> warnings = new ArrayList<>();

        void read(String line, int lineNumber) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return;
            }
            String key = line.substring(0, colon).strip();
            String value = valueOrNull(line.substring(colon + 1));
            if (value == null) {
                return;
            }
            switch (key) {
                case "Channel" -> channel = channel == null ? value : channel;
                case "Id" -> mediaId = mediaId == null ? value : mediaId;
                case "Published" -> published = published == null ? PageValues.isoDate(value) : published;
                case "Length" -> readLength(value, lineNumber);
                default -> {
                    // other fields (views, rating, keywords) say nothing about the transcript
                }
            }
        }

        private void readLength(String value, int lineNumber) {
            if (durationMs != Word.UNKNOWN_TIME) {
                return;
            }
            durationMs = PageValues.lengthMs(value);
            if (durationMs == Word.UNKNOWN_TIME) {
                warnings.add("line " + lineNumber + ": could not read the length \"" + value + "\"; ignored");
            }
        }

        /** The page writes "undefined" where it has no value (e.g. "Channel Id: undefined"). */
        private static String valueOrNull(String raw) {
            String v = raw.strip();
            return v.isEmpty() || v.equals("undefined") ? null : v;
        }
    }
}
