package org.turnscript.formats.vtt;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.cues.GeneratedTranscripts;
import org.turnscript.formats.cues.RoundTripChecks;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.CueLayout;
import org.turnscript.subtitles.SpeakerLabelStyle;
import org.turnscript.subtitles.SubtitleProfile;

class WebVttRoundTripProperties {

    private final WebVttFormat vtt = new WebVttFormat();

    @Provide
    Arbitrary<Transcript> anyTranscript() {
        return GeneratedTranscripts.transcripts(false);
    }

    @Provide
    Arbitrary<Transcript> everySpeakerKnown() {
        return GeneratedTranscripts.transcripts(true);
    }

    @Property(tries = 300)
    void keepsWordsAndCueRules(@ForAll("anyTranscript") Transcript t, @ForAll SpeakerLabelStyle style)
            throws FormatException {
        String written = vtt.write(t, ExportOptions.DEFAULTS.withLabelStyle(style));
        Transcript read = vtt.read(written,
                ReadOptions.defaults("rt.vtt").withSpeakers(GeneratedTranscripts.NAMES)).transcript();

        assertThat(RoundTripChecks.keptWords(read)).isEqualTo(RoundTripChecks.keptWords(t));
        RoundTripChecks.cuesFollowTheProfile(CueLayout.layout(t, SubtitleProfile.NETFLIX, style, true),
                SubtitleProfile.NETFLIX);
        RoundTripChecks.readCuesAreOrderedAndBounded(read, SubtitleProfile.NETFLIX);
    }

    /** Voice spans carry the speaker whatever the visible label, and without telling the reader any names. */
    @Property(tries = 200)
    void keepsSpeakersThroughVoiceSpans(@ForAll("everySpeakerKnown") Transcript t, @ForAll SpeakerLabelStyle style)
            throws FormatException {
        String written = vtt.write(t, ExportOptions.DEFAULTS.withLabelStyle(style));
        Transcript read = vtt.read(written, ReadOptions.defaults("rt.vtt")).transcript();
        assertThat(RoundTripChecks.speakerOfEachWord(read)).isEqualTo(RoundTripChecks.speakerOfEachWord(t));
        assertThat(RoundTripChecks.keptWords(read)).isEqualTo(RoundTripChecks.keptWords(t));
    }
}
