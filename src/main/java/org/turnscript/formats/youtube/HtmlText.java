package org.turnscript.formats.youtube;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves the HTML character references YouTube leaves in caption text ({@code &#39;}, {@code &amp;}, …). */
final class HtmlText {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    private HtmlText() {
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
        } catch (IllegalArgumentException noCharacter) {
            return asWritten; // "&#9999999;" names no character: keep what was written
        }
        return NAMED.getOrDefault(name, asWritten);
    }
}
