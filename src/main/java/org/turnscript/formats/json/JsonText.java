package org.turnscript.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import org.turnscript.formats.FormatException;

/**
 * The one JSON style both formats share: UTF-8 text, 2-space indent, LF line ends, {@code "key": value},
 * {@code []} for empty arrays, decimals never in exponent form, a final newline. Parsing keeps decimals exact
 * so seconds like {@code 2.675} become 2675 ms and not 2674.
 */
final class JsonText {

    /**
     * The streaming side of Jackson, without data binding: the project file and the Podcasting 2.0 transcript are
     * written and (when well-formed) read token by token through it, so a command that only converts such a file
     * never loads, introspects or warms up the binding machinery (see ADR 21). The features are the mapper's.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // A key given twice is a broken file, not "the last one wins".
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Data binding, built on first use: the careful reading of a bad file, the read-only formats, the journal. */
    private static final class Binding {

        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // "12" is not a number and 12.5 is not a millisecond count: refuse instead of guessing.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // Readers skip what they do not know, so a file with an extra key from a newer minor release,
                // or a Podcasting 2.0 file with a vendor's extra keys, still opens.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // 12 is not a word's text: a number or a boolean where text belongs is refused, not turned into "12".
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();

        static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

        private Binding() {
        }
    }

    private JsonText() {
    }

    static ObjectMapper mapper() {
        return Binding.MAPPER;
    }

    /** The parser and generator factory, with the same features as {@link #mapper()}. */
    static JsonFactory factory() {
        return FACTORY;
    }

    /**
     * A generator that writes {@code out} in the style of {@link #write}; the caller ends the file with the
     * final newline after closing it.
     */
    static JsonGenerator prettyGenerator(Writer out) throws IOException {
        return FACTORY.createGenerator(out).setPrettyPrinter(prettyPrinter());
    }

    /** The whole file for {@code value}: pretty-printed, LF, ending in a newline. */
    static String write(Object value) {
        try {
            return Binding.WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            // Only our own DTO records are written; failing to serialise one is a programming error.
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses {@code text} into a tree; a syntax error becomes a message with its line. */
    static JsonNode parse(String text, String source) throws FormatException {
        int nul = nulEscape(text);
        if (nul >= 0) {
            // What no input may hold as a byte (TextChecks) must not come in as an escape either: a word holding
            // NUL made a project that could not be read back (a fuzzed json3 "utf8" with an escaped NUL).
            throw new FormatException(source, lineAt(text, nul), "a text holds a NUL character (\\u0000); "
                    + "Turnscript reads caption and transcript text");
        }
        JsonNode root;
        try {
            root = Binding.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new FormatException(source, line, "malformed JSON: " + oneLine(e.getOriginalMessage()));
        } catch (NumberFormatException e) {
            // Jackson reads decimals as BigDecimal (exact seconds) and lets BigDecimal refuse an exponent such as
            // 1E999999999999, which it reports without a location.
            throw new FormatException(source, lineOfHugeExponent(text), "a number is out of range: "
                    + hugeExponent(text));
        }
        if (root == null || root.isMissingNode()) {
            throw new FormatException(source, 0, "the file is empty");
        }
        if (!root.isObject()) {
            throw new FormatException(source, 1, "expected a JSON object at the top level");
        }
        return root;
    }

    /**
     * Skips the value the parser is at, as reading it into a tree would take it: a decimal whose exponent no
     * number can hold ({@code 1e9999999999}) is refused there (see {@link #parse}), so it is refused here too
     * rather than passed over.
     *
     * @throws NumberFormatException for such a decimal
     */
    static void skipValue(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            int depth = 1;
            while (depth > 0) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return; // the parser reports the end of input on the next call
                }
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    checkDecimal(p);
                }
            }
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            checkDecimal(p);
        }
    }

    private static void checkDecimal(JsonParser p) throws IOException {
        char[] chars = p.getTextCharacters();
        for (int i = p.getTextOffset(), end = i + p.getTextLength(); i < end; i++) {
            if (chars[i] == 'e' || chars[i] == 'E') {
                p.getDecimalValue(); // only an exponent can be out of range
                return;
            }
        }
    }

    /** Where a {@code \\u0000} escape is, one not itself escaped ({@code \\\\u0000} is text), or -1. */
    static int nulEscape(String text) {
        for (int at = text.indexOf("\\u0000"); at >= 0; at = text.indexOf("\\u0000", at + 1)) {
            int backslashes = 0;
            for (int i = at; i >= 0 && text.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                return at;
            }
        }
        return -1;
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    /**
     * The array under {@code key} in the top-level object of {@code text}. Without it the file cannot be read:
     * that is fatal, with {@code problem} as the message, reported on the key's line (else the object's).
     */
    static JsonNode requiredArray(JsonNode root, String key, String text, String source, String problem)
            throws FormatException {
        JsonNode array = root.get(key);
        if (array == null || !array.isArray()) {
            throw new FormatException(source, JsonLineIndex.of(text).lineOf("/" + key), problem);
        }
        return array;
    }

    private static final java.util.regex.Pattern HUGE_EXPONENT =
            java.util.regex.Pattern.compile("-?\\d[\\d.]{0,40}[eE][+-]?\\d{6,}");

    private static String hugeExponent(String text) {
        java.util.regex.Matcher m = HUGE_EXPONENT.matcher(text);
        return m.find() ? m.group() : "an exponent too large for any number";
    }

    private static int lineOfHugeExponent(String text) {
        java.util.regex.Matcher m = HUGE_EXPONENT.matcher(text);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /**
     * Jackson's messages can quote the document and span lines (an unclosed array names where it started); a
     * message for people is the first clause only, since the line number is reported separately.
     */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "invalid JSON";
        }
        String m = message;
        for (String cut : new String[] {"\n", " (start marker at", " at [Source"}) {
            int i = m.indexOf(cut);
            if (i > 0) {
                m = m.substring(0, i);
            }
        }
        return m.strip();
    }
}
