package org.turnscript.formats.cues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.turnscript.model.Cue;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.subtitles.SubtitleProfile;

/** What every subtitle round trip must keep, shared by the SRT and WebVTT properties. */
public final class RoundTripChecks {

    private RoundTripChecks() {
    }

    public static List<String> keptWords(Transcript t) {
        List<String> words = new ArrayList<>();
        for (Segment s : t.segments()) {
            // subtitle profiles write sound tags in lower case ("[music]", Netflix SDH style)
            s.keptWords().forEach(w -> words.add(w.isSoundTag() ? w.text().toLowerCase(java.util.Locale.ROOT)
                    : w.text()));
        }
        return words;
    }

    /** The speaker's name (lower case, as capital labels change case) of every kept word. */
    public static List<String> speakerOfEachWord(Transcript t) {
        List<String> speakers = new ArrayList<>();
        for (Segment s : t.segments()) {
            String name = t.roster().nameOf(s.speakerId());
            for (Word ignored : s.keptWords()) {
                speakers.add(name == null ? null : name.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return speakers;
    }

    public static void cuesFollowTheProfile(List<Cue> cues, SubtitleProfile profile) {
        for (Cue c : cues) {
            assertThat(c.lines()).hasSizeLessThanOrEqualTo(profile.maxLines());
            for (String line : c.lines()) {
                boolean overlongWord = Arrays.stream(line.split(" ")).anyMatch(w -> w.length() > 30);
                assertThat(line.length() <= profile.maxCharsPerLine() || overlongWord)
                        .as("line '%s' fits or holds an overlong word", line).isTrue();
            }
        }
    }

    /** One segment per cue: the read segments carry the cue times. */
    public static void readCuesAreOrderedAndBounded(Transcript read, SubtitleProfile profile) {
        List<Segment> segments = read.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            assertThat(s.end()).isGreaterThan(s.start());
            assertThat(s.end() - s.start()).isLessThanOrEqualTo(profile.maxDurationMs());
            if (i > 0) {
                assertThat(s.start()).isGreaterThan(segments.get(i - 1).start());
                assertThat(s.start()).isGreaterThanOrEqualTo(segments.get(i - 1).end());
            }
        }
    }
}
