package org.turnscript.formats.vtt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.ReadCue;
import org.turnscript.model.SoundTags;

/**
 * Undoes YouTube's roll-up ("rolling") auto-captions. Each phrase is built word by word on the bottom line with
 * inline timestamps ({@code word<00:00:01.469><c> next</c>}), then repeated in a ~10 ms "bridge" cue, then carried
 * as the top line while the next phrase builds, so a naive reading shows every word three times. What remains
 * here is one cue per phrase with its word times.
 *
 * <p>A file is taken for roll-up when a cue holds an inline timestamp followed by a plain {@code <c>} span, the
 * shape YouTube writes (a classed {@code <c.yellow>} after a timestamp is ordinary karaoke WebVTT). The
 * {@code Kind: captions} header alone is not enough: YouTube writes it on creator-uploaded captions too, which are
 * plain cues.
 */
final class YouTubeRollUp {

    private static final Pattern STAMPED_SPAN = Pattern.compile("<(?:\\d+:)?\\d{2}:\\d{2}\\.\\d{3}><c>");
    /** Bridge cues last 10 ms; a real caption is never this short. */
    private static final long BRIDGE_MS = 50;

    private YouTubeRollUp() {
    }

    static boolean isRollUp(String text) {
        return STAMPED_SPAN.matcher(text).find();
    }

    /**
     * YouTube writes a single space on the line after each timing line. Tools that strip trailing spaces leave an
     * empty line there instead, which would end the cue before its text (lattifai's
     * DoesFastChargingHurttheBatteryRaw.vtt is such a file): the space is put back.
     */
    static String restorePadding(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 1; i + 1 < lines.length; i++) {
            if (lines[i].isEmpty() && lines[i - 1].contains("-->") && !lines[i + 1].isBlank()
                    && !lines[i + 1].contains("-->")) {
                lines[i] = " ";
            }
        }
        return String.join("\n", lines);
    }

    /**
     * @param cues     the cues as parsed
     * @param warnings receives one summary of what was dropped
     * @return one cue per phrase: only the lines each cue adds, word times as marks on the lines
     */
    static List<ReadCue> collapse(List<VttCue> cues, List<String> warnings) {
        List<ReadCue> out = new ArrayList<>();
        List<String> previous = List.of();
        int bridges = 0;
        int repeated = 0;
        for (VttCue cue : cues) {
            List<CueLine> lines = VttCueText.parse(List.of(cue.rawText().split("\n", -1)));
            List<String> plain = lines.stream().map(l -> l.text().strip()).toList();
            if (cue.end() - cue.start() < BRIDGE_MS && previous.containsAll(nonBlank(plain))) {
                bridges++;
                previous = plain;
                continue;
            }
            boolean carried = false;
            List<CueLine> added = new ArrayList<>();
            for (CueLine line : lines) {
                String text = line.text().strip();
                if (text.isEmpty()) {
                    continue; // the padding line
                }
                if (line.marks().isEmpty() && previous.contains(text)) {
                    carried = true; // the previous phrase, moved up to the top line
                    repeated++;
                } else {
                    added.add(line);
                }
            }
            previous = plain;
            if (added.isEmpty()) {
                continue;
            }
            boolean stamped = added.stream().anyMatch(l -> !l.marks().isEmpty());
            if (!stamped && carried && !out.isEmpty() && !isSoundTag(added)) {
                // The last words of a phrase can appear at once, without being built word by word (the end of
                // DoesFastChargingHurttheBatteryRaw.vtt): they finish the phrase before them.
                ReadCue last = out.remove(out.size() - 1);
                List<CueLine> joined = new ArrayList<>(last.lines());
                added.forEach(l -> joined.add(l.startingAt(cue.start())));
                out.add(new ReadCue(last.lineNumber(), last.start(), Math.max(last.end(), cue.end()), joined));
            } else {
                out.add(new ReadCue(cue.lineNumber(), cue.start(), Math.max(cue.start(), cue.end()), added));
            }
        }
        warnings.add("line 1: YouTube roll-up captions: " + repeated + " repeated lines and " + bridges
                + " bridge cues left out; word times kept");
        return out;
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(l -> !l.isEmpty()).toList();
    }

    private static boolean isSoundTag(List<CueLine> lines) {
        return lines.size() == 1 && SoundTags.isWholeTag(lines.get(0).text());
    }
}
