package org.turnscript.formats.vtt;

/** Reads the JavaScript literals the conformance suites compare against: numbers, strings, null, booleans. */
final class JsLiteral {

    /** Returned for an expression that is no literal (a variable, a call). */
    static final Object UNREADABLE = new Object();
    static final Object NULL = new Object();

    private JsLiteral() {
    }

    static Object parse(String js) {
        String s = js.strip();
        if (s.equals("null")) {
            return NULL;
        }
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        if (s.matches("-?\\d+(\\.\\d+)?(e[+-]?\\d+)?")) {
            return Double.parseDouble(s);
        }
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return unescape(s.substring(1, s.length() - 1));
        }
        return UNREADABLE;
    }

    private static Object unescape(String body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case '0' -> out.append('\0');
                case 'x' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
