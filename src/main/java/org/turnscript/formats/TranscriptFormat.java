package org.turnscript.formats;

import java.util.List;
import org.turnscript.model.Transcript;

/**
 * One file format Turnscript reads, writes, or both. Readers take decoded text (see {@link TextDecoder});
 * writers return the whole file as a string so a failed export never leaves half a file behind.
 */
public interface TranscriptFormat {

    /** Short, stable id used on the command line: {@code srt}, {@code vtt}, {@code json}, … */
    String id();

    /** Name shown to people, e.g. "SubRip (SRT)". */
    String displayName();

    /** File name endings without the dot, most typical first, e.g. {@code ["srt"]}. */
    List<String> extensions();

    /**
     * How sure this format is that {@code head} (the first few kilobytes of decoded text) is one of its
     * files: 0 = not at all, 100 = certain. Only readers are asked.
     */
    int sniff(String head);

    /**
     * Whether {@link #sniff} is given the whole text of a JSON file rather than its head: a JSON format is told
     * apart by keys that a pretty-printed file may put far down. Every other format sees the head only, so that
     * detecting a large JSON file does not scan all of it for subtitle timing lines.
     */
    default boolean sniffsWholeJson() {
        return false;
    }

    /** Whether the format is an XML document, so that a text not opening with a tag cannot be it. */
    default boolean isXml() {
        return false;
    }

    boolean canRead();

    boolean canWrite();

    /** Parses a whole file. Recoverable problems go into the result's warnings; fatal ones throw. */
    default ReadResult read(String text, ReadOptions options) throws FormatException {
        throw new IllegalStateException(id() + " cannot be read");
    }

    /**
     * What makes a file of this format break the rules of where it is published (e.g. a YouTube chapter list with
     * fewer than three chapters), each in words; empty when nothing does. The file is still written: the
     * editor sees the warning, the command line exits with 1.
     */
    default List<String> problems(Transcript transcript, ExportOptions options) {
        return List.of();
    }

    /** Serialises a transcript; the result is the complete file content. */
    default String write(Transcript transcript, ExportOptions options) {
        throw new IllegalStateException(id() + " cannot be written");
    }
}
