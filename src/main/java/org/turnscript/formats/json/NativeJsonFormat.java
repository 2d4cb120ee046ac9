package org.turnscript.formats.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Transcript;

/**
 * The Turnscript project file: every word with its original spelling, time, time source and flags, so
 * {@code read(write(t))} gives {@code t} back. The layout is in docs/json-format.md and in
 * {@link NativeJsonDocument}. Readers refuse files of a newer format version; writers always write the
 * current one.
 */
public final class NativeJsonFormat extends AbstractFormat {

    public static final String ID = "json";

    /** The marker that only a Turnscript project has, wherever the key sits in the head of the file. */
    static final Pattern MARKER = Pattern.compile("\"format\"\\s*:\\s*\"turnscript\"");

    public NativeJsonFormat() {
        super(ID, "Turnscript project (JSON)", Direction.READ_WRITE, "turnscript.json", "json");
    }

    @Override
    public boolean sniffsWholeJson() {
        return true;
    }

    @Override
    public int sniff(String head) {
        return head != null && MARKER.matcher(head).find() ? 100 : 0;
    }

    /** The project file; the options are ignored because the project keeps everything. */
    @Override
    public String write(Transcript transcript, ExportOptions options) {
        return NativeJsonWriter.write(transcript);
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        ReadResult fast = readDirectly(text);
        return fast != null ? fast : readCarefully(text, options.sourceName());
    }

    /**
     * A well-formed project is read in one pass of the streaming parser, without a tree of the whole file first:
     * at ten hours (17 MB) the tree, and binding it, were most of the time and memory of opening. Anything off
     * (syntax, a missing or newer version, a wrong type, a rule of the model, a repair to report) returns null,
     * and {@link #readCarefully} reads the file again to say what and where.
     */
    private static ReadResult readDirectly(String text) {
        Transcript t = NativeJsonStreamReader.read(text);
        return t == null ? null : ReadResult.of(t, ID);
    }

    private static ReadResult readCarefully(String text, String source) throws FormatException {
        JsonNode root = JsonText.parse(text, source);
        checkFormatAndVersion(root, text, source);
        try {
            NativeJsonDocument doc = JsonText.mapper().treeToValue(root, NativeJsonDocument.class);
            List<JsonProblem> repaired = new ArrayList<>();
            Transcript t = NativeJsonMapper.toTranscript(doc, repaired);
            List<String> warnings = new ArrayList<>();
            JsonLineIndex lines = repaired.isEmpty() ? null : JsonLineIndex.of(text);
            for (JsonProblem r : repaired) {
                warnings.add("line " + lines.lineOf(r.pointer()) + ": " + r.getMessage());
            }
            return new ReadResult(t, ID, warnings);
        } catch (JsonMappingException e) {
            String pointer = pointerOf(e);
            throw new FormatException(source, JsonLineIndex.of(text).lineOf(pointer),
                    (pointer.isEmpty() ? "top level" : pointer) + ": expected " + expected(e)
                            + ", found " + abbreviate(root.at(pointer).toString()));
        } catch (JsonProblem e) {
            throw new FormatException(source, JsonLineIndex.of(text).lineOf(e.pointer()), e.getMessage());
        } catch (JsonProcessingException e) {
            // treeToValue declares the general exception; a tree already parsed only fails to bind (above).
            throw new FormatException(source, 0, firstLine(e.getOriginalMessage()));
        }
    }

    private static void checkFormatAndVersion(JsonNode root, String text, String source) throws FormatException {
        JsonNode format = root.get("format");
        if (format == null || !NativeJsonDocument.FORMAT.equals(format.textValue())) {
            throw new FormatException(source, JsonLineIndex.of(text).lineOf("/format"),
                    "not a Turnscript project: \"format\": \"turnscript\" is missing");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw new FormatException(source, JsonLineIndex.of(text).lineOf("/version"),
                    "\"version\" must be a whole number from 1 up");
        }
        if (version.intValue() > NativeJsonDocument.CURRENT_VERSION) {
            throw new FormatException(source, JsonLineIndex.of(text).lineOf("/version"),
                    "written by a newer Turnscript (format version " + version.intValue() + ")");
        }
    }

    private static String pointerOf(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
        }
        return pointer.toString();
    }

    /** What the file should have had, in words rather than Java type names. */
    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type == null) {
            return "another value";
        } else if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "a whole number";
        } else if (type == String.class) {
            return "text";
        } else if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String abbreviate(String json) {
        return json.length() <= 40 ? json : json.substring(0, 37) + "...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
