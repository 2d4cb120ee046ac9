package org.turnscript.bench;

import java.nio.file.Path;
import java.util.List;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.RecordingDecoder;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.TimesFromRecording;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

public final class DbgTimes {
    public static void main(String[] a) throws Exception {
        DevConversation c = DevConversation.read(Path.of(a[0]));
        Path wav = VoicedRender.of(c);
        PcmAudio audio = RecordingDecoder.standard().decode(wav, p -> { }, () -> false);
        Transcript t = ConversionService.standard().read(c.folder().resolve("flat_autocaption.txt"),
                ImportSettings.DEFAULTS.withSpeakers(c.speakers())).transcript();
        t = TimesFromRecording.retime(t, audio, audio.durationMs(), "x", p -> { }, () -> false);
        List<Word> w = t.segments().stream().flatMap(s -> s.words().stream()).toList();
        var gold = new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.folder().resolve("gold_words.json").toFile());
        for (int g : c.boundaries().subList(0, 12)) {
            for (int k = g - 2; k <= g + 1; k++) {
                System.out.printf("%s %5d %-12s timed %7d-%7d gold %7.0f-%7.0f%n", k == g ? ">" : " ", k, w.get(k).text(),
                        w.get(k).start(), w.get(k).end(), gold.get(k).get("start").asDouble() * 1000, gold.get(k).get("end").asDouble() * 1000);
            }
        }
    }
}
