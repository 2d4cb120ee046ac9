package org.turnscript.formats.vtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.WordFlag;

class WebVttReaderTest {

    private final WebVttFormat vtt = new WebVttFormat();

    private ReadResult read(String text) throws FormatException {
        return vtt.read(text, ReadOptions.defaults("test.vtt"));
    }

    private List<String> bodies(String text) throws FormatException {
        return read(text).transcript().segments().stream().map(Segment::body).toList();
    }

    private static String speakerOf(Transcript t, int index) {
        return t.roster().nameOf(t.segment(index).speakerId());
    }

    @Test
    void readsCuesWithAndWithoutHoursIdentifiersAndSettings() throws FormatException {
        Transcript t = read("WEBVTT - a title\nKind: captions\n\n"
                + "intro\n00:01.500 --> 00:02.000 align:start position:0%\nOne\n\n"
                + "01:00:00.000 --> 01:00:01.250\nTwo\n").transcript();
        assertThat(t.segments()).extracting(Segment::body).containsExactly("One", "Two");
        assertThat(t.segment(0).start()).isEqualTo(1500);
        assertThat(t.segment(1).end()).isEqualTo(3_601_250);
    }

    @Test
    void skipsNoteStyleAndRegionBlocks() throws FormatException {
        assertThat(bodies("WEBVTT\n\nNOTE a comment\nover lines\n\nSTYLE\n::cue { color: red }\n\n"
                + "REGION\nid:fred\n\n00:00:01.000 --> 00:00:02.000\nText\n\nNOTE end\n")).containsExactly("Text");
    }

    @Test
    void readsVoiceSpansAsSpeakers() throws FormatException {
        Transcript t = read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Kate Soule>Hello</v>\n\n"
                + "00:00:02.000 --> 00:00:03.000\n<v.loud Tim>Hi\nthere\n\n"
                + "00:00:03.000 --> 00:00:04.000\n<v Kate Soule>Kate Soule: labelled</v>\n").transcript();
        assertThat(t.roster().speakers()).extracting(s -> s.name()).containsExactly("Kate Soule", "Tim");
        assertThat(speakerOf(t, 0)).isEqualTo("Kate Soule");
        assertThat(speakerOf(t, 1)).isEqualTo("Tim");
        assertThat(t.segment(1).body()).isEqualTo("Hi there");
        assertThat(t.segment(2).body()).isEqualTo("labelled");
    }

    @Test
    void splitsATwoVoiceDialogueCueIntoOneSegmentPerSpeaker() throws FormatException {
        Transcript t = read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n"
                + "<v Kate>-Are you coming?</v>\n<v Tom>-In a minute.</v>\n").transcript();
        assertThat(t.segments()).extracting(s -> s.body()).containsExactly("Are you coming?", "In a minute.");
        assertThat(speakerOf(t, 0)).isEqualTo("Kate");
        assertThat(speakerOf(t, 1)).isEqualTo("Tom");
        assertThat(t.segment(1).words().get(0).has(WordFlag.SPEAKER_CHANGE_HINT)).isTrue();
        assertThat(t.segment(1).end()).isEqualTo(2000);
    }

    @Test
    void stripsOtherTagsAndInlineTimestamps() throws FormatException {
        assertThat(bodies("WEBVTT\n\n00:00:18.500 --> 00:00:21.500\n"
                + "Like a <00:19.000>big-a <c.yellow><i>pizza</i></c> <lang en>pie</lang><00:00:21.000><c> now</c>\n"))
                .containsExactly("Like a big-a pizza pie now");
    }

    @Test
    void unescapesCharacterReferences() throws FormatException {
        assertThat(bodies("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n"
                + "Tom &amp; Jerry &lt;3 &gt; all&nbsp;else &#233;t&#xE9; &unknown;\n"))
                .containsExactly("Tom & Jerry <3 > all else été &unknown;");
    }

    @Test
    void readsSoundsAndChevronsLikeSrt() throws FormatException {
        Transcript t = read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n[Music]\n\n"
                + "00:00:02.000 --> 00:00:03.000\n&gt;&gt; so we begin\n").transcript();
        assertThat(t.segment(0).kind()).isEqualTo(SegmentKind.NON_SPEECH);
        assertThat(t.segment(1).body()).isEqualTo("so we begin");
        assertThat(t.segment(1).words().get(0).has(WordFlag.SPEAKER_CHANGE_HINT)).isTrue();
    }

    @Test
    void neverTakesASoundTagForASpeakerLabel() throws FormatException {
        Transcript t = read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n[Music] So welcome.\n\n"
                + "00:00:02.000 --> 00:00:03.000\n[Music] Glad you are here.\n\n"
                + "00:00:03.000 --> 00:00:04.000\n&gt;&gt; Kate: Thanks.\n\n"
                + "00:00:04.000 --> 00:00:05.000\n[laughs] Right.\n\n"
                + "00:00:05.000 --> 00:00:06.000\n[laughs] Right again.\n\n"
                + "00:00:06.000 --> 00:00:07.000\n&gt;&gt; Kate: Yes.\n").transcript();
        assertThat(t.roster().speakers()).extracting(s -> s.name()).containsExactly("Kate");
        assertThat(t.segments()).extracting(Segment::body).containsExactly(
                "[Music] So welcome.", "[Music] Glad you are here.", "Thanks.", "[laughs] Right.", "[laughs] Right again.",
                "Yes.");
        assertThat(t.segments()).extracting(s -> t.roster().nameOf(s.speakerId()))
                .containsExactly(null, null, "Kate", "Kate", "Kate", "Kate");
    }

    @Test
    void endsACueAtALineWithAnArrow() throws FormatException {
        assertThat(bodies("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne\n00:00:03.000 --> 00:00:04.000\nTwo\n"))
                .containsExactly("One", "Two");
    }

    @Test
    void acceptsAnyLineEnding() throws FormatException {
        String lf = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne\n\n00:00:03.000 --> 00:00:04.000\nTwo";
        assertThat(bodies(lf.replace("\n", "\r\n"))).containsExactly("One", "Two");
        assertThat(bodies(lf.replace("\n", "\r"))).containsExactly("One", "Two");
    }

    @Test
    void skipsACueWithAnUnreadableTimingWithAWarning() throws FormatException {
        ReadResult r = read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne\n\n00:00:0x.000 --> later\nLost\n\n"
                + "00:00:05.000 --> 00:00:06.000\nThree\n");
        assertThat(r.transcript().segments()).extracting(Segment::body).containsExactly("One", "Three");
        assertThat(r.warnings()).singleElement().asString().startsWith("line 6: ");
    }

    @Test
    void rejectsAFileWithoutTheSignature() {
        for (String bad : List.of("", "WEBVTTX\n\n", "webvtt\n", "1\n00:00:01,000 --> 00:00:02,000\nSRT\n")) {
            assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(FormatException.class,
                    e -> assertThat(e.line()).isEqualTo(1));
        }
    }

    @Test
    void acceptsAByteOrderMarkAndRefusesAFileWithoutCuesAsSrtAndSbvDo() throws FormatException {
        assertThat(bodies("\uFEFFWEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne\n")).containsExactly("One");
        assertThatThrownBy(() -> read("WEBVTT\n")).isInstanceOf(FormatException.class)
                .hasMessage("test.vtt:1: no subtitle cue found (expected a timing line such as 00:00:01.000 --> "
                        + "00:00:02.000)");
    }

    @Test
    void rejectsAFileWhoseCuesAreAllUnreadable() {
        assertThatThrownBy(() -> read("WEBVTT\n\n00:00:xx --> 00:00:02.000\nOne\n"))
                .isInstanceOf(FormatException.class).hasMessageContaining("test.vtt");
    }

    @Test
    void sniffsTheSignature() {
        assertThat(vtt.sniff("WEBVTT\n\n")).isEqualTo(100);
        assertThat(vtt.sniff("\uFEFFWEBVTT Kind\n")).isEqualTo(100);
        assertThat(vtt.sniff("1\n00:00:01,000 --> 00:00:02,000\n")).isZero();
    }
}
