package org.turnscript.formats.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import org.turnscript.formats.FormatException;
import org.turnscript.model.SegmentSplice;
import org.turnscript.model.Transcript;

/**
 * One line of the autosave journal, as compact JSON: either the whole transcript the journal starts from
 * ({@code base}), or one segment-level change ({@code splice}) with the roster and metadata as they were after
 * it. Segments and words use the project file's own mapping, so the journal holds exactly what a save would.
 */
public final class JournalJson {

    private JournalJson() {
    }

    /**
     * A decoded line.
     *
     * @param base   the starting transcript, for a base line; else {@code null}
     * @param origin the file the work belongs to, for a base line ({@code null} when none)
     * @param splice the change, for a splice line; else {@code null}
     * @param state  the roster and metadata after the change (no segments), for a splice line
     */
    public record Line(Transcript base, String origin, SegmentSplice splice, Transcript state) {
    }

    record LineJson(String kind, String origin, Integer from, Integer removed, NativeJsonDocument doc) {
    }

    public static String base(Transcript t, String origin) {
        return write(new LineJson("base", origin, null, null, NativeJsonMapper.toDocument(t)));
    }

    /** A splice with the roster and metadata of {@code after} (whose segments are ignored). */
    public static String splice(SegmentSplice splice, Transcript after) {
        Transcript carrier = new Transcript(after.metadata(), after.roster(), splice.inserted(), splice.chapters());
        return write(new LineJson("splice", null, splice.from(), splice.removed(),
                NativeJsonMapper.toDocument(carrier)));
    }

    /** Decodes a line; {@code lineNumber} is for the message of a damaged one. */
    public static Line parse(String line, String source, int lineNumber) throws FormatException {
        try {
            LineJson json = JsonText.mapper().readValue(line, LineJson.class);
            if (json.doc() == null) {
                throw new FormatException(source, lineNumber, "a journal line without a document");
            }
            Transcript doc = NativeJsonMapper.toTranscript(json.doc());
            if ("base".equals(json.kind())) {
                return new Line(doc, json.origin(), null, null);
            }
            if ("splice".equals(json.kind()) && json.from() != null && json.removed() != null) {
                return new Line(null, null, new SegmentSplice(json.from(), json.removed(), doc.segments(),
                        doc.chapters()),
                        new Transcript(doc.metadata(), doc.roster(), java.util.List.of()));
            }
            throw new FormatException(source, lineNumber, "unknown journal line kind \"" + json.kind() + "\"");
        } catch (JsonProcessingException e) {
            throw new FormatException(source, lineNumber, "damaged journal line: " + JsonText.oneLine(
                    e.getOriginalMessage()));
        } catch (JsonProblem | IllegalArgumentException e) {
            throw new FormatException(source, lineNumber, "damaged journal line: " + e.getMessage());
        }
    }

    private static String write(LineJson value) {
        try {
            return JsonText.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
