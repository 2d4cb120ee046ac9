package org.turnscript.suggest;

import java.nio.file.Path;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.RecordingDecoder;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.TimesFromRecording;
import org.turnscript.model.Transcript;

public final class DbgVoice {
    public static void main(String[] a) throws Exception {
        PcmAudio audio = RecordingDecoder.standard().decode(Path.of(a[1]), p -> { }, () -> false);
        Transcript t = ConversionService.standard().read(Path.of(a[0]).resolve("flat_autocaption.txt"),
                ImportSettings.DEFAULTS.withSpeakers(java.util.List.of("A", "B", "C", "D"))).transcript();
        t = TimesFromRecording.retime(t, audio, audio.durationMs(), "x", p -> { }, () -> false);
        WordStream ws = WordStream.of(t);
        VoiceCues vc = new VoiceCues(VoiceFrames.of(audio), ws);
        for (int i = Integer.parseInt(a[2]); i < Integer.parseInt(a[3]); i++) {
            System.out.printf("%4d %-12s %7d z=%6.2f%n", i, ws.token(i), ws.start(i), vc.z(i));
        }
        vc.find().stream().filter(c -> c.word() >= Integer.parseInt(a[2]) && c.word() < Integer.parseInt(a[3])).forEach(System.out::println);
    }
}
