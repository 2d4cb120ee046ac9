package org.turnscript.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.turnscript.model.Cue;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.subtitles.CueLayout;
import org.turnscript.subtitles.SpeakerDisplay;
import org.turnscript.subtitles.SubtitleProfile;

/**
 * Cue layout of hostile caption text: one segment of {@code words} "&" tokens, every thousandth a 2,000-character
 * run of "&" between letters. Time per run should grow with the words, not with their square: compare the
 * figures for 10,000, 40,000 and 160,000 words (before the layout became linear, 290,000 such tokens took 50 s).
 * Run: {@code ./mvnw -q test-compile exec:exec@jmh -Dbench.include=LayoutScaling}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class LayoutScalingBenchmark {

    @Param({"10000", "40000", "160000"})
    public int words;

    private Transcript ampersands;

    @Setup
    public void setUp() {
        List<Word> list = new ArrayList<>(words);
        for (int i = 0; i < words; i++) {
            String text = i % 1000 == 999 ? "x" + "&".repeat(2_000) + "y" : "&";
            list.add(Word.timed(text, i * 20L, i * 20L + 20, TimeSource.MEASURED));
        }
        ampersands = new Transcript(Metadata.EMPTY, Roster.of(List.of()),
                List.of(new Segment("s1", null, SegmentKind.SPEECH, list)));
    }

    @Benchmark
    public List<Cue> layOutAmpersandRuns() {
        return CueLayout.layout(ampersands, SubtitleProfile.NETFLIX, SpeakerDisplay.DEFAULT);
    }
}
