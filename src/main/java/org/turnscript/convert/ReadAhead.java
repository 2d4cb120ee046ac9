package org.turnscript.convert;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.cues.CueSource;
import org.turnscript.formats.cues.ReadCue;

/**
 * A cue source read on a second thread, a batch of cues ahead of the one that writes them: reading (bytes, lines,
 * timings) and writing (escapes, encoding) then run on two cores at once, which is most of a conversion's time
 * after start-up. Cues are immutable and come out in file order; a failure of the reader (a refused line, bytes
 * that are not UTF-8 after all) is thrown by {@link #next()} at its place, after the cues read before it, as the
 * source itself would throw it. Close it before the stream it reads: it stops the thread and waits for it.
 */
final class ReadAhead implements CueSource, AutoCloseable {

    /** Cues handed over at once: few hand-overs, and the writer starts after the first few milliseconds. */
    private static final int BATCH = 256;

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
    private final Thread reader;
    private volatile boolean closed;
    private Batch current;
    private int at;

    /** A run of cues, then possibly the end of the source ({@code last}) or what it threw instead. */
    private record Batch(ReadCue[] cues, int size, boolean last, Throwable failure) {
    }

    private ReadAhead(CueSource source) {
        reader = new Thread(() -> readAll(source), "turnscript-read-ahead");
        reader.setDaemon(true);
    }

    /** Starts reading {@code source} on its own thread. */
    static ReadAhead of(CueSource source) {
        ReadAhead ahead = new ReadAhead(source);
        ahead.reader.start();
        return ahead;
    }

    private void readAll(CueSource source) {
        ReadCue[] cues = new ReadCue[BATCH];
        int size = 0;
        try {
            for (ReadCue cue = source.next(); cue != null && !closed; cue = source.next()) {
                cues[size++] = cue;
                if (size == BATCH) {
                    queue.put(new Batch(cues, size, false, null));
                    cues = new ReadCue[BATCH];
                    size = 0;
                }
            }
            queue.put(new Batch(cues, size, true, null));
        } catch (InterruptedException stopped) {
            // closed by the writer (it failed, or is done): nobody takes what would follow
        } catch (IOException | FormatException | RuntimeException | Error e) {
            offerLast(new Batch(cues, size, true, e));
        }
    }

    private void offerLast(Batch batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException stopped) {
            // closed: the failure has no one to go to
        }
    }

    @Override
    public ReadCue next() throws IOException, FormatException {
        while (current == null || at == current.size()) {
            if (current != null && current.last()) {
                rethrow(current.failure());
                return null;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while converting");
            }
            at = 0;
        }
        return current.cues()[at++];
    }

    private static void rethrow(Throwable failure) throws IOException, FormatException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof FormatException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw (RuntimeException) failure;
    }

    /** Stops the reading thread (if it is still reading) and waits until it has. */
    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
