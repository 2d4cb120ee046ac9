package org.turnscript.formats.srt;

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

class SrtRoundTripProperties {

    private final SrtFormat srt = new SrtFormat();

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
        ExportOptions options = ExportOptions.DEFAULTS.withLabelStyle(style);
        String written = srt.write(t, options);
        Transcript read = srt.read(written,
                ReadOptions.defaults("rt.srt").withSpeakers(GeneratedTranscripts.NAMES)).transcript();

        assertThat(RoundTripChecks.keptWords(read)).isEqualTo(RoundTripChecks.keptWords(t));
        RoundTripChecks.cuesFollowTheProfile(CueLayout.layout(t, SubtitleProfile.NETFLIX, style, true),
                SubtitleProfile.NETFLIX);
        RoundTripChecks.readCuesAreOrderedAndBounded(read, SubtitleProfile.NETFLIX);
    }

    @Property(tries = 200)
    void keepsSpeakersWhenLabelsNameThem(@ForAll("everySpeakerKnown") Transcript t,
                                         @ForAll("namingStyles") SpeakerLabelStyle style) throws FormatException {
        String written = srt.write(t, ExportOptions.DEFAULTS.withLabelStyle(style));
        Transcript read = srt.read(written,
                ReadOptions.defaults("rt.srt").withSpeakers(GeneratedTranscripts.NAMES)).transcript();
        assertThat(RoundTripChecks.speakerOfEachWord(read)).isEqualTo(RoundTripChecks.speakerOfEachWord(t));
    }

    @Property(tries = 100)
    void keepsSpeakersFromCapitalLabelsWithoutARoster(@ForAll("everySpeakerKnown") Transcript t)
            throws FormatException {
        String written = srt.write(t, ExportOptions.DEFAULTS.withLabelStyle(SpeakerLabelStyle.UPPER));
        Transcript read = srt.read(written, ReadOptions.defaults("rt.srt")).transcript();
        assertThat(RoundTripChecks.speakerOfEachWord(read)).isEqualTo(RoundTripChecks.speakerOfEachWord(t));
    }

    @Provide
    Arbitrary<SpeakerLabelStyle> namingStyles() {
        return net.jqwik.api.Arbitraries.of(SpeakerLabelStyle.NAME, SpeakerLabelStyle.UPPER,
                SpeakerLabelStyle.BRACKET);
    }
}
