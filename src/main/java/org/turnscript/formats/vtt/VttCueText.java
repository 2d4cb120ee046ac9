package org.turnscript.formats.vtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.turnscript.formats.cues.CueLine;

/**
 * Cue text markup: reading turns payload lines into plain lines with their voice; writing escapes text so
 * that no character can be taken for markup.
 */
final class VttCueText {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    // Only the entities transcripts meet; an unknown one stays as written rather than vanish.
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
            "nbsp", " ", // a non-breaking space is spacing in a caption, not part of a word
            "lrm", "", "rlm", "");

    private VttCueText() {
    }

    /**
     * Plain lines of a cue payload. A voice span ({@code <v Kate>}, {@code <v.loud Kate>}) names the speaker of the
     * text after it, across lines, until {@code </v>} or the end of the cue (the end tag may be omitted); an inline
     * timestamp ({@code <00:00:01.469>}) becomes a time mark on the line; every other tag (classes, italics) is
     * dropped and its text kept.
     */
    static List<CueLine> parse(List<String> payload) {
        List<CueLine> lines = new ArrayList<>(payload.size());
        String voice = null;
        for (String raw : payload) {
            StringBuilder text = new StringBuilder(raw.length());
            StringBuilder run = new StringBuilder();
            List<CueLine.TimeMark> marks = new ArrayList<>();
            String lineVoice = null;
            boolean seenText = false;
            int i = 0;
            while (i < raw.length()) {
                char c = raw.charAt(i);
                if (c == '<') {
                    text.append(unescape(run.toString())); // entities resolved per run keep mark offsets right
                    run.setLength(0);
                    int close = raw.indexOf('>', i);
                    String tag = raw.substring(i + 1, close < 0 ? raw.length() : close);
                    i = close < 0 ? raw.length() : close + 1;
                    long time = inlineTimestamp(tag);
                    if (time >= 0) {
                        marks.add(new CueLine.TimeMark(text.length(), time));
                    } else if (isVoiceStart(tag)) {
                        voice = voiceName(tag);
                    } else if (tag.strip().equals("/v")) {
                        voice = null;
                    }
                    continue;
                }
                if (!seenText && !Character.isWhitespace(c)) {
                    seenText = true;
                    lineVoice = voice;
                }
                run.append(c);
                i++;
            }
            text.append(unescape(run.toString()));
            lines.add(new CueLine(text.toString(), lineVoice, marks));
        }
        return lines;
    }

    /** The time of a timestamp tag's content ({@code 00:00:01.469} or {@code 01.469}…), or -1 for any other tag. */
    static long inlineTimestamp(String tag) {
        if (tag.isEmpty() || !Character.isDigit(tag.charAt(0))) {
            return -1;
        }
        int[] at = {0};
        long time = WebVttParser.timestamp(tag, at, false);
        return at[0] == tag.length() ? time : -1;
    }

    /** Escapes cue text: {@code &}, {@code <} and {@code >} (which also keeps {@code -->} out of the payload). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resolve(String name, String asWritten) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException outOfRange) {
            return asWritten; // "&#99999999999;" is no character: keep the text
        }
        return NAMED.getOrDefault(name, asWritten);
    }

    private static boolean isVoiceStart(String tag) {
        return tag.startsWith("v") && (tag.length() == 1 || " \t.".indexOf(tag.charAt(1)) >= 0);
    }

    private static String voiceName(String tag) {
        int space = indexOfBlank(tag);
        if (space < 0) {
            return null;
        }
        String name = unescape(tag.substring(space).strip());
        return name.isEmpty() ? null : name;
    }

    private static int indexOfBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }
}
