package org.turnscript.formats.vtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The W3C web-platform-tests "webvtt/parsing/file-parsing" suite run against {@link WebVttParser}. Each case
 * checks the cue count and every assertion of the form {@code assert_equals(cues[N].field, literal)} (or
 * {@code assert_true}/{@code assert_false}) in its script; assertions inside loops or over other objects cannot be
 * read without a JavaScript engine and are left out. The files that must be rejected are checked too.
 */
class WptFileParsingTest {

    private static final String BASE = "wpt/file-parsing/";
    private static final String REGION = "region objects are not modelled (see the exclusion list)";
    private static final String STYLE = "style sheets are not modelled (see the exclusion list)";

    /**
     * Cases that do not pass, each with the spec's words for why. Regions: "WebVTT region" objects are parsed by
     * the spec from REGION blocks and settings ("Let cue's WebVTT cue region be the last text track region in
     * regions whose region identifier is value"); a transcript renders nothing, so the parser skips REGION blocks and
     * keeps the region setting only as the identifier written, never as the region object the tests look at.
     * Style sheets: the spec collects "CSS style sheet" blocks into the document; those tests assert only on
     * {@code document.styleSheets}, which a transcript does not have, so nothing of ours could be checked.
     */
    private static final Map<String, String> EXCLUDED = Map.ofEntries(
            Map.entry("stylesheets", STYLE), Map.entry("stylesheets-none", STYLE),
            Map.entry("stylesheets-newlines", STYLE),
            Map.entry("regions-id", REGION), Map.entry("regions-lines", REGION), Map.entry("regions-old", REGION),
            Map.entry("regions-regionanchor", REGION), Map.entry("regions-scroll", REGION),
            Map.entry("regions-viewportanchor", REGION),
            Map.entry("settings-region", "the test expects 'region' to be null unless a REGION block defined it; we "
                    + "keep the identifier written because no region objects exist here"));

    private static final Map<String, List<WptLoopExpectations.Expectation>> LOOPS = WptLoopExpectations.all();

    private static final Pattern ASSERTION = Pattern.compile(
            "assert_(equals|true|false)\\(cues\\[(\\d+)]\\.(\\w+)(?:,\\s*(.+?))?(?:,\\s*'[^']*')?\\);");

    private static final ObjectMapper JSON = new ObjectMapper();

    static String resource(String path) throws IOException {
        try (InputStream in = WptFileParsingTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> fileParsingCases() throws IOException {
        JsonNode manifest = JSON.readTree(resource(BASE + "manifest.json"));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode test : manifest.get("tests")) {
            String name = test.get("name").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (EXCLUDED.containsKey(name)) {
                    Assumptions.abort(EXCLUDED.get(name));
                }
                check(test);
            }));
        }
        for (JsonNode invalid : manifest.get("invalid_signature_files")) {
            String file = invalid.get("file").asText();
            tests.add(DynamicTest.dynamicTest("rejects " + file, () ->
                    assertThat(WebVttParser.parse(resource(BASE + file))).as(file).isEmpty()));
        }
        return tests.stream();
    }

    private static void check(JsonNode test) throws IOException {
        Optional<WebVttParser.Result> parsed = WebVttParser.parse(resource(BASE + test.get("vtt").asText()));
        assertThat(parsed).isPresent();
        List<VttCue> cues = parsed.get().cues();
        if (!test.get("expected_cue_count").isNull()) {
            assertThat(cues).hasSize(test.get("expected_cue_count").asInt());
        }
        Matcher m = ASSERTION.matcher(test.get("assertions_js").asText());
        while (m.find()) {
            int index = Integer.parseInt(m.group(2));
            String field = m.group(3);
            Object expected = switch (m.group(1)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> JsLiteral.parse(m.group(4));
            };
            if (expected == JsLiteral.UNREADABLE || index >= cues.size()) {
                assertThat(index).as("assertion on a cue that was not parsed: " + m.group()).isLessThan(cues.size());
                continue;
            }
            assertThat(CueFields.of(cues.get(index), field)).as(m.group()).satisfies(actual ->
                    CueFields.assertSame(expected, actual));
        }
        for (WptLoopExpectations.Expectation e : LOOPS.getOrDefault(test.get("name").asText(), List.of())) {
            assertThat(e.cue()).as("cue %d exists", e.cue()).isLessThan(cues.size());
            assertThat(CueFields.of(cues.get(e.cue()), e.field())).as("cues[%d].%s", e.cue(), e.field())
                    .satisfies(actual -> CueFields.assertSame(e.value(), actual));
        }
    }
}
