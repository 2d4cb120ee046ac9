package org.turnscript.audio;

/**
 * Where a recording's analysis samples go as they are decoded, a block at a time, for a measure that never needs
 * them all at once (the voices of a ten-hour recording would otherwise hold 1.15 GB of samples).
 */
public interface SampleSink {

    /** The rate of the samples to come; called once, before any. */
    void start(float rate);

    /** The next {@code length} samples of {@code samples}, which the sink must not keep: the block is reused. */
    void accept(float[] samples, int length);
}
