package org.turnscript.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Metadata;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class CaptionTextFormatTest {

    private static final CaptionTextFormat FORMAT = new CaptionTextFormat();
    private static final long SAMPLE_DURATION_MS = 2_670_000;

    private static ReadResult sample;

    @BeforeAll
    static void readSample() throws FormatException {
        sample = FORMAT.read(SampleFixture.pageText(), ReadOptions.defaults(SampleFixture.NAME));
    }

    private static List<Word> words(Transcript t) {
        return t.segments().stream().flatMap(s -> s.words().stream()).toList();
    }

    // ---- The sample page -------------------------------------------------------------------------

    @Test
    void readsEveryTokenOfTheSampleAsOneWord() {
        assertThat(sample.transcript().wordCount()).isEqualTo(8457);
        assertThat(sample.formatId()).isEqualTo("caption-text");
        assertThat(sample.warnings()).isEmpty();
    }

    @Test
    void keepsWordOrderAndSpellingOfTheSample() {
        List<String> tokens = Arrays.asList(SampleFixture.captionLine().strip().split("\\s+"));
        assertThat(words(sample.transcript())).extracting(Word::text).containsExactlyElementsOf(tokens);
        assertThat(words(sample.transcript())).allSatisfy(w -> assertThat(w.original()).isEqualTo(w.text()));
    }

    @Test
    void putsTheFourMusicTagsInNonSpeechSegments() {
        List<Word> tags = words(sample.transcript()).stream().filter(w -> w.has(WordFlag.SOUND_TAG)).toList();
        assertThat(tags).hasSize(4).extracting(Word::text).containsOnly("[Music]");
        List<Segment> sounds = sample.transcript().segments().stream()
                .filter(s -> s.kind() == SegmentKind.NON_SPEECH).toList();
        assertThat(sounds).hasSize(4).allSatisfy(s -> assertThat(s.words()).allMatch(Word::isSoundTag));
        assertThat(sample.transcript().segments()).filteredOn(s -> s.kind() == SegmentKind.SPEECH)
                .allSatisfy(s -> assertThat(s.words()).noneMatch(Word::isSoundTag));
    }

    @Test
    void readsThePageFacts() {
        Metadata m = sample.transcript().metadata();
        assertThat(m.title())
                .isEqualTo("Google’s AI Overviews, Golden Gate Claude, the \"whale computer\" and scaling laws");
        assertThat(m.channel()).isEqualTo("IBM Technology");
        assertThat(m.mediaId()).isEqualTo("VMmIdX9Zmuw");
        assertThat(m.published()).isEqualTo("2024-05-31");
        assertThat(m.durationMs()).isEqualTo(SAMPLE_DURATION_MS);
        assertThat(m.sourceFile()).isEqualTo(SampleFixture.NAME);
        assertThat(m.language()).isNull();
    }

    @Test
    void cutsTheSampleIntoShortUnassignedSegments() {
        List<Segment> segments = sample.transcript().segments();
        assertThat(segments).hasSizeGreaterThan(8457 / 40);
        assertThat(segments).allSatisfy(s -> {
            assertThat(s.words()).isNotEmpty().hasSizeLessThanOrEqualTo(40);
            assertThat(s.speakerId()).isNull();
        });
        for (int i = 0; i < segments.size(); i++) {
            assertThat(segments.get(i).id()).isEqualTo("s" + (i + 1));
        }
    }

    @Test
    void timesTheSampleOverThePageLength() {
        List<Word> words = words(sample.transcript());
        assertThat(words).allSatisfy(w -> {
            assertThat(w.source()).isEqualTo(TimeSource.ESTIMATED);
            assertThat(w.end()).isGreaterThan(w.start());
        });
        assertThat(words.get(0).start()).isZero();
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).start()).isGreaterThan(words.get(i - 1).start())
                    .isGreaterThanOrEqualTo(words.get(i - 1).end());
        }
        assertThat(words.get(words.size() - 1).end()).isEqualTo(SAMPLE_DURATION_MS);
        assertThat(sample.transcript().metadata().timingNote())
                .isEqualTo("Times estimated by spreading words over the 2670 s duration.");
    }

    @Test
    void durationOptionOverridesThePageLength() throws FormatException {
        ReadResult r = FORMAT.read(SampleFixture.pageText(),
                ReadOptions.defaults("page.txt").withDurationMs(1_800_000));
        assertThat(r.transcript().metadata().durationMs()).isEqualTo(1_800_000);
        assertThat(r.transcript().lastEnd()).isEqualTo(1_800_000);
        assertThat(r.transcript().metadata().timingNote()).contains("1800 s");
    }

    @Test
    void createsTheRosterFromTheSpeakerNames() throws FormatException {
        ReadResult r = FORMAT.read(SampleFixture.pageText(), ReadOptions.defaults("page.txt")
                .withSpeakers(List.of("Brian Casey", "Kate Soule", "Chris Hay", "Skyler Speakman")));
        assertThat(r.transcript().roster().speakers()).extracting(s -> s.name() + "=" + s.key())
                .containsExactly("Brian Casey=1", "Kate Soule=2", "Chris Hay=3", "Skyler Speakman=4");
        assertThat(r.transcript().segments()).allMatch(s -> s.speakerId() == null);
    }

    // ---- Bare text -------------------------------------------------------------------------------

    @Test
    void readsBareCaptionTextWithoutThePage() throws FormatException {
        ReadResult r = FORMAT.read(SampleFixture.captionLine() + "\n", ReadOptions.defaults("bare.txt"));
        Metadata m = r.transcript().metadata();
        assertThat(r.transcript().wordCount()).isEqualTo(8457);
        assertThat(m.title()).isNull();
        assertThat(m.mediaId()).isNull();
        assertThat(m.hasDuration()).isFalse();
        assertThat(m.sourceFile()).isEqualTo("bare.txt");
    }

    @Test
    void estimatesAtOneHundredSixtyWordsPerMinuteWithoutDuration() throws FormatException {
        ReadResult r = FORMAT.read(SampleFixture.captionLine(), ReadOptions.defaults("bare.txt"));
        assertThat(r.transcript().metadata().timingNote())
                .isEqualTo("Times estimated at an assumed 160 words per minute; no duration was given.");
        long speechWords = 8457 - 4;
        long expected = Math.round(speechWords * 60_000.0 / 160) + 4 * 3000;
        assertThat(r.transcript().lastEnd()).isEqualTo(expected);
        assertThat(words(r.transcript())).allMatch(w -> w.source() == TimeSource.ESTIMATED);
    }

    @Test
    void bareTextWithDurationIsSpreadOverIt() throws FormatException {
        ReadResult r = FORMAT.read("so hello and welcome\n[Applause]\nthanks everyone for coming",
                ReadOptions.defaults("bare.txt").withDurationMs(10_000));
        assertThat(r.transcript().wordCount()).isEqualTo(9);
        assertThat(r.transcript().lastEnd()).isEqualTo(10_000);
        assertThat(r.transcript().segments()).extracting(Segment::kind)
                .containsExactly(SegmentKind.SPEECH, SegmentKind.NON_SPEECH, SegmentKind.SPEECH);
    }

    @Test
    void keepsParagraphsOfBareTextApart() throws FormatException {
        ReadResult r = FORMAT.read("first paragraph here\nstill the first\n\n  \nsecond paragraph",
                ReadOptions.defaults("bare.txt"));
        assertThat(r.transcript().segments()).extracting(Segment::originalBody)
                .containsExactly("first paragraph here still the first", "second paragraph");
    }

    @Test
    void warnsAndFallsBackToTheRateWhenTheDurationCannotHoldTheWords() throws FormatException {
        ReadResult r = FORMAT.read("one two three four five", ReadOptions.defaults("bare.txt").withDurationMs(3));
        assertThat(r.warnings()).singleElement().asString().contains("too short");
        assertThat(r.transcript().metadata().hasDuration()).isFalse();
        assertThat(r.transcript().lastEnd()).isEqualTo(Math.round(5 * 60_000.0 / 160));
    }

    @Test
    void warnsAboutAnImplausiblyShortDuration() throws FormatException {
        ReadResult r = FORMAT.read(SampleFixture.captionLine(), ReadOptions.defaults("bare.txt").withDurationMs(60_000));
        assertThat(r.warnings()).singleElement().asString().contains("words per minute");
        assertThat(r.transcript().lastEnd()).isEqualTo(60_000);
    }

    // ---- Errors ----------------------------------------------------------------------------------

    @Test
    void rejectsAPageWithoutCaptionTextNamingTheHeadingLine() {
        String page = SampleFixture.pageText().replace(SampleFixture.captionLine(), "   ");
        assertThatThrownBy(() -> FORMAT.read(page, ReadOptions.defaults("empty.txt")))
                .isInstanceOf(FormatException.class)
                .satisfies(e -> {
                    FormatException fe = (FormatException) e;
                    assertThat(fe.line()).isEqualTo(8);
                    assertThat(fe.getMessage()).startsWith("empty.txt:8: ").contains("Captions");
                });
    }

    @Test
    void rejectsBlankText() {
        assertThatThrownBy(() -> FORMAT.read(" \n\t\n", ReadOptions.defaults("blank.txt")))
                .isInstanceOf(FormatException.class)
                .hasMessage("blank.txt:1: the file holds no caption text");
    }

    // ---- Detection -------------------------------------------------------------------------------

    @Test
    void sniffsThePageWithConfidenceEvenFromItsHead() {
        assertThat(FORMAT.sniff(SampleFixture.pageText())).isEqualTo(60);
        assertThat(FORMAT.sniff(SampleFixture.pageText().substring(0, 4096))).isEqualTo(60);
    }

    @Test
    void sniffsBareTextWithLowConfidence() {
        assertThat(FORMAT.sniff("[Music] hello and welcome to mixture of experts")).isEqualTo(10);
    }

    @Test
    void sniffsTimedFormatsAndEmptyTextAsNotCaptionText() {
        assertThat(FORMAT.sniff("WEBVTT\n\n00:00.000 --> 00:01.000\nhello")).isZero();
        assertThat(FORMAT.sniff("1\n00:00:01,000 --> 00:00:02,000\nhello\n")).isZero();
        assertThat(FORMAT.sniff("{\"events\": []}")).isZero();
        assertThat(FORMAT.sniff("[ {\"text\": \"hi\"} ]")).isZero();
        assertThat(FORMAT.sniff("0:00:01.000,0:00:03.000\nhello\n")).isZero();
        assertThat(FORMAT.sniff("  \n ")).isZero();
    }

    @Test
    void describesItselfAsAReaderOfTxtFiles() {
        assertThat(FORMAT.id()).isEqualTo("caption-text");
        assertThat(FORMAT.displayName()).isEqualTo("Caption text");
        assertThat(FORMAT.extensions()).containsExactly("txt");
        assertThat(FORMAT.canRead()).isTrue();
        assertThat(FORMAT.canWrite()).isFalse();
    }
}
