package org.turnscript.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.timing.DurationEstimator;

/**
 * Reads caption text without times: a plain dump of caption words, or the same words inside a copied
 * caption-statistics page (see {@link CaptionPageParser}). Each whitespace token becomes one word, spelled as
 * found; {@link ProvisionalSegmenter} cuts the words into short speaker-less segments; and
 * {@link DurationEstimator} times them, over the duration the user or the page gives, else at an assumed rate.
 */
public final class CaptionTextFormat extends AbstractFormat {

    public static final String ID = "caption-text";

    private static final int PAGE_CONFIDENCE = 60;
    private static final int TEXT_CONFIDENCE = 10;
    /** One line, stripped: an SBV timing. Anchored and unambiguous, so it runs in linear time. */
    private static final Pattern SBV_TIMING_LINE =
            Pattern.compile("\\d+:\\d{2}:\\d{2}\\.\\d{3},\\d+:\\d{2}:\\d{2}\\.\\d{3}");

    /** Above this many words per minute, a duration is more likely mistyped than real. */
    private static final int IMPLAUSIBLE_WORDS_PER_MINUTE = 400;

    public CaptionTextFormat() {
        super(ID, "Caption text", Direction.READ_ONLY, "txt");
    }

    /** Any text could be caption words, so a low score; the page scores higher; timed caption files score 0. */
    @Override
    public int sniff(String head) {
        String text = head.strip();
        if (text.isEmpty() || looksLikeTimedFormat(text)) {
            return 0;
        }
        return CaptionPageParser.looksLikePage(head) ? PAGE_CONFIDENCE : TEXT_CONFIDENCE;
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        List<String> warnings = new ArrayList<>();
        Optional<CaptionPage> page = CaptionPageParser.parse(text);
        String body = page.map(CaptionPage::body).orElse(text);
        if (body.isBlank()) {
            throw page.isPresent()
                    ? new FormatException(options.sourceName(), page.get().headingLine(),
                            "no caption text after the \"" + CaptionPageParser.CAPTIONS_HEADING + "\" heading")
                    : new FormatException(options.sourceName(), 1, "the file holds no caption text");
        }
        page.ifPresent(p -> warnings.addAll(p.warnings()));

        List<Segment> segments = ProvisionalSegmenter.segmentParagraphs(CaptionTokenizer.paragraphs(body),
                options.unbrokenPhrases());
        Metadata metadata = metadata(page, options);
        Transcript untimed = new Transcript(metadata, Roster.of(options.speakerNames()), segments);
        return new ReadResult(timed(untimed, warnings), ID, warnings);
    }

    private static Metadata metadata(Optional<CaptionPage> page, ReadOptions options) {
        Metadata metadata = Metadata.EMPTY.withSourceFile(options.sourceName());
        if (page.isPresent()) {
            CaptionPage p = page.get();
            metadata = metadata.withTitle(p.title()).withChannel(p.channel()).withMediaId(p.mediaId())
                    .withPublished(p.published()).withDurationMs(p.durationMs());
        }
        // the duration the user gives is about the media file at hand and beats what the page says
        if (options.durationMs() >= 0) {
            metadata = metadata.withDurationMs(options.durationMs());
        }
        return metadata;
    }

    private static Transcript timed(Transcript untimed, List<String> warnings) {
        Metadata metadata = untimed.metadata();
        if (!metadata.hasDuration()) {
            return DurationEstimator.estimateAtRate(untimed, DurationEstimator.DEFAULT_WORDS_PER_MINUTE);
        }
        long duration = metadata.durationMs();
        int words = untimed.wordCount();
        if (!DurationEstimator.fits(untimed, duration)) {
            warnings.add("the duration of " + duration + " ms is too short for " + words + " words; it is ignored and"
                    + " times are estimated at " + DurationEstimator.DEFAULT_WORDS_PER_MINUTE + " words per minute");
            Transcript withoutDuration = untimed.withMetadata(metadata.withDurationMs(Word.UNKNOWN_TIME));
            return DurationEstimator.estimateAtRate(withoutDuration, DurationEstimator.DEFAULT_WORDS_PER_MINUTE);
        }
        if (words * 60_000L > (long) IMPLAUSIBLE_WORDS_PER_MINUTE * duration) {
            warnings.add("the duration of " + duration + " ms means over " + IMPLAUSIBLE_WORDS_PER_MINUTE
                    + " words per minute for " + words + " words; check the duration");
        }
        return DurationEstimator.estimate(untimed, duration);
    }

    private static boolean looksLikeTimedFormat(String text) {
        if (text.startsWith("WEBVTT") || text.startsWith("{") || text.startsWith("<")
                || (text.startsWith("[") && text.substring(1).stripLeading().startsWith("{"))) {
            return true;
        }
        // Line by line and by hand: the regular expressions this replaces ("^.*\\d+:\\d+.*-->.*\\d+:\\d+.*$" per
        // line) backtracked so much that 8 KB of "0:" and "-->" took half a minute to sniff.
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (isTimingLine(text, start, end)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * Whether {@code text[from, to)} is a timing line of SRT or WebVTT (digits:digits, then "-->", then
     * digits:digits) or of SBV.
     */
    private static boolean isTimingLine(String text, int from, int to) {
        int firstEnd = -1; // just after the first "d:d"
        int lastStart = -1; // at the last "d:d"
        for (int i = from; i + 2 < to; i++) {
            if (isDigit(text.charAt(i)) && text.charAt(i + 1) == ':' && isDigit(text.charAt(i + 2))) {
                if (firstEnd < 0) {
                    firstEnd = i + 3;
                }
                lastStart = i;
            }
        }
        if (firstEnd < 0) {
            return false;
        }
        int arrow = text.indexOf("-->", firstEnd);
        if (arrow >= 0 && arrow + 3 <= lastStart && arrow < to) {
            return true;
        }
        return SBV_TIMING_LINE.matcher(text.substring(from, to).strip()).matches();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
