package org.turnscript.formats.vtt;

import java.util.regex.Pattern;

/**
 * The cue settings of a timing line, parsed as the W3C algorithm "parse the WebVTT cue settings" does: a setting
 * that is malformed is skipped and leaves the default in place. Numbers are {@code Double.NaN} for "auto".
 *
 * @param vertical      "", "rl" or "lr"
 * @param line          line number or percentage, NaN for auto
 * @param snapToLines   false when {@code line} is a percentage
 * @param lineAlign     "start", "center" or "end"
 * @param position      percentage, NaN for auto
 * @param positionAlign "auto", "line-left", "center" or "line-right"
 * @param size          percentage
 * @param align         "start", "center", "end", "left" or "right"
 * @param region        the region identifier named, or {@code null}
 */
public record VttCueSettings(String vertical, double line, boolean snapToLines, String lineAlign, double position,
                             String positionAlign, double size, String align, String region) {

    public static final VttCueSettings DEFAULTS =
            new VttCueSettings("", Double.NaN, true, "start", Double.NaN, "auto", 100, "center", null);

    // "one or more ASCII digits, optionally a dot and one or more digits, then %" (WebVTT percentage syntax)
    private static final Pattern PERCENTAGE = Pattern.compile("\\d+(?:\\.\\d+)?%");

    /** Parses the text after the end timestamp; unknown and malformed settings are ignored, as the spec says. */
    public static VttCueSettings parse(String input) {
        VttCueSettings s = DEFAULTS;
        for (String setting : input.split("[ \\t\\n\\f\\r]+")) {
            int colon = setting.indexOf(':');
            if (colon <= 0 || colon == setting.length() - 1) {
                continue;
            }
            String name = setting.substring(0, colon);
            String value = setting.substring(colon + 1);
            s = switch (name) {
                case "region" -> s.with(s.vertical, s.line, s.snapToLines, s.lineAlign, s.position, s.positionAlign,
                        s.size, s.align, value);
                case "vertical" -> value.equals("rl") || value.equals("lr")
                        ? s.with(value, s.line, s.snapToLines, s.lineAlign, s.position, s.positionAlign, s.size,
                        s.align, s.region) : s;
                case "line" -> s.withLine(value);
                case "position" -> s.withPosition(value);
                case "size" -> {
                    double size = percentage(value);
                    yield Double.isNaN(size) ? s : s.with(s.vertical, s.line, s.snapToLines, s.lineAlign, s.position,
                            s.positionAlign, size, s.align, s.region);
                }
                case "align" -> switch (value) {
                    case "start", "center", "end", "left", "right" -> s.with(s.vertical, s.line, s.snapToLines,
                            s.lineAlign, s.position, s.positionAlign, s.size, value, s.region);
                    default -> s;
                };
                default -> s;
            };
        }
        return s;
    }

    private VttCueSettings withLine(String value) {
        int comma = value.indexOf(',');
        String linepos = comma < 0 ? value : value.substring(0, comma);
        String linealign = comma < 0 ? null : value.substring(comma + 1);
        if (linepos.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return this;
        }
        boolean percent = linepos.endsWith("%");
        double number = percent ? percentage(linepos) : lineNumber(linepos);
        if (Double.isNaN(number)) {
            return this;
        }
        // An unknown line alignment leaves the line set and the alignment as it was (wpt settings-line,
        // "line:100%,middle").
        boolean known = linealign != null
                && (linealign.equals("start") || linealign.equals("center") || linealign.equals("end"));
        String alignment = known ? linealign : lineAlign;
        return with(vertical, number, !percent, alignment, position, positionAlign, size, align, region);
    }

    private VttCueSettings withPosition(String value) {
        int comma = value.indexOf(',');
        String colpos = comma < 0 ? value : value.substring(0, comma);
        String colalign = comma < 0 ? null : value.substring(comma + 1);
        double number = percentage(colpos);
        if (Double.isNaN(number)) {
            return this;
        }
        // Unlike the line alignment, an unknown position alignment leaves the position set ("position:1%,middle").
        boolean known = colalign != null
                && (colalign.equals("line-left") || colalign.equals("center") || colalign.equals("line-right"));
        return with(vertical, line, snapToLines, lineAlign, number, known ? colalign : positionAlign, size, align,
                region);
    }

    /** "parse a percentage string": NaN when it fails (bad syntax, or outside 0..100). */
    static double percentage(String input) {
        if (!PERCENTAGE.matcher(input).matches()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(input.substring(0, input.length() - 1));
        return value < 0 || value > 100 ? Double.NaN : value;
    }

    /** A line number: digits, at most one dot between digits, a minus only first. NaN when malformed. */
    private static double lineNumber(String linepos) {
        if (!linepos.matches("-?[0-9.]+") || linepos.chars().filter(c -> c == '.').count() > 1) {
            return Double.NaN;
        }
        int dot = linepos.indexOf('.');
        if (dot >= 0 && (dot == 0 || dot == linepos.length() - 1 || !Character.isDigit(linepos.charAt(dot - 1))
                || !Character.isDigit(linepos.charAt(dot + 1)))) {
            return Double.NaN;
        }
        // HTML's float rules: a value that rounds to ±2^1024 is an error, and -0 is 0.
        double value = Double.parseDouble(linepos);
        return Double.isInfinite(value) ? Double.NaN : value + 0.0;
    }

    private VttCueSettings with(String v, double l, boolean snap, String la, double p, String pa, double sz, String a,
                                String r) {
        return new VttCueSettings(v, l, snap, la, p, pa, sz, a, r);
    }
}
