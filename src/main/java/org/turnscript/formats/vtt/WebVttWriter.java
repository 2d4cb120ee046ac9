package org.turnscript.formats.vtt;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.BufferedCueSink;
import org.turnscript.formats.cues.CueSink;
import org.turnscript.formats.cues.CueTimes;
import org.turnscript.formats.cues.ReadCue;
import org.turnscript.model.Cue;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.CueLayout;

/**
 * Writes {@code WEBVTT}, a blank line, then each cue with LF endings. A cue with a known speaker is wrapped in a
 * voice span on every cue, not only on changes, so any single cue names its speaker; the visible label the
 * speaker display asks for stays inside the span. A two-speaker cue gets one span per line.
 */
final class WebVttWriter {

    private static final String HEADER = "WEBVTT\n\n";

    private WebVttWriter() {
    }

    static String write(Transcript transcript, ExportOptions options) {
        return writeCues(CueLayout.layout(transcript, options.layoutProfile(), options.speakerDisplay()));
    }

    static String writeCues(List<Cue> cues) {
        StringBuilder out = new StringBuilder(16 + cues.size() * 64).append(HEADER);
        for (Cue cue : cues) {
            append(out, cue.start(), cue.end(), cue.lines(), cue.speakerNames());
        }
        return out.toString();
    }

    /** A sink that writes each cue as it comes; a line's voice becomes a voice span. */
    static CueSink sink(Writer writer) {
        return sink(writer, true);
    }

    /** As {@link #sink(Writer)}; without the shortcut for plain cues when {@code shortcut} is false (for tests). */
    static CueSink sink(Writer writer, boolean shortcut) {
        return new BufferedCueSink(writer) {
            {
                out().append(HEADER);
            }

            private final List<String> lines = new ArrayList<>(4);
            private final List<String> voices = new ArrayList<>(4);
            private final char[] timing = new char[2 * CueTimes.MAX_CHARS + 6];
            private char[] text = new char[256]; // where plain() copies a line to look at it

            @Override
            public void write(ReadCue cue) throws IOException {
                if (shortcut && plain(cue)) {
                    // Most cues: lines without voices, breaks, markup characters or blanks to strip; written as
                    // append below writes them, without its lists, the timing line made whole first.
                    StringBuilder out = out();
                    int n = CueTimes.write(timing, 0, cue.start(), '.');
                    " --> ".getChars(0, 5, timing, n);
                    n = CueTimes.write(timing, n + 5, cue.end(), '.');
                    timing[n++] = '\n';
                    out.append(timing, 0, n);
                    for (CueLine line : cue.lines()) {
                        out.append(line.text()).append('\n');
                    }
                    out.append('\n');
                    written();
                    return;
                }
                lines.clear();
                voices.clear();
                boolean voiced = false;
                for (CueLine line : cue.lines()) {
                    lines.add(line.text());
                    voices.add(line.voice());
                    voiced |= line.voice() != null;
                }
                append(out(), cue.start(), cue.end(), lines, voiced ? voices : List.of());
                written();
            }

            /**
             * Whether every line of the cue is written as it is: no voice, nothing to escape, strip or join. A line
             * is copied and looked at in the copy, which costs less than {@link String#charAt} per character when
             * the JVM runs without its optimising compiler, as the command line does.
             */
            private boolean plain(ReadCue cue) {
                for (CueLine line : cue.lines()) {
                    String t = line.text();
                    int n = t.length();
                    if (line.voice() != null || n == 0) {
                        return false;
                    }
                    if (text.length < n) {
                        text = new char[Math.max(n, text.length * 2)];
                    }
                    char[] c = text;
                    t.getChars(0, n, c, 0);
                    if (Character.isWhitespace(c[0]) || Character.isWhitespace(c[n - 1])) {
                        return false;
                    }
                    for (int i = 0; i < n; i++) {
                        char ch = c[i];
                        // "&", "<", ">" and the line breaks in one test: none of them is above ">"
                        if (ch <= '>' && (ch == '&' || ch == '<' || ch == '>' || ch == '\r' || ch == '\n')) {
                            return false;
                        }
                    }
                }
                return true;
            }
        };
    }

    private static void append(StringBuilder out, long start, long end, List<String> cueLines, List<String> names) {
        CueTimes.append(out, start, '.').append(" --> ");
        CueTimes.append(out, end, '.').append('\n');
        List<String> lines = new ArrayList<>(cueLines.size());
        for (String line : cueLines) {
            String one = oneLine(line);
            if (!one.isEmpty()) {
                lines.add(one);
            }
        }
        if (names.size() > 1 && names.size() == cueLines.size() && lines.size() == names.size()) {
            for (int i = 0; i < lines.size(); i++) {
                appendVoiced(out, names.get(i), lines.get(i));
                out.append('\n');
            }
        } else {
            String speaker = names.isEmpty() ? null : names.get(0);
            for (int i = 0; i < lines.size(); i++) {
                if (i == 0 && speaker != null) {
                    out.append("<v ");
                    VttCueText.appendEscaped(out, oneLine(speaker)).append('>');
                }
                VttCueText.appendEscaped(out, lines.get(i));
                if (i == lines.size() - 1 && speaker != null) {
                    out.append("</v>");
                }
                out.append('\n');
            }
        }
        out.append('\n');
    }

    private static void appendVoiced(StringBuilder out, String speaker, String line) {
        if (speaker == null) {
            VttCueText.appendEscaped(out, line);
            return;
        }
        out.append("<v ");
        VttCueText.appendEscaped(out, oneLine(speaker)).append('>');
        VttCueText.appendEscaped(out, line).append("</v>");
    }

    /** A payload line must not contain a line break, which would end the cue or open a new block. */
    private static String oneLine(String text) {
        String one = text.indexOf('\r') < 0 && text.indexOf('\n') < 0 ? text : text.replaceAll("[\\r\\n]+", " ");
        return one.strip();
    }
}
