package org.turnscript.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.json.JournalJson;
import org.turnscript.model.Chapter;
import org.turnscript.model.Chapters;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentSplice;
import org.turnscript.model.Transcript;

/**
 * The autosave journal of unsaved work: a file of JSON lines, the whole transcript once at the start, then one
 * line per segment-level change. An edit appends a few hundred bytes instead of rewriting the whole document
 * (17 MB at ten hours); {@link #compact} rewrites it from the current state now and then. A line cut short
 * by a crash is skipped: everything before it is recovered.
 */
public final class EditJournal {

    private final Path file;
    private long bytes;
    private int splices;

    public EditJournal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Bytes written since the journal (re)started. */
    public long bytes() {
        return bytes;
    }

    /** Changes appended since the journal (re)started. */
    public int splices() {
        return splices;
    }

    /** Starts the journal afresh from the whole transcript (atomically: a crash leaves the old or the new one). */
    public void start(Transcript base, Path origin) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] line = (JournalJson.base(base, origin == null ? null : origin.toAbsolutePath().toString()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, line);
        bytes = line.length;
        splices = 0;
    }

    /** Same as {@link #start}: the current state replaces the base and the changes so far. */
    public void compact(Transcript current, Path origin) throws IOException {
        start(current, origin);
    }

    /** Appends changes, each with the roster and metadata of {@code after}; flushed to the disk before returning. */
    public void append(List<SegmentSplice> changes, Transcript after) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (SegmentSplice s : changes) {
            lines.append(JournalJson.splice(s, after)).append('\n');
        }
        byte[] data = lines.toString().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND, StandardOpenOption.SYNC)) {
            out.write(data);
        }
        bytes += data.length;
        splices += changes.size();
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
        bytes = 0;
        splices = 0;
    }

    /**
     * What a journal holds.
     *
     * @param transcript the unsaved state
     * @param origin     the file it was editing, or {@code null}
     * @param changes    how many changes were replayed onto the base
     * @param savedAt    when the journal was last written
     */
    public record Recovered(Transcript transcript, Path origin, int changes, FileTime savedAt) {
    }

    /** Replays the journal; empty when there is none. */
    public Optional<Recovered> read() throws IOException, FormatException {
        if (!exists()) {
            return Optional.empty();
        }
        Transcript base = null;
        Path origin = null;
        List<Segment> segments = null;
        List<Chapter> chapters = new ArrayList<>();
        Transcript state = null;
        int changes = 0;
        String source = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JournalJson.Line decoded;
                try {
                    decoded = JournalJson.parse(line, source, number);
                } catch (FormatException e) {
                    if (base == null) {
                        throw e; // without its base line the journal holds nothing usable
                    }
                    break; // the last line, cut short by a crash: keep what came before it
                }
                if (decoded.base() != null) {
                    base = decoded.base();
                    origin = decoded.origin() == null ? null : Path.of(decoded.origin());
                    segments = new ArrayList<>(base.segments());
                    chapters = new ArrayList<>(base.chapters());
                    state = base;
                    changes = 0;
                } else if (segments != null) {
                    SegmentSplice splice = decoded.splice();
                    try {
                        Set<String> gone = new HashSet<>();
                        segments.subList(splice.from(), splice.from() + splice.removed()).forEach(s -> gone.add(s.id()));
                        splice.applyTo(segments);
                        chapters.removeIf(c -> gone.contains(c.segmentId()));
                        chapters.addAll(splice.chapters());
                    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                        break; // a change that does not fit what came before: stop at the last good state
                    }
                    state = decoded.state();
                    changes++;
                }
            }
        }
        if (base == null) {
            throw new FormatException(source, 1, "the journal has no starting document");
        }
        List<Segment> unique = uniqueIds(segments, state);
        // A chapter whose segment a later change renamed (an id used twice) is dropped rather than misplaced.
        Transcript recovered = new Transcript(state.metadata(), state.roster(), unique,
                Chapters.keptIn(chapters, unique));
        return Optional.of(new Recovered(recovered, origin, changes, Files.getLastModifiedTime(file)));
    }

    /**
     * Segment ids and speakers as a transcript needs them: a change may bring an id already used elsewhere (a
     * segment pasted twice) or name a speaker a later roster change removed.
     */
    private static List<Segment> uniqueIds(List<Segment> segments, Transcript state) {
        Set<String> used = new HashSet<>();
        int max = 0;
        for (Segment s : segments) {
            if (s.id().matches("s\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(s.id().substring(1)));
            }
        }
        List<Segment> out = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            String id = used.add(s.id()) ? s.id() : Transcript.sequentialId(++max);
            used.add(id);
            String speaker = s.speakerId() != null && state.roster().byId(s.speakerId()).isPresent()
                    ? s.speakerId() : null;
            out.add(new Segment(id, speaker, s.kind(), s.words()));
        }
        return out;
    }
}
