package org.turnscript.convert;

/**
 * How much input Turnscript takes before refusing it, so a huge or hostile file is refused early in words instead
 * of exhausting memory. Subtitle-to-subtitle conversion streams and is bounded only by the line length; everything
 * else reads a file whole, and a whole file takes about twenty times its size in memory once it is a transcript.
 *
 * @param maxInputBytes largest file read whole
 * @param maxLineChars  longest line read
 */
public record InputLimits(long maxInputBytes, int maxLineChars) {

    /** The option that raises {@link #maxInputBytes}, in megabytes. */
    public static final String MAX_INPUT_OPTION = "--max-input-mb";
    /** The option that raises {@link #maxLineChars}. */
    public static final String MAX_LINE_OPTION = "--max-line-chars";

    /** 64 MB whole (a ten-hour project is 17 MB), and lines of a million characters. */
    public static final InputLimits DEFAULTS = new InputLimits(64L << 20, 1_000_000);

    public InputLimits {
        if (maxInputBytes <= 0 || maxLineChars <= 0) {
            throw new IllegalArgumentException("limits must be above 0");
        }
    }

    /** The message for a file over {@link #maxInputBytes}. */
    String tooLarge(long bytes) {
        return "the file is " + megabytes(bytes) + " MB; Turnscript reads files of up to " + megabytes(maxInputBytes)
                + " MB whole (raise the limit with " + MAX_INPUT_OPTION + ")";
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
