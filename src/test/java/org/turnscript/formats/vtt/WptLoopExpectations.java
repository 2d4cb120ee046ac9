package org.turnscript.formats.vtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The assertions that the file-parsing scripts make inside loops ({@code [..].forEach}, {@code for}), transcribed
 * from the scripts in wpt/file-parsing/manifest.json (assertions_js) so they can be checked without a JavaScript
 * engine. Each entry: cue index, field, expected value.
 */
final class WptLoopExpectations {

    record Expectation(int cue, String field, Object value) {
    }

    private WptLoopExpectations() {
    }

    static Map<String, List<Expectation>> all() {
        return Map.of(
                "settings-align", each("align", List.of("center", "start", "center", "end", "left", "right", "end",
                        "end", "end", "end", "end", "end", "center")),
                "settings-size", each("size", concat(List.of(100.0, 2.0, 0.0, 0.0, 100.0, 50.0, 1.5), repeat(100.0, 9))),
                "settings-vertical", each("vertical", concat(List.of("", "lr", "rl", "lr"), repeat("", 4))),
                "settings-position", settingsPosition(),
                "settings-line", settingsLine(),
                "settings-multiple", settingsMultiple(),
                "timings-negative", timings(new double[][] {{0, 0}, {1, 0.999}, {60, 59.999}, {3600, 3599.999}}),
                "timings-omitted-hours", timings(new double[][] {{0, 1}, {0, 1}, {0, 1}}));
    }

    private static List<Expectation> settingsPosition() {
        List<Expectation> out = new ArrayList<>();
        double[] positions = {1, 100, 1, 1.5, 1, 1, 1, 1, 1, 1};
        String[] aligns = {"auto", "auto", "auto", "auto", "line-left", "center", "line-right", "auto", "auto", "auto"};
        for (int i = 0; i < positions.length; i++) {
            out.add(new Expectation(i, "position", positions[i]));
            out.add(new Expectation(i, "positionAlign", aligns[i]));
        }
        for (int i = 0; i < 12; i++) {
            out.add(new Expectation(positions.length + i, "position", "auto"));
            out.add(new Expectation(positions.length + i, "positionAlign", "auto"));
        }
        return out;
    }

    private static List<Expectation> settingsLine() {
        List<Expectation> out = new ArrayList<>();
        double[] valid = {-1, 0, 0, 1, 100, 101, 65536, 4294967296.0, 18446744073709552000.0, 1e34, 1.5,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 0};
        for (int i = 0; i < valid.length; i++) {
            out.add(new Expectation(i, "line", valid[i]));
            out.add(new Expectation(i, "snapToLines", true));
        }
        for (int i = 0; i < 21; i++) {
            out.add(new Expectation(valid.length + i, "line", "auto"));
            out.add(new Expectation(valid.length + i, "snapToLines", true));
        }
        int index = valid.length + 21;
        double[] lines = {0, 0, 100, 100, 100, 100, 100, Double.MIN_VALUE, 0};
        String[] aligns = {null, null, "start", "start", "center", "end", "start", null, null};
        for (int i = 0; i < lines.length; i++) {
            out.add(new Expectation(index + i, "line", lines[i]));
            out.add(new Expectation(index + i, "snapToLines", false));
            if (aligns[i] != null) {
                out.add(new Expectation(index + i, "lineAlign", aligns[i]));
            }
        }
        return out;
    }

    private static List<Expectation> settingsMultiple() {
        return List.of(new Expectation(0, "id", "id1"), new Expectation(0, "text", "text1"),
                new Expectation(0, "align", "start"), new Expectation(0, "line", 1.0),
                new Expectation(0, "snapToLines", false), new Expectation(0, "vertical", "lr"),
                new Expectation(0, "size", 50.0), new Expectation(0, "position", 25.0),
                new Expectation(1, "id", "id2"), new Expectation(1, "text", "text2"),
                new Expectation(1, "align", "center"), new Expectation(1, "line", 1.0),
                new Expectation(1, "vertical", "rl"), new Expectation(1, "size", 0.0),
                new Expectation(1, "position", 100.0));
    }

    private static List<Expectation> timings(double[][] pairs) {
        List<Expectation> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            out.add(new Expectation(i, "text", "text" + (i + 1)));
            out.add(new Expectation(i, "startTime", pairs[i][0]));
            out.add(new Expectation(i, "endTime", pairs[i][1]));
        }
        return out;
    }

    private static List<Expectation> each(String field, List<?> values) {
        List<Expectation> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(new Expectation(i, field, values.get(i)));
        }
        return out;
    }

    private static List<Object> concat(List<?> a, List<?> b) {
        List<Object> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Object> repeat(Object value, int times) {
        return new ArrayList<>(java.util.Collections.nCopies(times, value));
    }
}
