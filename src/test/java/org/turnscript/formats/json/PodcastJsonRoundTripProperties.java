package org.turnscript.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.TranscriptArbitraries;
import org.turnscript.model.Word;

class PodcastJsonRoundTripProperties {

    private final PodcastJsonFormat format = new PodcastJsonFormat();

    @Provide
    Arbitrary<Transcript> timed() {
        return TranscriptArbitraries.timedTranscripts();
    }

    /** What a Podcasting 2.0 file can carry: speaker name, interval of the kept words, cleaned text. */
    private record Line(String speaker, long start, long end, String body) {
    }

    private static List<Line> expected(Transcript t) {
        List<Line> lines = new ArrayList<>();
        for (Segment s : t.segments()) {
            List<Word> kept = s.keptWords();
            if (!kept.isEmpty()) {
                long start = kept.stream().mapToLong(Word::start).min().orElseThrow();
                long end = kept.stream().mapToLong(Word::end).max().orElseThrow();
                lines.add(new Line(t.roster().nameOf(s.speakerId()), start, Math.max(end, start + 1), s.body()));
            }
        }
        lines.sort(Comparator.comparingLong(Line::start));
        return lines;
    }

    private static List<Line> actual(Transcript t) {
        return t.segments().stream()
                .map(s -> new Line(t.roster().nameOf(s.speakerId()), s.start(), s.end(), s.body())).toList();
    }

    @Property(tries = 200)
    void keepsSpeakersTimesAndTextOfEveryExportedSegment(@ForAll("timed") Transcript t) throws FormatException {
        String json = format.write(t, ExportOptions.DEFAULTS);
        Transcript back = format.read(json, ReadOptions.defaults("p.json")).transcript();

        assertThat(actual(back)).isEqualTo(expected(t));
        assertThat(format.sniff(json)).isEqualTo(json.contains("startTime") ? 80 : 0);
    }

    @Property(tries = 100)
    void writingIsDeterministic(@ForAll("timed") Transcript t) {
        assertThat(format.write(t, ExportOptions.DEFAULTS)).isEqualTo(format.write(t, ExportOptions.DEFAULTS));
    }
}
