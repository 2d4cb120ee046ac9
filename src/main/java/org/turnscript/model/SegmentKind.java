package org.turnscript.model;

/** Whether a segment is somebody talking or a sound ({@code [Music]}, {@code [Applause]}). */
public enum SegmentKind {
    SPEECH,
    NON_SPEECH
}
