package org.turnscript.formats.cues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.SegmentOverlaps;
import org.turnscript.model.SoundTags;
import org.turnscript.model.Speaker;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Turns read cues into a transcript, one segment per cue (or per speaker of a cue that holds two, as a dialogue
 * cue or a cue with two voices does). The speaker of a cue is its voice span, else its leading label, else nobody
 * when the cue opens with a change marker ({@code >> }, {@code - }), else the speaker of the cue before: files
 * label a speaker only when the speaker changes.
 */
public final class CueTranscriptBuilder {

    // Patterns are matched by hand below, because they are tried on every cue of files with hundreds of thousands:
    // a change marker is ^(?:>>+|-)[ \t]+(?=\S); Netflix writes a dialogue cue's dashes without a space
    // ({@code -Are you coming?} on each line), ^-[ \t]*(?=\S); a word is \S+ (ASCII white space separates).
    /** No recording is this long; a time past it is a broken timestamp (an overflow, a typo in the hours). */
    static final long LONGEST_MS = 1000L * 60 * 60 * 1000;

    private final Map<String, Integer> labelCounts;
    private Roster roster;
    private List<String> rosterNames; // the roster's names, longest first, while the roster stays as it is
    private String currentSpeakerId;
    private SegmentTimes times; // each segment's start, end and cue line, for the overlap warning
    private int tallyLine; // the line of the cue being tallied
    // While a one-pass tally reads (see OnePass): the labels seen once so far, which a later cue may confirm, by
    // key; whether the cue being tallied waits on one of them; and the names its parts would be given.
    private Map<String, String> unconfirmed;
    private List<String> unconfirmedNames; // longest first, as a known label is matched
    private boolean undecided;
    /** The text {@link #candidate} was last asked about, and its answer. */
    private String candidateText;
    private Optional<SpeakerLabels.Label> lastCandidate;
    /** Where {@link #countWords} copies a line to scan it; a longer line's copy is not kept. */
    private char[] wordChars = new char[128];
    private static final int KEPT_CHARS = 1 << 12;
    private List<String> named; // the names given to the parts of the cue being counted, in order

    private CueTranscriptBuilder(Roster roster, Map<String, Integer> labelCounts) {
        this.roster = roster;
        this.labelCounts = labelCounts;
    }

    /**
     * The result of a reader of YouTube's timed-text files (srv1, srv3, json3), which are well-formed even with no
     * caption at all: then the transcript is empty and a warning, after {@code warnings}, says so.
     */
    public static ReadResult captions(List<ReadCue> cues, ReadOptions options, String formatId, List<String> warnings) {
        List<String> all = new ArrayList<>(warnings);
        if (cues.isEmpty()) {
            all.add("the file has no captions");
        }
        Transcript t = build(cues, options, all);
        return new ReadResult(t, formatId, all);
    }

    /** Builds the transcript, with what it worked around added to {@code warnings}. */
    public static Transcript build(List<ReadCue> cues, ReadOptions options, List<String> warnings) {
        return build(usable(cues, warnings), options, warnings::add);
    }

    /**
     * What each segment {@link #build(List, ReadOptions, List)} would make holds, without making it: the counts a
     * summary of a long file needs.
     */
    public interface SegmentTally {

        /**
         * @param words     its words; in a non-speech segment the one word is a tag
         * @param soundTags how many of a speech segment's words are a sound tag ("[music] Welcome")
         * @param measured  how many of them have measured times (the others are interpolated)
         * @param end       ms, the end of its last word
         */
        void segment(SegmentKind kind, int words, int soundTags, int measured, long end);
    }

    /**
     * Counts the segments {@link #build(List, ReadOptions, List)} would make into {@code tally}, in order.
     *
     * @return the roster the transcript would have
     */
    public static Roster tally(List<ReadCue> cues, ReadOptions options, List<String> warnings, SegmentTally tally) {
        List<ReadCue> usable = usable(cues, warnings);
        CueTranscriptBuilder builder = new CueTranscriptBuilder(Roster.of(options.speakerNames()), countLabels(usable));
        builder.times = new SegmentTimes(usable.size());
        for (ReadCue cue : usable) {
            builder.tallyLine = cue.lineNumber();
            builder.segments(cue, 0, tally);
        }
        builder.times.warnOfOverlaps(warnings::add); // as build says, though nothing is clipped: only counted
        return builder.roster;
    }

    private static List<ReadCue> usable(List<ReadCue> cues, List<String> warnings) {
        List<ReadCue> usable = new ArrayList<>(cues.size());
        for (ReadCue cue : cues) {
            if (isUsable(cue, warnings)) {
                usable.add(cue);
            }
        }
        if (!isSorted(usable)) {
            // Players show cues by time whatever the order in the file (SubRip allows any order); so do we.
            usable.sort(java.util.Comparator.comparingLong(ReadCue::start));
            warnings.add("line 1: the cues are not in time order; they were sorted by their start times");
        }
        return usable;
    }

    private static boolean isUsable(ReadCue cue, List<String> warnings) {
        if (cue.start() < 0 || cue.start() > LONGEST_MS || cue.end() > LONGEST_MS) {
            // An hour field of 99999999999999, or a json3 tStartMs near Long.MAX_VALUE: no real time.
            warnings.add("line " + cue.lineNumber() + ": a time beyond 1000 hours; the cue was left out");
            return false;
        }
        return true;
    }

    /**
     * A tally that streams: each cue is counted as it is read, in one pass over the file, and none is kept, but for
     * the few whose count waits on the rest of the file. A mixed-case label ("Kate: ") counts only once the file
     * uses it twice, so a cue that opens with one seen once so far (or names such a speaker as a known label
     * would) cannot be counted yet: it is kept, with its place, and counted at the end with the file's label
     * counts and the roster as it stood at its place. That keeps each distinct label's first use, not the file.
     * The result is what {@link #tally(List, ReadOptions, List, SegmentTally)} gives for the same cues; cues out
     * of time order need the whole list, sorted: then {@link #inOrder()} is false and the caller tallies the list.
     */
    public static final class OnePass {
        private final ReadOptions options;
        private final CueTranscriptBuilder live;
        private final SegmentTally tally;
        private final List<String> usableWarnings = new ArrayList<>(); // after the reader's, as the list tally has them
        private final List<Kept> kept = new ArrayList<>();
        private final java.util.TreeMap<Long, String> accepted = new java.util.TreeMap<>(); // roster names by place
        private Roster recorded = Roster.EMPTY; // the names in accepted so far, for looking them up
        private final SegmentTimes times = new SegmentTimes(1024);
        private final Held held;
        private long lastStart = Long.MIN_VALUE;
        private boolean inOrder = true;
        private int index; // of the usable cue being counted

        public OnePass(ReadOptions options, SegmentTally tally) {
            this.options = options;
            this.tally = tally;
            this.live = new CueTranscriptBuilder(Roster.of(options.speakerNames()), new HashMap<>());
            this.live.unconfirmed = new HashMap<>();
            this.live.named = new ArrayList<>();
            // 20 bytes a segment for the overlap warning: 10 MB at 500,000 cues, where the cues would take 300 MB
            this.live.times = times;
            this.held = new Held(tally);
        }

        /** A cue counted at the end, at its place among the others. */
        private record Kept(int index, ReadCue cue, int timesAt) {
        }

        public void add(ReadCue cue) {
            if (!isUsable(cue, usableWarnings)) {
                return;
            }
            inOrder &= cue.start() >= lastStart;
            lastStart = cue.start();
            if (!inOrder) {
                return; // the caller tallies the sorted list instead
            }
            index++;
            String labelKey = firstLabelKey(cue, live);
            if (labelKey != null) {
                live.labelCounts.merge(labelKey, 1, Integer::sum);
                confirm(labelKey);
            }
            live.undecided = false;
            live.named.clear();
            int timesBefore = times.size;
            live.tallyLine = cue.lineNumber();
            held.index = index;
            live.segments(cue, 0, held);
            if (live.undecided) {
                // Counted at the end; the speakers it names for certain are in the roster from here on (above),
                // recorded at their place when it is counted.
                kept.add(new Kept(index, cue, timesBefore));
                return;
            }
            // Each name once, at its first place: a speaker first named by a cue kept for the end is named earlier
            // when that cue is counted, and the roster takes the earliest place.
            for (int k = 0; k < live.named.size(); k++) {
                String name = live.named.get(k);
                if (recorded.byName(name).isEmpty()) {
                    recorded = recorded.withNewSpeaker(name);
                    accepted.putIfAbsent(place(index, k), name);
                }
                if (live.unconfirmed.remove(key(name)) != null) {
                    live.unconfirmedNames = null;
                }
            }
        }

        public boolean inOrder() {
            return inOrder;
        }

        /**
         * A label seen once so far (on a part with words) that this cue uses again is a speaker from its first
         * use on: in the roster from here on, so a later "kate: " is known as it would be; its place comes when
         * that first cue is counted.
         */
        private void confirm(String key) {
            if (live.labelCounts.get(key) < 2) {
                return;
            }
            String name = live.unconfirmed.remove(key);
            if (name != null) {
                live.unconfirmedNames = null;
                if (live.roster.byName(name).isEmpty()) {
                    live.roster = live.roster.withNewSpeaker(name);
                    live.rosterNames = null;
                }
            }
        }

        /**
         * Counts the cues kept, then warns as the list tally does.
         *
         * @param warnings the reader's warnings, to which the tally's are added
         * @return the roster the transcript would have
         */
        public Roster finish(List<String> warnings) {
            warnings.addAll(usableWarnings);
            CueTranscriptBuilder late = new CueTranscriptBuilder(Roster.EMPTY, live.labelCounts);
            SegmentTimes merged = kept.isEmpty() ? times : new SegmentTimes(times.size + kept.size() * 2);
            int copied = 0;
            for (Kept k : kept) {
                // The held segment goes at its place among the kept cues, not after the last of them: a kept cue
                // after it may make no segment at all (a label and chevrons, "Kate Soule: >>"), and then the
                // held one is still the transcript's last.
                if (k.index() > held.heldIndex) {
                    held.pass(tally);
                }
                late.roster = rosterBefore(place(k.index(), 0));
                late.rosterNames = null;
                late.tallyLine = k.cue().lineNumber();
                late.times = new SegmentTimes(4);
                int rosterBefore = late.roster.size();
                late.segments(k.cue(), 0, tally);
                List<Speaker> speakers = late.roster.speakers();
                for (int s = rosterBefore; s < speakers.size(); s++) {
                    accepted.putIfAbsent(place(k.index(), s - rosterBefore), speakers.get(s).name());
                }
                merged.addAll(times, copied, k.timesAt());
                merged.addAll(late.times, 0, late.times.size);
                copied = k.timesAt();
            }
            held.pass(tally);
            if (!kept.isEmpty()) {
                merged.addAll(times, copied, times.size);
            }
            merged.warnOfOverlaps(warnings::add);
            return rosterBefore(Long.MAX_VALUE);
        }

        /** The roster as the list tally has it before the place given: speakers in the order they were named. */
        private Roster rosterBefore(long place) {
            Roster roster = Roster.of(options.speakerNames());
            for (String name : accepted.headMap(place).values()) {
                if (roster.byName(name).isEmpty()) {
                    roster = roster.withNewSpeaker(name);
                }
            }
            return roster;
        }

        private static long place(int cueIndex, int nameInCue) {
            return (long) cueIndex << 32 | nameInCue;
        }
    }

    /**
     * Passes segments on one behind: the last one waits, so that if cues counted at the end come before it in the
     * file, it still comes last, as the end of the transcript ({@code lastEnd}) is the end of its last segment.
     */
    private static final class Held implements SegmentTally {
        private final SegmentTally target;
        private boolean holding;
        private SegmentKind kind;
        private int words;
        private int soundTags;
        private int measured;
        private long end;
        int index; // of the cue being counted
        private int heldIndex;

        Held(SegmentTally target) {
            this.target = target;
        }

        @Override
        public void segment(SegmentKind kind, int words, int soundTags, int measured, long end) {
            if (holding) {
                target.segment(this.kind, this.words, this.soundTags, this.measured, this.end);
            }
            holding = true;
            this.kind = kind;
            this.words = words;
            this.soundTags = soundTags;
            this.measured = measured;
            this.end = end;
            heldIndex = index;
        }

        void pass(SegmentTally to) {
            if (holding) {
                to.segment(kind, words, soundTags, measured, end);
                holding = false;
            }
        }
    }

    private static boolean isSorted(List<ReadCue> cues) {
        for (int i = 1; i < cues.size(); i++) {
            if (cues.get(i).start() < cues.get(i - 1).start()) {
                return false;
            }
        }
        return true;
    }

    /** Builds the transcript from cues in time order; cues without any text are left out (they carry no words). */
    public static Transcript build(List<ReadCue> cues, ReadOptions options) {
        return build(cues, options, warning -> { });
    }

    private static Transcript build(List<ReadCue> cues, ReadOptions options, Consumer<String> warnings) {
        CueTranscriptBuilder builder = new CueTranscriptBuilder(Roster.of(options.speakerNames()), countLabels(cues));
        List<Segment> segments = new ArrayList<>();
        List<Integer> lines = new ArrayList<>(); // the line of each segment's cue, for the warning below
        for (ReadCue cue : cues) {
            for (Segment s : builder.segments(cue, segments.size())) {
                segments.add(s);
                lines.add(cue.lineNumber());
            }
        }
        // Crosstalk (a cue that starts before the one above it ends: two people at once) and a [Music] cue under
        // the speech give overlapping segments, which no transcript holds: the earlier one ends where the later
        // one begins (SegmentOverlaps.clip says how its words move).
        builder.times = new SegmentTimes(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            builder.times.add(s.start(), latestEnd(s), lines.get(i));
        }
        builder.times.warnOfOverlaps(warnings);
        segments = SegmentOverlaps.clip(segments);
        Metadata metadata = Metadata.EMPTY.withSourceFile(options.sourceName())
                .withDurationMs(Math.max(options.durationMs(), Word.UNKNOWN_TIME));
        return new Transcript(metadata, builder.roster, segments);
    }

    /**
     * The segments of one cue: usually one; one per speaker when a second voice or a dialogue dash starts a line.
     * Ids continue from {@code made}, the number of segments made so far.
     */
    private List<Segment> segments(ReadCue cue, int made) {
        return segments(cue, made, null);
    }

    /** As {@link #segments(ReadCue, int)}; with a tally, the segments are counted into it instead of made. */
    private List<Segment> segments(ReadCue cue, int made, SegmentTally tally) {
        long start = cue.start();
        long end = Math.max(cue.end(), start);
        String cueVoice = null;
        int first = -1; // the first character of the first line with text (as that line stripped starts)
        for (CueLine line : cue.lines()) {
            if (first < 0) {
                first = firstNonSpace(line.text());
            }
            cueVoice = cueVoice == null ? line.voice() : cueVoice;
        }
        if (first < 0) {
            return List.of();
        }
        // A tag opens with a bracket, a parenthesis or a note, never a letter or digit: most cues need no joining.
        String whole = Character.isLetterOrDigit((char) first) ? null : joinedText(cue);
        if (whole != null && SoundTags.isWholeTag(whole)) {
            if (tally != null) {
                tally.segment(SegmentKind.NON_SPEECH, 1, 0, 1, end);
                times.add(start, end, tallyLine);
                return List.of();
            }
            Word tag = new Word(whole, whole, start, end, TimeSource.MEASURED, WordFlag.SOUND_TAG.bit());
            return List.of(new Segment(Transcript.sequentialId(made + 1), null, SegmentKind.NON_SPEECH, List.of(tag)));
        }
        boolean dialogue = cue.lines().size() > 1 && isDialogue(cue); // a dialogue has two lines at least
        if (tally != null && !dialogue && tallyPlain(cue, start, end, tally)) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        List<Integer> flags = new ArrayList<>();
        List<Long> marked = new ArrayList<>();
        List<Integer> groupStarts = new ArrayList<>(); // index of the first word of each speaker's part
        List<String> groupSpeakers = new ArrayList<>(); // its speaker name, or null
        List<Boolean> groupUndecided = new ArrayList<>(); // in a one-pass tally: whether its name waits on the rest
        boolean opensWithChange = false;
        boolean firstLine = true;
        boolean hint = false;
        String previousVoice = null;
        for (CueLine line : cue.lines()) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            int base = line.text().indexOf(text.charAt(0)); // offsets below index the line as read, for its marks
            int markerEnd = dialogue ? dialogueDash(text) : changeMarker(text);
            boolean lineHint = markerEnd >= 0;
            if (lineHint) {
                text = text.substring(markerEnd);
                base += markerEnd;
            }
            boolean newVoice = !firstLine && line.voice() != null && !line.voice().equalsIgnoreCase(previousVoice);
            if (firstLine || newVoice || (dialogue && lineHint)) {
                String name = firstLine ? cueVoice : line.voice();
                boolean undecidedBefore = undecided;
                undecided = false;
                Optional<SpeakerLabels.Label> label = name != null
                        ? SpeakerLabels.known(text, List.of(name)) // our own "<v Kate>Kate: …" label
                        : label(text);
                if (unconfirmed != null) {
                    groupUndecided.add(undecided);
                }
                undecided |= undecidedBefore;
                if (label.isPresent()) {
                    text = text.substring(label.get().length());
                    base += label.get().length();
                    name = name != null ? name : label.get().name();
                }
                if (firstLine) {
                    opensWithChange = lineHint;
                }
                groupStarts.add(texts.size());
                groupSpeakers.add(name);
                lineHint |= newVoice;
            }
            hint |= lineHint;
            firstLine = false;
            previousVoice = line.voice() != null ? line.voice() : previousVoice;
            int previousEnd = -1;
            int at = 0;
            while (true) {
                while (at < text.length() && isSpace(text.charAt(at))) {
                    at++;
                }
                if (at >= text.length()) {
                    break;
                }
                int from = at;
                while (at < text.length() && !isSpace(text.charAt(at))) {
                    at++;
                }
                String wordText = text.substring(from, at);
                int wordStart = base + from;
                if (isChevrons(wordText)) {
                    // YouTube's auto-captions mark a new speaker with ">>" anywhere in a line, not only first.
                    hint = true;
                } else {
                    texts.add(wordText);
                    flags.add(hint ? WordFlag.SPEAKER_CHANGE_HINT.bit() : 0);
                    marked.add(markBefore(line.marks(), previousEnd, wordStart));
                    hint = false;
                }
                previousEnd = base + at;
            }
        }
        if (undecided) {
            // A one-pass tally counts this cue at the end (OnePass): until then, what it may name is unconfirmed.
            for (int g = 0; g < groupSpeakers.size(); g++) {
                String name = groupSpeakers.get(g);
                int to = g + 1 < groupStarts.size() ? groupStarts.get(g + 1) : texts.size();
                if (groupStarts.get(g) >= to) {
                    continue; // a part without words names nobody, whatever its label
                }
                if (name != null && groupUndecided.get(g)) {
                    unconfirmed.putIfAbsent(key(name), name);
                    unconfirmedNames = null;
                } else if (name != null) {
                    speakerId(name); // a voice, capitals or a known name: a speaker from here on, whatever follows
                }
            }
            return List.of();
        }
        if (texts.isEmpty()) {
            return List.of();
        }
        // "[music] Welcome back": the tag stays in the speech segment, flagged, so cleanup can drop or lower-case it
        java.util.BitSet soundTags = SoundTags.find(texts);
        for (int i = soundTags.nextSetBit(0); i >= 0; i = soundTags.nextSetBit(i + 1)) {
            flags.set(i, flags.get(i) | WordFlag.SOUND_TAG.bit());
        }
        long[] anchors = anchors(marked, start, end);
        List<Word> words = tally == null ? spread(texts, flags, anchors, start, end) : null;
        long[] starts = null;
        long[] ends = null;
        boolean[] measured = null;
        if (tally != null) {
            starts = new long[texts.size()];
            ends = new long[texts.size()];
            measured = new boolean[texts.size()];
            spreadTimes(texts, anchors, end, starts, ends, measured);
        }
        List<Segment> out = new ArrayList<>();
        for (int g = 0; g < groupStarts.size(); g++) {
            int from = groupStarts.get(g);
            int to = g + 1 < groupStarts.size() ? groupStarts.get(g + 1) : texts.size();
            if (from >= to) {
                continue;
            }
            String name = groupSpeakers.get(g);
            if (name != null) {
                currentSpeakerId = speakerId(name);
            } else if (g > 0 || opensWithChange) {
                currentSpeakerId = null; // a new, unnamed speaker
            }
            if (tally != null) {
                int measuredWords = 0;
                int tags = 0;
                for (int i = from; i < to; i++) {
                    measuredWords += measured[i] ? 1 : 0;
                    tags += (flags.get(i) & WordFlag.SOUND_TAG.bit()) != 0 ? 1 : 0;
                }
                tally.segment(SegmentKind.SPEECH, to - from, tags, measuredWords, ends[to - 1]);
                times.add(starts[from], ends[to - 1], tallyLine); // spread ends only grow: the last is the latest
                continue;
            }
            out.add(new Segment(Transcript.sequentialId(made + out.size() + 1), currentSpeakerId, SegmentKind.SPEECH,
                    words.subList(from, to)));
        }
        return out;
    }

    /**
     * The tally of a plain cue (most cues of most files): no voices, no inline times, nothing that opens a sound
     * tag ({@code [}, {@code (}, a note), so that it makes one speaker's part (a dialogue cue is ruled out by the
     * caller). It counts what the general path of {@link #segments(ReadCue, int, SegmentTally)} counts for it,
     * without making its words: its words spread over the whole cue, measured only when it is a single word,
     * ending with the cue. Each line is copied once and looked at once, for the characters that make a cue not
     * plain and for its words together.
     *
     * @return false, having changed nothing, when the cue is not plain: the general path counts it
     */
    private boolean tallyPlain(ReadCue cue, long start, long end, SegmentTally tally) {
        for (CueLine line : cue.lines()) {
            if (line.voice() != null || !line.marks().isEmpty()) {
                return false;
            }
        }
        boolean undecidedOnEntry = undecided;
        boolean firstLine = true;
        boolean opensWithChange = false;
        String name = null;
        boolean nameUndecided = false;
        int words = 0;
        for (CueLine line : cue.lines()) {
            String raw = line.text();
            int n = raw.length();
            char[] c = copy(raw);
            int from = 0;
            while (from < n && isSpace(c[from])) {
                from++;
            }
            if (from == n) {
                continue; // white space only, which holds no bracket either
            }
            int to = n;
            while (isSpace(c[to - 1])) {
                to--;
            }
            boolean labelled = firstLine; // the first line's label is looked for, and may hold a bracket
            if (firstLine) {
                String text = from == 0 && to == n ? raw : raw.substring(from, to); // as strip() makes it
                int markerEnd = changeMarker(text);
                if (markerEnd >= 0) {
                    text = text.substring(markerEnd);
                    from += markerEnd;
                }
                boolean undecidedBefore = undecided;
                undecided = false;
                Optional<SpeakerLabels.Label> label = label(text);
                nameUndecided = undecided;
                undecided |= undecidedBefore;
                if (label.isPresent()) {
                    from += label.get().length();
                    name = label.get().name();
                }
                opensWithChange = markerEnd >= 0;
                firstLine = false;
            } else {
                int markerEnd = changeMarker(c, from, to);
                from += Math.max(markerEnd, 0);
            }
            // before "from" a later line has white space and a change marker, which open no tag
            int lineWords = countWords(c, from, to);
            if (lineWords < 0 || labelled && hasTagOpening(c, 0, from)) {
                undecided = undecidedOnEntry; // the general path asks again
                return false;
            }
            words += lineWords;
        }
        if (undecided) { // as the general path does
            if (words == 0) {
                return true;
            }
            if (name != null && nameUndecided) {
                unconfirmed.putIfAbsent(key(name), name);
                unconfirmedNames = null;
            } else if (name != null) {
                speakerId(name);
            }
            return true;
        }
        if (words == 0) {
            return true;
        }
        if (name != null) {
            currentSpeakerId = speakerId(name);
        } else if (opensWithChange) {
            currentSpeakerId = null;
        }
        tally.segment(SegmentKind.SPEECH, words, 0, words == 1 ? 1 : 0, end);
        times.add(start, end, tallyLine);
        return true;
    }

    /** The first character of {@code text} that is not white space (as {@link String#strip} sees it), or -1. */
    private static int firstNonSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a line holds a character that may open a sound tag: a bracket, a parenthesis or a note. */
    private static boolean hasTagOpening(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (ch == '[' || ch == '(' || ch >= '\u266A' && ch <= '\u266C') {
                return true;
            }
        }
        return false;
    }

    /** {@link #changeMarker(String)} of the text from {@code from} to {@code to}. */
    private static int changeMarker(char[] t, int from, int to) {
        int i = from;
        if (to - from >= 2 && t[i] == '>' && t[i + 1] == '>') {
            i += 2;
            while (i < to && t[i] == '>') {
                i++;
            }
        } else if (i < to && t[i] == '-') {
            i++;
        } else {
            return -1;
        }
        int blanks = i;
        while (i < to && (t[i] == ' ' || t[i] == '\t')) {
            i++;
        }
        return i > blanks && i < to && !isSpace(t[i]) ? i - from : -1;
    }

    /**
     * The words of {@code c} from {@code from} to {@code to} as the general path splits them: chevrons
     * ({@code >>}) are a hint, not a word; or -1 when the text holds a character that may open a sound tag
     * ({@link #hasTagOpening}), looked for in the same loop. The line is looked at in a copy ({@link #copy}): every
     * cue's text is counted, and a loop over an array costs a fraction of one calling {@link String#charAt} per
     * character when the JVM runs without its optimising compiler, as the command line does; printable ASCII is
     * told from white space without a call.
     */
    private static int countWords(char[] c, int from, int to) {
        int words = 0;
        int at = from;
        while (true) {
            while (at < to && isSpace(c[at])) {
                at++;
            }
            if (at >= to) {
                return words;
            }
            int start = at;
            boolean chevrons = true;
            while (at < to) {
                char ch = c[at];
                if (ch <= ' ' || ch >= '\u007F') {
                    if (isSpace(ch)) {
                        break;
                    }
                    if (ch >= '\u266A' && ch <= '\u266C') {
                        return -1;
                    }
                } else if (ch == '[' || ch == '(') {
                    return -1;
                }
                chevrons &= ch == '>';
                at++;
            }
            if (!chevrons || at - start < 2) {
                words++;
            }
        }
    }

    /** The characters of {@code text} at the start of {@link #wordChars}, or of a copy not kept when it is long. */
    private char[] copy(String text) {
        int n = text.length();
        if (wordChars.length < n && n <= KEPT_CHARS) {
            wordChars = new char[Math.max(n, wordChars.length * 2)];
        }
        char[] c = n <= wordChars.length ? wordChars : new char[n];
        text.getChars(0, n, c, 0);
        return c;
    }

    /** The cue's lines, each stripped, joined by a space. */
    private static String joinedText(ReadCue cue) {
        StringBuilder joined = new StringBuilder();
        for (CueLine line : cue.lines()) {
            joined.append(joined.length() == 0 ? "" : " ").append(line.text().strip());
        }
        return joined.toString().strip();
    }

    /** The latest end of a segment's timed words, or -1. */
    private static long latestEnd(Segment s) {
        long latest = Word.UNKNOWN_TIME;
        for (Word w : s.words()) {
            latest = Math.max(latest, w.end());
        }
        return latest;
    }

    /** Each segment's start, end and cue line, made or only counted, in order: what the overlap warning needs. */
    private static final class SegmentTimes {
        private long[] starts;
        private long[] ends;
        private int[] lines;
        private int size;

        SegmentTimes(int capacity) {
            starts = new long[Math.max(capacity, 8)];
            ends = new long[starts.length];
            lines = new int[starts.length];
        }

        void add(long start, long end, int line) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
                lines = java.util.Arrays.copyOf(lines, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            lines[size++] = line;
        }

        /** Adds the entries {@code from} up to {@code to} of {@code other}. */
        void addAll(SegmentTimes other, int from, int to) {
            for (int i = from; i < to; i++) {
                add(other.starts[i], other.ends[i], other.lines[i]);
            }
        }

        void warnOfOverlaps(Consumer<String> warnings) {
            int[] first = new int[1];
            int count = SegmentOverlaps.countClipped(starts, ends, size, first);
            if (count > 0) {
                warnings.accept("line " + lines[first[0]] + ": " + (count == 1 ? "a cue overlaps" : count
                        + " cues overlap") + " the next; " + (count == 1 ? "it was" : "each was")
                        + " cut to end where the next begins");
            }
        }
    }

    /** Two or more lines, each opening with a dash: a dialogue cue, one line per speaker. */
    private static boolean isDialogue(ReadCue cue) {
        int lines = 0;
        for (CueLine line : cue.lines()) {
            String t = line.text().strip();
            if (!t.isEmpty()) {
                if (dialogueDash(t) < 0) {
                    return false;
                }
                lines++;
            }
        }
        return lines >= 2;
    }

    /** The time of the last mark between the end of the previous word and the start of this one, or -1. */
    private static long markBefore(List<CueLine.TimeMark> marks, int previousEnd, int wordStart) {
        long time = Word.UNKNOWN_TIME;
        if (marks.isEmpty()) {
            return time; // most lines: no iterator made for each word
        }
        for (CueLine.TimeMark mark : marks) {
            if (mark.offset() >= previousEnd && mark.offset() <= wordStart) {
                time = mark.time();
            }
        }
        return time;
    }

    /**
     * Word start times that can be trusted: the first word starts with the cue unless a mark says later, and
     * every later mark must not go back in time or leave the cue. The W3C syntax requires exactly that of inline
     * timestamps; a file that breaks it has its stray marks ignored, so the words around them are interpolated.
     */
    private static long[] anchors(List<Long> marked, long start, long end) {
        long[] anchors = new long[marked.size()];
        long last = start;
        for (int i = 0; i < anchors.length; i++) {
            long mark = marked.get(i);
            boolean usable = mark >= last && mark <= end;
            anchors[i] = usable ? mark : i == 0 ? start : Word.UNKNOWN_TIME;
            last = anchors[i] >= 0 ? anchors[i] : last;
        }
        return anchors;
    }

    private Optional<SpeakerLabels.Label> label(String text) {
        if (rosterNames == null) {
            rosterNames = SpeakerLabels.longestFirst(roster.speakers().stream().map(Speaker::name).toList());
        }
        if (unconfirmed != null && !unconfirmed.isEmpty() && mayBeLabel(text)) {
            if (unconfirmedNames == null) {
                unconfirmedNames = SpeakerLabels.longestFirst(unconfirmed.values());
            }
            // A name seen once so far is a speaker by now if the file uses it again later: not known yet.
            undecided |= SpeakerLabels.knownLongestFirst(text, unconfirmedNames).isPresent();
        }
        Optional<SpeakerLabels.Label> known = SpeakerLabels.knownLongestFirst(text, rosterNames);
        if (known.isPresent()) {
            return known;
        }
        Optional<SpeakerLabels.Label> candidate = candidate(text);
        // Capitals and a colon at a cue's start are the broadcast way of naming a speaker (DCMP), so they count
        // even once (our own UPPER labels appear only at a change); mixed case counts when repeated.
        if (candidate.isEmpty() || candidate.get().shouted()
                || labelCounts.getOrDefault(key(candidate.get().name()), 0) >= 2) {
            return candidate;
        }
        if (unconfirmed != null) {
            undecided = true; // counted so far fewer than twice: the rest of the file decides
            return candidate;
        }
        return Optional.empty();
    }

    /**
     * {@link SpeakerLabels#candidate}, answered from the last question when it is about the same text: a one-pass
     * tally asks first for the file's label counts and then for the cue's segments, mostly of the very same string.
     */
    private Optional<SpeakerLabels.Label> candidate(String text) {
        if (text != candidateText) {
            candidateText = text;
            lastCandidate = SpeakerLabels.candidate(text);
        }
        return lastCandidate;
    }

    /** Whether a known label could start {@code text}: every label has a colon or opens with a bracket. */
    private static boolean mayBeLabel(String text) {
        return !text.isEmpty() && (text.charAt(0) == '[' || text.indexOf(':') >= 0);
    }

    private String speakerId(String name) {
        if (named != null) {
            named.add(name);
        }
        Optional<Speaker> existing = roster.byName(name);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        roster = roster.withNewSpeaker(name);
        rosterNames = null;
        return roster.speakers().get(roster.size() - 1).id();
    }

    /**
     * Word times between known starts in proportion to word length: the best guess inside a cue that has only its
     * two ends. A word whose start and end are both known (a one-word cue, or a word between two inline
     * timestamps) is measured; the others are interpolated.
     */
    private static List<Word> spread(List<String> texts, List<Integer> flags, long[] anchors, long start, long end) {
        int n = texts.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        boolean[] measured = new boolean[n];
        spreadTimes(texts, anchors, end, starts, ends, measured);
        List<Word> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            words.add(new Word(texts.get(i), texts.get(i), starts[i], ends[i],
                    measured[i] ? TimeSource.MEASURED : TimeSource.INTERPOLATED, flags.get(i)));
        }
        return words;
    }

    /** The times {@link #spread} gives each word, and whether it is measured (alone between known times). */
    private static void spreadTimes(List<String> texts, long[] anchors, long end, long[] starts, long[] ends,
                                    boolean[] measured) {
        int from = 0;
        while (from < texts.size()) {
            int to = from + 1;
            while (to < texts.size() && anchors[to] < 0) {
                to++;
            }
            long runStart = anchors[from];
            long runEnd = to < texts.size() ? anchors[to] : end;
            long total = 0;
            for (int i = from; i < to; i++) {
                total += Math.max(1, texts.get(i).length());
            }
            long done = 0;
            long wordStart = runStart;
            for (int i = from; i < to; i++) {
                done += Math.max(1, texts.get(i).length());
                long wordEnd = i == to - 1 ? runEnd : runStart + (runEnd - runStart) * done / total;
                starts[i] = wordStart;
                ends[i] = wordEnd;
                measured[i] = to - from == 1;
                wordStart = wordEnd;
            }
            from = to;
        }
    }

    private static Map<String, Integer> countLabels(List<ReadCue> cues) {
        Map<String, Integer> counts = new HashMap<>();
        for (ReadCue cue : cues) {
            countLabel(cue, counts);
        }
        return counts;
    }

    private static void countLabel(ReadCue cue, Map<String, Integer> counts) {
        String key = firstLabelKey(cue);
        if (key != null) {
            counts.merge(key, 1, Integer::sum);
        }
    }

    /** The key of the label a cue opens with, which is what the file's label counts count, or {@code null}. */
    private static String firstLabelKey(ReadCue cue) {
        return firstLabelKey(cue, null);
    }

    /** As {@link #firstLabelKey(ReadCue)}, remembering the answer in {@code asking} when there is one. */
    private static String firstLabelKey(ReadCue cue, CueTranscriptBuilder asking) {
        for (CueLine line : cue.lines()) {
            String text = line.text().strip();
            if (!text.isEmpty()) {
                int marker = changeMarker(text);
                String rest = marker >= 0 ? text.substring(marker) : text;
                Optional<SpeakerLabels.Label> c = asking != null ? asking.candidate(rest) : SpeakerLabels.candidate(rest);
                return c.isPresent() ? key(c.get().name()) : null;
            }
        }
        return null;
    }

    /** Where the text after a change marker ({@code >> }, {@code - }) starts, or -1 without one. */
    static int changeMarker(String t) {
        int i;
        if (t.startsWith(">>")) {
            i = 2;
            while (i < t.length() && t.charAt(i) == '>') {
                i++;
            }
        } else if (t.startsWith("-")) {
            i = 1;
        } else {
            return -1;
        }
        int blanks = i;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i > blanks && i < t.length() && !isSpace(t.charAt(i)) ? i : -1;
    }

    /** Where the text after a dialogue dash ({@code -}, blanks optional) starts, or -1 without one. */
    static int dialogueDash(String t) {
        if (!t.startsWith("-")) {
            return -1;
        }
        int i = 1;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i < t.length() && !isSpace(t.charAt(i)) ? i : -1;
    }

    private static boolean isChevrons(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != '>') {
                return false;
            }
        }
        return true;
    }

    /** White space as {@code \\s} knows it: ASCII only. */
    /**
     * Java's whitespace, which is what a project's reader takes for blank: a cue word of the unit separator alone
     * (U+001F in a fuzzed SBV) made a project that could not be read back. Non-breaking spaces stay in words.
     */
    private static boolean isSpace(char c) {
        // Printable ASCII is never white space: most characters are answered without Character's tables, and so
        // is the space between words.
        return c == ' ' || (c < ' ' || c >= '\u007F') && Character.isWhitespace(c);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
