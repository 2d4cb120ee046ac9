package org.turnscript.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One word as the editor sees it: the cleaned {@code text}, the {@code original} as imported, its time
 * in milliseconds ({@link #UNKNOWN_TIME} when not known) and where that time came from.
 *
 * @param text     the current (cleaned, corrected) text; never blank
 * @param original the text as imported, kept so cleanup stays reversible
 * @param start    start in ms, or {@link #UNKNOWN_TIME}
 * @param end      end in ms, or {@link #UNKNOWN_TIME}; never before {@code start} when both are known
 * @param source   where the time came from
 * @param flags    {@link WordFlag} bits
 */
public record Word(String text, String original, long start, long end, TimeSource source, int flags) {

    public static final long UNKNOWN_TIME = -1;

    public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (original == null || original.equals(text)) {
            original = text; // share the string: most words are never changed
        }
        if (start < UNKNOWN_TIME || end < UNKNOWN_TIME) {
            throw new IllegalArgumentException("negative time: " + start + ".." + end);
        }
        if (start >= 0 && end >= 0 && end < start) {
            throw new IllegalArgumentException("end " + end + " before start " + start + " for '" + text + "'");
        }
        if ((start < 0 || end < 0) && source != TimeSource.UNKNOWN) {
            source = TimeSource.UNKNOWN; // a half-known time is no time: keep the source honest
            start = UNKNOWN_TIME;
            end = UNKNOWN_TIME;
        }
    }

    /** An untimed word as typed or imported. */
    public static Word of(String text) {
        return new Word(text, text, UNKNOWN_TIME, UNKNOWN_TIME, TimeSource.UNKNOWN, 0);
    }

    public static Word timed(String text, long start, long end, TimeSource source) {
        return new Word(text, text, start, end, source, 0);
    }

    public boolean isTimed() {
        return start >= 0;
    }

    public boolean has(WordFlag flag) {
        return (flags & flag.bit()) != 0;
    }

    public boolean isDropped() {
        return has(WordFlag.DROPPED);
    }

    public boolean isSoundTag() {
        return has(WordFlag.SOUND_TAG);
    }

    public Set<WordFlag> flagSet() {
        EnumSet<WordFlag> set = EnumSet.noneOf(WordFlag.class);
        for (WordFlag f : WordFlag.values()) {
            if (has(f)) {
                set.add(f);
            }
        }
        return set;
    }

    public Word withFlag(WordFlag flag, boolean on) {
        int next = on ? flags | flag.bit() : flags & ~flag.bit();
        return next == flags ? this : new Word(text, original, start, end, source, next);
    }

    public Word withText(String newText) {
        return newText.equals(text) ? this : new Word(newText, original, start, end, source, flags);
    }

    public Word withTime(long newStart, long newEnd, TimeSource newSource) {
        return new Word(text, original, newStart, newEnd, newSource, flags);
    }

    public Word withoutTime() {
        return new Word(text, original, UNKNOWN_TIME, UNKNOWN_TIME, TimeSource.UNKNOWN, flags);
    }

    public static int flagsOf(Set<WordFlag> set) {
        int bits = 0;
        for (WordFlag f : set) {
            bits |= f.bit();
        }
        return bits;
    }
}
