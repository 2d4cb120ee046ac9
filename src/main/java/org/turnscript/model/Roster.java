package org.turnscript.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The speakers of a transcript in display order. Ids and keys are unique; adding a speaker takes the
 * lowest free key and never changes the key of anybody already there.
 */
public record Roster(List<Speaker> speakers) {

    /** Colours that stay apart on light and dark backgrounds, in the order new speakers take them. */
    public static final List<String> PALETTE = List.of(
            "#3B82F6", "#E4572E", "#17A398", "#A855F7", "#D97706", "#DB2777", "#65A30D", "#0EA5E9", "#78716C");

    public static final Roster EMPTY = new Roster(List.of());

    public Roster {
        speakers = List.copyOf(speakers);
        Set<String> ids = new HashSet<>();
        Set<Integer> keys = new HashSet<>();
        for (Speaker s : speakers) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("duplicate speaker id " + s.id());
            }
            if (s.key() != 0 && !keys.add(s.key())) {
                throw new IllegalArgumentException("duplicate speaker key " + s.key());
            }
        }
    }

    /** A roster of the given names in order, keys 1..9 then none, colours from the palette. */
    public static Roster of(List<String> names) {
        Roster roster = EMPTY;
        for (String name : names) {
            roster = roster.withNewSpeaker(name);
        }
        return roster;
    }

    public Optional<Speaker> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Speaker s : speakers) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public Optional<Speaker> byKey(int key) {
        return speakers.stream().filter(s -> s.key() == key && key != 0).findFirst();
    }

    public Optional<Speaker> byName(String name) {
        return speakers.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The display name of a speaker id, or {@code null} for none or an unknown id. */
    public String nameOf(String id) {
        return byId(id).map(Speaker::name).orElse(null);
    }

    public int size() {
        return speakers.size();
    }

    public boolean isEmpty() {
        return speakers.isEmpty();
    }

    /** Adds a speaker with a fresh id, the lowest free key and the next palette colour. */
    public Roster withNewSpeaker(String name) {
        return with(new Speaker(freshId(), name.strip(), nextColor(), lowestFreeKey()));
    }

    public Roster with(Speaker speaker) {
        List<Speaker> next = new ArrayList<>(speakers);
        next.add(speaker);
        return new Roster(next);
    }

    /** Replaces the speaker with the same id. */
    public Roster replace(Speaker speaker) {
        List<Speaker> next = new ArrayList<>(speakers.size());
        boolean found = false;
        for (Speaker s : speakers) {
            if (s.id().equals(speaker.id())) {
                next.add(speaker);
                found = true;
            } else {
                next.add(s);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no speaker " + speaker.id());
        }
        return new Roster(next);
    }

    public Roster without(String id) {
        return new Roster(speakers.stream().filter(s -> !s.id().equals(id)).toList());
    }

    /** Moves a speaker to a new position in the display order; keys stay as they are. */
    public Roster move(String id, int newIndex) {
        Speaker s = byId(id).orElseThrow(() -> new IllegalArgumentException("no speaker " + id));
        List<Speaker> next = new ArrayList<>(without(id).speakers);
        next.add(Math.max(0, Math.min(newIndex, next.size())), s);
        return new Roster(next);
    }

    private String freshId() {
        int n = speakers.size() + 1;
        while (byId("S" + n).isPresent()) {
            n++;
        }
        return "S" + n;
    }

    private int lowestFreeKey() {
        for (int k = 1; k <= 9; k++) {
            if (byKey(k).isEmpty()) {
                return k;
            }
        }
        return 0;
    }

    private String nextColor() {
        Set<String> used = new HashSet<>();
        speakers.forEach(s -> used.add(s.color().toUpperCase()));
        return PALETTE.stream().filter(c -> !used.contains(c)).findFirst()
                .orElse(PALETTE.get(speakers.size() % PALETTE.size()));
    }
}
