package org.turnscript.formats.json;

/**
 * A value that parses as JSON but not as a transcript, with the JSON Pointer of where it is. The format
 * turns it into a {@link org.turnscript.formats.FormatException} with the line of that place.
 */
final class JsonProblem extends Exception {

    private final String pointer;

    JsonProblem(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }
}
