package org.turnscript.formats.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * What the streaming readers share (ADR 21): the signal to give up on a file they are not sure of, so that the
 * careful reading reads it again and says what and where, and the values they take exactly as the careful readings
 * do.
 */
final class StreamedValues {

    /** Thrown to give up; each reader catches it where it starts and answers {@code null}. */
    static final class GiveUp extends Exception {
        private GiveUp() {
            super(null, null, false, false);
        }
    }

    /** One instance serves: giving up carries no message and no stack trace. */
    static final GiveUp GIVE_UP = new GiveUp();

    private StreamedValues() {
    }

    static void expect(boolean condition) throws GiveUp {
        if (!condition) {
            throw GIVE_UP;
        }
    }

    /** Text, and nothing else. */
    static String text(JsonParser p, JsonToken token) throws IOException, GiveUp {
        expect(token == JsonToken.VALUE_STRING);
        return p.getText();
    }

    /** Text or null; a number or a list where text belongs is the careful reading's to decide. */
    static String textOrNull(JsonParser p, JsonToken token) throws IOException, GiveUp {
        return token == JsonToken.VALUE_NULL ? null : text(p, token);
    }

    /** A whole number that fits a long; a decimal, text or a larger number is the careful reading's. */
    static long wholeNumber(JsonParser p, JsonToken token) throws IOException, GiveUp {
        expect(token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
        return p.getLongValue();
    }
}
