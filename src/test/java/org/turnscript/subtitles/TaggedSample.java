package org.turnscript.subtitles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;

/**
 * The bundled sample read as the application reads it, with the show's four speakers, and with its first five
 * turns tagged the way an editor tags them (from this word on, this speaker speaks): Brian opens, Kate answers
 * "thanks BR", Brian introduces Chris, Chris says "what up", Brian introduces Skyler.
 */
public final class TaggedSample {

    static final String RESOURCE = "/org/turnscript/samples/mixture-of-experts-2024-05-31.txt";
    static final List<String> SPEAKERS = List.of("Brian", "Kate", "Chris", "Skyler");

    /** Phrase at which a turn starts, and who speaks from there on. */
    static final List<List<String>> FIRST_TURNS = List.of(
            List.of("hello and welcome", "Brian"),
            List.of("thanks BR", "Kate"),
            List.of("Chris hay uh distinguished", "Brian"),
            List.of("what up", "Chris"),
            List.of("and a newbie on the show", "Brian"));

    private TaggedSample() {
    }

    /** The sample with its roster and no tags. */
    public static Transcript untagged() {
        try (InputStream in = TaggedSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return ConversionService.standard().read(in.readAllBytes(), "sample.txt",
                    ImportSettings.DEFAULTS.withSpeakers(SPEAKERS)).transcript();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample with its first five turns tagged. */
    public static Transcript firstTurnsTagged() {
        Transcript t = untagged();
        for (List<String> turn : FIRST_TURNS) {
            t = tagFrom(t, turn.get(0), turn.get(1));
        }
        return t;
    }

    /** "From the first word of {@code phrase} on, {@code speaker} speaks", as Ctrl+digit does in the editor. */
    public static Transcript tagFrom(Transcript t, String phrase, String speaker) {
        String[] wanted = phrase.split(" ");
        for (int s = 0; s < t.segments().size(); s++) {
            Segment segment = t.segment(s);
            for (int w = 0; w < segment.words().size(); w++) {
                if (startsAt(t, s, w, wanted)) {
                    String id = t.roster().speakers().stream().filter(p -> p.name().equals(speaker))
                            .findFirst().orElseThrow().id();
                    return t.speakerFrom(s, w, id);
                }
            }
        }
        throw new IllegalArgumentException("'" + phrase + "' is not in the sample");
    }

    /** Whether the words from (s, w) on, across segment ends, spell {@code wanted}. */
    private static boolean startsAt(Transcript t, int s, int w, String[] wanted) {
        int k = 0;
        while (k < wanted.length && s < t.segments().size()) {
            List<org.turnscript.model.Word> words = t.segment(s).words();
            if (w >= words.size()) {
                s++;
                w = 0;
                continue;
            }
            if (!words.get(w).text().equals(wanted[k])) {
                return false;
            }
            k++;
            w++;
        }
        return k == wanted.length;
    }
}
