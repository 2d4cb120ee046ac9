package org.turnscript.formats.vtt;

import java.util.HashMap;
import java.util.Map;

/**
 * "Consume an HTML character reference" as the WebVTT cue text tokenizer uses it: numeric references (with the
 * HTML replacements for C1 controls, NUL and out-of-range values) and named ones. The named table is the HTML 4
 * set: the 96 Latin-1 names (which HTML also accepts without the semicolon), the markup names, and the common
 * punctuation and direction marks. HTML's full table of 2,231 names is not carried: a caption that uses a rarer
 * name keeps it as written.
 */
final class HtmlReferences {

    /** The referenced text and the index just after the reference. */
    record Match(String text, int end) {
    }

    private static final String LATIN1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg "
            + "macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest "
            + "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH "
            + "Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave "
            + "aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde "
            + "ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
    private static final Map<String, String> NAMED = new HashMap<>();
    private static final int LONGEST;

    // windows-1252 meanings of 0x80..0x9F, which HTML substitutes in numeric references
    private static final String C1 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152"
            + "\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D"
            + "\u017E\u0178";

    static {
        String[] latin1 = LATIN1.split(" ");
        for (int i = 0; i < latin1.length; i++) {
            legacy(latin1[i], Character.toString(0xA0 + i));
        }
        legacy("amp", "&");
        legacy("lt", "<");
        legacy("gt", ">");
        legacy("quot", "\"");
        legacy("AMP", "&");
        legacy("LT", "<");
        legacy("GT", ">");
        legacy("QUOT", "\"");
        legacy("COPY", "\u00A9");
        legacy("REG", "\u00AE");
        String[][] special = {{"apos", "'"}, {"lrm", "\u200E"}, {"rlm", "\u200F"}, {"zwj", "\u200D"},
            {"zwnj", "\u200C"}, {"ensp", "\u2002"}, {"emsp", "\u2003"}, {"thinsp", "\u2009"}, {"ndash", "\u2013"},
            {"mdash", "\u2014"}, {"lsquo", "\u2018"}, {"rsquo", "\u2019"}, {"sbquo", "\u201A"}, {"ldquo", "\u201C"},
            {"rdquo", "\u201D"}, {"bdquo", "\u201E"}, {"dagger", "\u2020"}, {"Dagger", "\u2021"}, {"bull", "\u2022"},
            {"hellip", "\u2026"}, {"permil", "\u2030"}, {"prime", "\u2032"}, {"Prime", "\u2033"},
            {"lsaquo", "\u2039"}, {"rsaquo", "\u203A"}, {"euro", "\u20AC"}, {"trade", "\u2122"}};
        for (String[] s : special) {
            NAMED.put(s[0] + ";", s[1]);
        }
        LONGEST = NAMED.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private HtmlReferences() {
    }

    private static void legacy(String name, String text) {
        NAMED.put(name + ";", text);
        NAMED.put(name, text);
    }

    /**
     * @param input            the text
     * @param at               index just after the {@code &}
     * @param additionalAllowed a character that means "no reference here" ({@code >} in annotations), or 0
     * @return the match, or {@code null} when no reference starts here (the {@code &} is then literal)
     */
    static Match consume(String input, int at, int additionalAllowed) {
        if (at >= input.length()) {
            return null;
        }
        char c = input.charAt(at);
        if (c == '\t' || c == '\n' || c == '\f' || c == ' ' || c == '<' || c == '&' || c == additionalAllowed) {
            return null;
        }
        return c == '#' ? numeric(input, at + 1) : named(input, at);
    }

    private static Match numeric(String input, int at) {
        boolean hex = at < input.length() && (input.charAt(at) == 'x' || input.charAt(at) == 'X');
        int i = hex ? at + 1 : at;
        int digitsStart = i;
        while (i < input.length() && Character.digit(input.charAt(i), hex ? 16 : 10) >= 0) {
            i++;
        }
        if (i == digitsStart) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(input.substring(digitsStart, Math.min(i, digitsStart + 9)), hex ? 16 : 10);
            value = i - digitsStart > 9 ? Long.MAX_VALUE : value;
        } catch (NumberFormatException e) {
            value = Long.MAX_VALUE;
        }
        if (i < input.length() && input.charAt(i) == ';') {
            i++;
        }
        String text;
        if (value >= 0x80 && value <= 0x9F) {
            text = String.valueOf(C1.charAt((int) value - 0x80));
        } else if (value == 0 || value > 0x10FFFF || value >= 0xD800 && value <= 0xDFFF) {
            text = "\uFFFD";
        } else {
            text = Character.toString((int) value);
        }
        return new Match(text, i);
    }

    /** The longest name in the table that the input continues with. */
    private static Match named(String input, int at) {
        for (int length = Math.min(LONGEST, input.length() - at); length > 0; length--) {
            String text = NAMED.get(input.substring(at, at + length));
            if (text != null) {
                return new Match(text, at + length);
            }
        }
        return null;
    }
}
