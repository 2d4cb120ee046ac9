package org.turnscript.model;

import java.util.List;

/**
 * Who is tagged on each of a run of paragraphs and what kind each is: all {@link Turns} needs to know about a
 * transcript. The editor's paragraphs are not segments, so they are seen through this view rather than copied
 * into a {@link Transcript} on every repaint.
 */
public interface SpeakerSequence {

    int size();

    /** The speaker tagged on item {@code i}, or {@code null} when untagged. */
    String speakerId(int i);

    SegmentKind kind(int i);

    /** The segments of {@code transcript}, as they are (no continued turn spelled out). */
    static SpeakerSequence of(Transcript transcript) {
        return of(transcript.segments());
    }

    static SpeakerSequence of(List<Segment> segments) {
        return new SpeakerSequence() {
            @Override
            public int size() {
                return segments.size();
            }

            @Override
            public String speakerId(int i) {
                return segments.get(i).speakerId();
            }

            @Override
            public SegmentKind kind(int i) {
                return segments.get(i).kind();
            }
        };
    }
}
