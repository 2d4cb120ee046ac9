package org.turnscript.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.model.Transcript;
import org.turnscript.model.TranscriptArbitraries;

class NativeJsonRoundTripProperties {

    private final NativeJsonFormat format = new NativeJsonFormat();

    @Provide
    Arbitrary<Transcript> transcripts() {
        return TranscriptArbitraries.transcripts();
    }

    @Property(tries = 300)
    void readingWhatWasWrittenGivesTheSameTranscript(@ForAll("transcripts") Transcript t) throws FormatException {
        String json = format.write(t, ExportOptions.DEFAULTS);

        assertThat(format.read(json, ReadOptions.defaults("p.turnscript.json")).transcript()).isEqualTo(t);
    }

    @Property(tries = 100)
    void writingIsDeterministicAndStable(@ForAll("transcripts") Transcript t) throws FormatException {
        String json = format.write(t, ExportOptions.DEFAULTS);
        Transcript again = format.read(json, ReadOptions.defaults("p.turnscript.json")).transcript();

        assertThat(format.write(again, ExportOptions.DEFAULTS)).isEqualTo(json);
        assertThat(json).endsWith("}\n").doesNotContain("\r");
    }

    @Property(tries = 50)
    void writtenFilesAreRecognisedAsProjectsOnly(@ForAll("transcripts") Transcript t) {
        String head = format.write(t, ExportOptions.DEFAULTS);
        head = head.substring(0, Math.min(head.length(), 4096));

        assertThat(format.sniff(head)).isEqualTo(100);
        assertThat(new PodcastJsonFormat().sniff(head)).isZero();
    }
}
