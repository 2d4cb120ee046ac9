package org.turnscript.formats.cues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.turnscript.formats.ReadOptions;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Speaker;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Turns read cues into a transcript, one segment per cue. The speaker of a cue is its voice span, else its
 * leading label, else nobody when the cue opens with a change marker ({@code >> }, {@code - }), else the speaker
 * of the cue before: files label a speaker only when the speaker changes.
 */
public final class CueTranscriptBuilder {

    private static final Pattern CHANGE_MARKER = Pattern.compile("^(?:>>+|-)[ \\t]+(?=\\S)");

    private final Map<String, Integer> labelCounts;
    private Roster roster;
    private String currentSpeakerId;

    private CueTranscriptBuilder(Roster roster, Map<String, Integer> labelCounts) {
        this.roster = roster;
        this.labelCounts = labelCounts;
    }

    /** Builds the transcript; cues without any text are left out (they carry no words). */
    public static Transcript build(List<ReadCue> cues, ReadOptions options) {
        CueTranscriptBuilder builder = new CueTranscriptBuilder(Roster.of(options.speakerNames()), countLabels(cues));
        List<Segment> segments = new ArrayList<>();
        for (ReadCue cue : cues) {
            builder.segment(cue, Transcript.sequentialId(segments.size() + 1)).ifPresent(segments::add);
        }
        Metadata metadata = Metadata.EMPTY.withSourceFile(options.sourceName())
                .withDurationMs(Math.max(options.durationMs(), Word.UNKNOWN_TIME));
        return new Transcript(metadata, builder.roster, segments);
    }

    private Optional<Segment> segment(ReadCue cue, String id) {
        long start = cue.start();
        long end = Math.max(cue.end(), start);
        String whole = String.join(" ", cue.lines().stream().map(l -> l.text().strip()).toList()).strip();
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        if (SoundTags.isWholeTag(whole)) {
            Word tag = new Word(whole, whole, start, end, TimeSource.MEASURED, WordFlag.SOUND_TAG.bit());
            return Optional.of(new Segment(id, null, SegmentKind.NON_SPEECH, List.of(tag)));
        }
        List<String> texts = new ArrayList<>();
        List<Integer> flags = new ArrayList<>();
        String cueVoice = cue.lines().stream().map(CueLine::voice).filter(v -> v != null).findFirst().orElse(null);
        String speakerName = cueVoice;
        boolean opensWithChange = false;
        boolean firstLine = true;
        String previousVoice = null;
        for (CueLine line : cue.lines()) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher marker = CHANGE_MARKER.matcher(text);
            boolean hint = marker.find();
            if (hint) {
                text = text.substring(marker.end());
            }
            if (firstLine) {
                opensWithChange = hint;
                Optional<SpeakerLabels.Label> label = cueVoice != null
                        ? SpeakerLabels.known(text, List.of(cueVoice)) // our own "<v Kate>Kate: …" label
                        : label(text);
                if (label.isPresent()) {
                    text = text.substring(label.get().length());
                    speakerName = cueVoice != null ? cueVoice : label.get().name();
                }
            } else if (line.voice() != null && !line.voice().equalsIgnoreCase(previousVoice)) {
                hint = true; // a second voice inside one cue
            }
            firstLine = false;
            previousVoice = line.voice() != null ? line.voice() : previousVoice;
            for (String w : text.split("\\s+")) {
                texts.add(w);
                flags.add(hint ? WordFlag.SPEAKER_CHANGE_HINT.bit() : 0);
                hint = false;
            }
        }
        if (speakerName != null) {
            currentSpeakerId = speakerId(speakerName);
        } else if (opensWithChange) {
            currentSpeakerId = null;
        }
        return Optional.of(new Segment(id, currentSpeakerId, SegmentKind.SPEECH, spread(texts, flags, start, end)));
    }

    private Optional<SpeakerLabels.Label> label(String text) {
        Optional<SpeakerLabels.Label> known = SpeakerLabels.known(text,
                roster.speakers().stream().map(Speaker::name).toList());
        if (known.isPresent()) {
            return known;
        }
        return SpeakerLabels.candidate(text)
                .filter(c -> c.shouted() || labelCounts.getOrDefault(key(c.name()), 0) >= 2);
    }

    private String speakerId(String name) {
        Optional<Speaker> existing = roster.byName(name);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        roster = roster.withNewSpeaker(name);
        return roster.speakers().get(roster.size() - 1).id();
    }

    /** Word times in proportion to word length: the best guess inside a cue that has only its two ends. */
    private static List<Word> spread(List<String> texts, List<Integer> flags, long start, long end) {
        TimeSource source = texts.size() == 1 ? TimeSource.MEASURED : TimeSource.INTERPOLATED;
        long total = 0;
        for (String t : texts) {
            total += Math.max(1, t.length());
        }
        List<Word> words = new ArrayList<>(texts.size());
        long done = 0;
        long wordStart = start;
        for (int i = 0; i < texts.size(); i++) {
            done += Math.max(1, texts.get(i).length());
            long wordEnd = i == texts.size() - 1 ? end : start + (end - start) * done / total;
            words.add(new Word(texts.get(i), texts.get(i), wordStart, wordEnd, source, flags.get(i)));
            wordStart = wordEnd;
        }
        return words;
    }

    private static Map<String, Integer> countLabels(List<ReadCue> cues) {
        Map<String, Integer> counts = new HashMap<>();
        for (ReadCue cue : cues) {
            cue.lines().stream().map(l -> l.text().strip()).filter(t -> !t.isEmpty()).findFirst().ifPresent(text -> {
                Matcher marker = CHANGE_MARKER.matcher(text);
                String rest = marker.find() ? text.substring(marker.end()) : text;
                SpeakerLabels.candidate(rest).ifPresent(c -> counts.merge(key(c.name()), 1, Integer::sum));
            });
        }
        return counts;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
