package org.turnscript.formats.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.turnscript.model.SoundTags;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Cuts caption text into untimed words: one word per whitespace-separated token, spelled exactly as found
 * (cleanup comes later and keeps the original). A blank line starts a new paragraph, which the segmenter never
 * joins across. Sound tags get {@link WordFlag#SOUND_TAG}; the word after YouTube's {@code >>} gets
 * {@link WordFlag#SPEAKER_CHANGE_HINT}.
 */
final class CaptionTokenizer {

    /** YouTube's auto-captions write it where the speaker changes. */
    static final String SPEAKER_CHANGE_MARK = ">>";

    private CaptionTokenizer() {
    }

    /** The words of {@code text}, paragraph by paragraph; no paragraph is empty. */
    static List<List<Word>> paragraphs(String text) {
        List<List<Word>> paragraphs = new ArrayList<>();
        for (List<String> tokens : tokenParagraphs(text)) {
            paragraphs.add(words(tokens));
        }
        return paragraphs;
    }

    private static List<Word> words(List<String> tokens) {
        BitSet tags = SoundTags.find(tokens);
        List<Word> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean afterMark = i > 0 && tokens.get(i - 1).equals(SPEAKER_CHANGE_MARK);
            boolean gluedMark = token.startsWith(SPEAKER_CHANGE_MARK) && token.length() > SPEAKER_CHANGE_MARK.length();
            words.add(Word.of(token)
                    .withFlag(WordFlag.SOUND_TAG, tags.get(i))
                    .withFlag(WordFlag.SPEAKER_CHANGE_HINT, afterMark || gluedMark));
        }
        return words;
    }

    private static List<List<String>> tokenParagraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int newlines = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (c == '\n' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
                    newlines++;
                }
                i++;
                continue;
            }
            if (newlines >= 2 && !current.isEmpty()) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            newlines = 0;
            int start = i;
            while (i < text.length() && !isSpace(text.charAt(i))) {
                i++;
            }
            current.add(text.substring(start, i));
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /** Also no-break spaces, which pages copied from a browser sometimes carry between words. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
