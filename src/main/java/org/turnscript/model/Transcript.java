package org.turnscript.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A whole transcript: what is known about the recording, the speakers, the segments in time order and the
 * chapters (parts of the show), each starting at a word. Immutable: every edit returns a new transcript that shares
 * the untouched segments with this one.
 *
 * @param chapters in document order, at most one per word (see {@link Chapters})
 */
public record Transcript(Metadata metadata, Roster roster, List<Segment> segments, List<Chapter> chapters) {

    public Transcript {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(roster, "roster");
        segments = List.copyOf(segments);
        Map<String, Integer> index = new HashMap<>();
        for (Segment s : segments) {
            if (index.putIfAbsent(s.id(), index.size()) != null) {
                throw new IllegalArgumentException("duplicate segment id " + s.id());
            }
            if (s.speakerId() != null && roster.byId(s.speakerId()).isEmpty()) {
                throw new IllegalArgumentException("segment " + s.id() + " names unknown speaker " + s.speakerId());
            }
        }
        chapters = inDocumentOrder(chapters, segments, index);
    }

    /** A transcript without chapters. */
    public Transcript(Metadata metadata, Roster roster, List<Segment> segments) {
        this(metadata, roster, segments, List.of());
    }

    private static List<Chapter> inDocumentOrder(List<Chapter> chapters, List<Segment> segments,
                                                 Map<String, Integer> index) {
        if (chapters == null || chapters.isEmpty()) {
            return List.of();
        }
        Set<Long> positions = new HashSet<>();
        for (Chapter c : chapters) {
            Integer seg = index.get(c.segmentId());
            if (seg == null) {
                throw new IllegalArgumentException("chapter \"" + c.title() + "\" starts in unknown segment "
                        + c.segmentId());
            }
            if (c.wordIndex() >= segments.get(seg).words().size()) {
                throw new IllegalArgumentException("chapter \"" + c.title() + "\" starts at word " + c.wordIndex()
                        + " of " + c.segmentId() + ", which has " + segments.get(seg).words().size());
            }
            if (!positions.add(((long) seg << 32) | c.wordIndex())) {
                throw new IllegalArgumentException("two chapters start at word " + c.wordIndex() + " of "
                        + c.segmentId());
            }
        }
        List<Chapter> sorted = new ArrayList<>(chapters);
        sorted.sort(Comparator.<Chapter>comparingInt(c -> index.get(c.segmentId())).thenComparingInt(Chapter::wordIndex));
        return List.copyOf(sorted);
    }

    public static Transcript empty() {
        return new Transcript(Metadata.EMPTY, Roster.EMPTY, List.of());
    }

    /** Segment ids for a fresh import: s1, s2, … */
    public static String sequentialId(int oneBased) {
        return "s" + oneBased;
    }

    // ---- Queries ---------------------------------------------------------------------------------

    public Segment segment(int index) {
        return segments.get(index);
    }

    public int indexOf(String segmentId) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).id().equals(segmentId)) {
                return i;
            }
        }
        return -1;
    }

    public int wordCount() {
        int n = 0;
        for (Segment s : segments) {
            n += s.words().size();
        }
        return n;
    }

    /** End of the last timed word, or {@link Word#UNKNOWN_TIME}. */
    public long lastEnd() {
        for (int i = segments.size() - 1; i >= 0; i--) {
            long end = segments.get(i).end();
            if (end >= 0) {
                return end;
            }
        }
        return Word.UNKNOWN_TIME;
    }

    /** The media duration when known, else the end of the last timed word. */
    public long durationMs() {
        return metadata.hasDuration() ? metadata.durationMs() : lastEnd();
    }

    /** An id not used by any segment, for the second half of a split. */
    public String freshSegmentId() {
        int max = 0;
        for (Segment s : segments) {
            String id = s.id();
            if (id.length() > 1 && id.charAt(0) == 's') {
                try {
                    max = Math.max(max, Integer.parseInt(id.substring(1)));
                } catch (NumberFormatException ignored) {
                    // ids from other tools (e.g. "seg-000001") are kept as they are and simply not counted
                }
            }
        }
        String candidate = sequentialId(max + 1);
        while (indexOf(candidate) >= 0) {
            candidate = sequentialId(++max + 1);
        }
        return candidate;
    }

    /**
     * The transcript with every continued turn spelled out: a speech segment without a speaker continues the
     * turn of the last tagged speech segment before it, so it gets that speaker (the rule is {@link Turns}').
     * Segments before the first tagged one stay without a speaker.
     */
    public Transcript resolveContinuedSpeakers() {
        return Turns.resolve(this);
    }

    /**
     * The inverse of {@link #resolveContinuedSpeakers()}: a speech segment whose speaker is the one already
     * speaking loses its tag, so only turn starts are tagged. Both forms mean the same; this one is what the
     * editor works on, where tagging a word re-attributes the rest of its turn.
     */
    public Transcript keepTurnStartsOnly() {
        return Turns.keepStartsOnly(this);
    }

    // ---- Edits -----------------------------------------------------------------------------------

    public Transcript withMetadata(Metadata newMetadata) {
        return new Transcript(newMetadata, roster, segments, chapters);
    }

    public Transcript withRoster(Roster newRoster) {
        return new Transcript(metadata, newRoster, segments, chapters);
    }

    /**
     * The same transcript with other segments (cleaned, re-timed). Chapters stay on their segment and word; a
     * chapter whose segment is gone goes with it, and one past its segment's last word (a glossary rule may
     * join words) moves to that last word.
     */
    public Transcript withSegments(List<Segment> newSegments) {
        return new Transcript(metadata, roster, newSegments, Chapters.keptIn(chapters, newSegments));
    }

    public Transcript withChapters(List<Chapter> newChapters) {
        return new Transcript(metadata, roster, segments, newChapters);
    }

    public Transcript withSegment(int index, Segment segment) {
        List<Segment> next = new ArrayList<>(segments);
        next.set(index, segment);
        return withSegments(next);
    }

    /**
     * Splits segment {@code index} before word {@code wordIndex}: the first part keeps the id, the second
     * gets a fresh one; both keep the speaker and every word keeps its time.
     */
    public Transcript split(int index, int wordIndex) {
        Segment s = segments.get(index);
        if (wordIndex <= 0 || wordIndex >= s.words().size()) {
            throw new IllegalArgumentException("cannot split " + s.id() + " at word " + wordIndex);
        }
        Segment first = s.withWords(s.words().subList(0, wordIndex));
        Segment second = new Segment(freshSegmentId(), s.speakerId(), s.kind(),
                s.words().subList(wordIndex, s.words().size()));
        List<Segment> next = new ArrayList<>(segments);
        next.set(index, first);
        next.add(index + 1, second);
        List<Chapter> moved = new ArrayList<>(chapters.size());
        for (Chapter c : chapters) {
            boolean inSecond = c.segmentId().equals(s.id()) && c.wordIndex() >= wordIndex;
            moved.add(inSecond ? new Chapter(second.id(), c.wordIndex() - wordIndex, c.mark()) : c);
        }
        return new Transcript(metadata, roster, next, moved);
    }

    /** Merges segment {@code index} into the one before it, which keeps its id and speaker. */
    public Transcript mergeWithPrevious(int index) {
        if (index <= 0 || index >= segments.size()) {
            throw new IllegalArgumentException("no segment before " + index);
        }
        Segment prev = segments.get(index - 1);
        Segment cur = segments.get(index);
        List<Word> words = new ArrayList<>(prev.words());
        words.addAll(cur.words());
        List<Segment> next = new ArrayList<>(segments);
        next.set(index - 1, prev.withWords(words));
        next.remove(index);
        List<Chapter> moved = new ArrayList<>(chapters.size());
        for (Chapter c : chapters) {
            boolean inMerged = c.segmentId().equals(cur.id());
            moved.add(inMerged ? new Chapter(prev.id(), prev.words().size() + c.wordIndex(), c.mark()) : c);
        }
        return new Transcript(metadata, roster, next, moved);
    }

    public Transcript assignSpeaker(int index, String speakerId) {
        return withSegment(index, segments.get(index).withSpeaker(speakerId));
    }

    /**
     * "From this word on, this speaker speaks": splits before {@code wordIndex} (unless it is the first word)
     * and assigns the speaker to the part that starts there.
     */
    public Transcript speakerFrom(int index, int wordIndex, String speakerId) {
        if (wordIndex <= 0) {
            return assignSpeaker(index, speakerId);
        }
        return split(index, wordIndex).assignSpeaker(index + 1, speakerId);
    }

    /** Every segment of {@code fromId} now belongs to {@code intoId}, and {@code fromId} leaves the roster. */
    public Transcript mergeSpeakers(String fromId, String intoId) {
        return reassignSpeaker(fromId, intoId).withRoster(roster.without(fromId));
    }

    /** Removes a speaker, giving their segments to {@code replacementId} (or to nobody when null). */
    public Transcript deleteSpeaker(String id, String replacementId) {
        return reassignSpeaker(id, replacementId).withRoster(roster.without(id));
    }

    private Transcript reassignSpeaker(String fromId, String toId) {
        List<Segment> next = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            next.add(fromId.equals(s.speakerId()) ? s.withSpeaker(toId) : s);
        }
        return new Transcript(metadata, roster, next, chapters);
    }
}
