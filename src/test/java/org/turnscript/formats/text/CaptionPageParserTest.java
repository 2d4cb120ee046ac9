package org.turnscript.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.turnscript.model.Word;

class CaptionPageParserTest {

    @Test
    void takesTheSamplePageApart() {
        CaptionPage page = CaptionPageParser.parse(SampleFixture.pageText()).orElseThrow();
        assertThat(page.headingLine()).isEqualTo(8);
        assertThat(page.bodyLine()).isEqualTo(9);
        assertThat(page.body()).isEqualTo(SampleFixture.captionLine());
        assertThat(page.title()).startsWith("Google’s AI Overviews");
        assertThat(page.channel()).isEqualTo("IBM Technology");
        assertThat(page.mediaId()).isEqualTo("VMmIdX9Zmuw");
        assertThat(page.published()).isEqualTo("2024-05-31");
        assertThat(page.durationMs()).isEqualTo(2_670_000);
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void doesNotTakeChannelIdForTheChannel() {
        String text = "Title\nCaptions\nhello there\nInfo\nChannel Id: UC123\nChannel: Someone\n";
        assertThat(CaptionPageParser.parse(text).orElseThrow().channel()).isEqualTo("Someone");
    }

    @Test
    void treatsUndefinedValuesAsMissing() {
        String text = "Title\nCaptions\nhello there\nInfo\nChannel: undefined\nId: undefined\n";
        CaptionPage page = CaptionPageParser.parse(text).orElseThrow();
        assertThat(page.channel()).isNull();
        assertThat(page.mediaId()).isNull();
    }

    @Test
    void endsTheCaptionTextAtTheFirstFieldWhenInfoIsMissing() {
        String text = "Title\nCaptions\nhello there\n\nsecond part\nChannel: Someone\nLength: 1:02:03\n";
        CaptionPage page = CaptionPageParser.parse(text).orElseThrow();
        assertThat(page.body()).isEqualTo("hello there\n\nsecond part");
        assertThat(page.durationMs()).isEqualTo(3_723_000);
    }

    @Test
    void hasNoTitleWhenTheCopyStartsAtTheStatisticsHeading() {
        String text = "Video Statistics and Information\n\nCaptions\nhello\nInfo\nChannel: X\n";
        assertThat(CaptionPageParser.parse(text).orElseThrow().title()).isNull();
    }

    @Test
    void keepsAnUnreadableDateAsFoundAndWarnsAboutAnUnreadableLength() {
        String text = "T\nCaptions\nhello\nInfo\nChannel: X\nLength: about an hour\nPublished: last spring\n";
        CaptionPage page = CaptionPageParser.parse(text).orElseThrow();
        assertThat(page.published()).isEqualTo("last spring");
        assertThat(page.durationMs()).isEqualTo(Word.UNKNOWN_TIME);
        assertThat(page.warnings()).containsExactly("line 6: could not read the length \"about an hour\"; ignored");
    }

    @Test
    void readsPagesWithWindowsLineEndings() {
        String text = SampleFixture.pageText().replace("\n", "\r\n");
        CaptionPage page = CaptionPageParser.parse(text).orElseThrow();
        assertThat(page.body()).isEqualTo(SampleFixture.captionLine());
        assertThat(page.durationMs()).isEqualTo(2_670_000);
    }

    @Test
    void isNotAPageWithoutTheCaptionsHeadingOrAnyPageField() {
        assertThat(CaptionPageParser.parse("hello and welcome\nChannel: X\n")).isEmpty();
        assertThat(CaptionPageParser.parse("Captions\nhello and welcome\n")).isEmpty();
        assertThat(CaptionPageParser.parse("Captions are great\nChannel: X\n")).isEmpty();
    }
}
