package org.turnscript.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.turnscript.convert.EditJournal;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentSplice;
import org.turnscript.model.Transcript;

/**
 * Autosave as a journal of changes, run on the session's background thread only. The first autosave after a
 * load or save writes the whole transcript; every later one compares the document with the one last journalled
 * and appends the paragraphs that differ as one {@link SegmentSplice}. RichTextFX's documents share unchanged
 * paragraphs, so the comparison is by identity and costs microseconds per paragraph, never a copy.
 */
final class JournalAutosave {

    /** Past this many changes, or once the changes outweigh the base, the journal is rewritten from the state. */
    private static final int COMPACT_AFTER_SPLICES = 2000;

    private final EditJournal journal;
    private ReadOnlyStyledDocument<ParStyle, String, WordStyle> journalled;
    private long baseBytes;
    private int counter;

    JournalAutosave(Path dir) {
        this.journal = new EditJournal(dir.resolve("recovery.turnscript.jsonl"));
    }

    Path file() {
        return journal.file();
    }

    /**
     * Records the state {@code snapshot} shows.
     *
     * @param transcript {@code snapshot} as a transcript (the settle has made it already)
     */
    void record(BufferSnapshot snapshot, Transcript transcript, Path origin) throws IOException {
        if (journalled == null || journal.splices() >= COMPACT_AFTER_SPLICES
                || (journal.bytes() - baseBytes) > baseBytes) {
            journal.start(transcript, origin);
            baseBytes = journal.bytes();
        } else {
            SegmentSplice splice = diff(journalled, snapshot);
            Transcript state = new Transcript(snapshot.metadata(), snapshot.roster(), List.of());
            journal.append(List.of(splice), state);
        }
        journalled = snapshot.document();
    }

    /** Forgets the journal: the work in it was saved or discarded. */
    void clear() {
        journalled = null;
        try {
            journal.delete();
        } catch (IOException e) {
            // A journal that cannot be removed is offered again at the next start; nothing is lost.
        }
    }

    /** Files the journal under a dated name beside it; left where it is if it cannot be moved (offered again). */
    void setAside() {
        Path file = journal.file();
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss"));
        try {
            java.nio.file.Files.move(file, file.resolveSibling("recovery-" + stamp + ".turnscript.jsonl"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Left where it is, it is offered again at the next start.
        }
    }

    boolean exists() {
        return journal.exists();
    }

    Optional<EditJournal.Recovered> read() throws IOException, FormatException {
        return journal.read();
    }

    /** The paragraphs between the common start and the common end of two documents, as one splice of segments. */
    private SegmentSplice diff(ReadOnlyStyledDocument<ParStyle, String, WordStyle> before, BufferSnapshot after) {
        List<Paragraph<ParStyle, String, WordStyle>> a = before.getParagraphs();
        List<Paragraph<ParStyle, String, WordStyle>> b = after.document().getParagraphs();
        int prefix = 0;
        int max = Math.min(a.size(), b.size());
        while (prefix < max && a.get(prefix) == b.get(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.get(a.size() - 1 - suffix) == b.get(b.size() - 1 - suffix)) {
            suffix++;
        }
        int from = 0;
        for (int i = 0; i < prefix; i++) {
            if (TranscriptDocuments.hasWords(a.get(i))) {
                from++;
            }
        }
        int removed = 0;
        for (int i = prefix; i < a.size() - suffix; i++) {
            if (TranscriptDocuments.hasWords(a.get(i))) {
                removed++;
            }
        }
        var changed = b.subList(prefix, b.size() - suffix);
        List<Segment> inserted = TranscriptDocuments.segmentsOf(changed, after.roster(), "j" + (++counter) + "-");
        return new SegmentSplice(from, removed, inserted, TranscriptDocuments.chaptersOf(changed, inserted));
    }
}
