package org.turnscript.formats.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class YouTubeXmlFormatsTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = YouTubeXmlFormatsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Transcript srv3(String text) throws FormatException {
        return new Srv3Format().read(text, ReadOptions.defaults("t.srv3")).transcript();
    }

    @Test
    void readsSrv3WordOffsetsAsMeasuredTimes() throws Exception {
        Transcript t = srv3(resource("battery-phrases.srv3"));
        assertThat(t.segments()).extracting(Segment::body).containsExactly("Does fast charging hurt the battery?",
                "We tested for 167 days. We bought 12", "phones and split them into fast charge");
        Segment first = t.segment(0);
        assertThat(first.words()).extracting(Word::start).containsExactly(240L, 560L, 800L, 1199L, 1439L, 1680L);
        // the last word ends where the append paragraph starts, not at the end of the long roll-up paragraph
        assertThat(first.end()).isEqualTo(3750);
        assertThat(t.segments()).flatExtracting(Segment::words).extracting(Word::source)
                .containsOnly(TimeSource.MEASURED);
    }

    @Test
    void readsSrv3SoundsLineBreaksAndChevrons() throws FormatException {
        Transcript t = srv3("<timedtext format=\"3\"><body>"
                + "<p t=\"0\" d=\"2000\">[Music]</p>"
                + "<p t=\"2000\" d=\"3000\"><s>so</s><s t=\"500\"> &gt;&gt;</s><s t=\"700\"> hi</s><br/>"
                + "<s t=\"1500\">there</s></p></body></timedtext>");
        assertThat(t.segment(0).kind()).isEqualTo(SegmentKind.NON_SPEECH);
        Segment speech = t.segment(1);
        assertThat(speech.body()).isEqualTo("so hi there");
        assertThat(speech.words().get(1).has(WordFlag.SPEAKER_CHANGE_HINT)).isTrue();
        assertThat(speech.words()).extracting(Word::start).containsExactly(2000L, 2700L, 3500L);
    }

    @Test
    void refusesDoctypesSoNoEntityIsEverExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<timedtext format=\"3\"><body><p t=\"0\" d=\"1\">&x;</p></body></timedtext>";
        assertThatThrownBy(() -> srv3(xxe)).isInstanceOf(FormatException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void reportsMalformedXmlWithItsLine() {
        assertThatThrownBy(() -> srv3("<timedtext format=\"3\">\n<body>\n<p t=\"0\">\n</body>"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void readsSrv1WithEscapedMarkup() throws Exception {
        Transcript t = new Srv1Format().read(resource("youtube-transcript-api-transcript.xml"),
                ReadOptions.defaults("t.xml")).transcript();
        assertThat(t.segments()).extracting(Segment::body).containsExactly("Hey, this is just a test",
                "this is not the original transcript", "just something shorter, I made up for testing");
        assertThat(t.segment(1).start()).isEqualTo(1540);
        assertThat(t.segment(1).end()).isEqualTo(5700);
    }

    @Test
    void resolvesDoubleEscapedEntitiesInSrv1() throws FormatException {
        Transcript t = new Srv1Format().read("<transcript><text start=\"2.906\" dur=\"3\">We&amp;#39;re here</text>"
                + "</transcript>", ReadOptions.defaults("t.xml")).transcript();
        assertThat(t.segment(0).body()).isEqualTo("We're here");
        assertThat(t.segment(0).start()).isEqualTo(2906);
    }

    @Test
    void sniffsEachFormat() {
        assertThat(new Srv3Format().sniff("<?xml version=\"1.0\"?><timedtext format=\"3\">")).isEqualTo(95);
        assertThat(new Srv1Format().sniff("<transcript><text start=\"0\" dur=\"1\">")).isEqualTo(90);
        assertThat(new Srv3Format().sniff("<transcript><text start=\"0\" dur=\"1\">")).isZero();
    }
}
