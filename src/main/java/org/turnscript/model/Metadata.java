package org.turnscript.model;

/**
 * What is known about the recording. Any field may be {@code null}; {@code durationMs} is
 * {@link Word#UNKNOWN_TIME} when unknown.
 *
 * @param title       e.g. the video title
 * @param sourceFile  file name the transcript was imported from
 * @param mediaId     e.g. a YouTube video id
 * @param channel     publisher or channel name
 * @param published   publication date as found (ISO 8601 when it could be parsed)
 * @param durationMs  media duration in ms
 * @param language    BCP 47 tag, e.g. "en"
 * @param timingNote  how times were obtained when not measured, e.g. an assumed speaking rate
 * @param media       the recording the editor plays beside the transcript, as the project file names it
 *                    (relative to the project's folder when it can be)
 */
public record Metadata(String title, String sourceFile, String mediaId, String channel, String published,
                       long durationMs, String language, String timingNote, String media) {

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, Word.UNKNOWN_TIME, null, null);

    /** Metadata without a recording attached. */
    public Metadata(String title, String sourceFile, String mediaId, String channel, String published,
                    long durationMs, String language, String timingNote) {
        this(title, sourceFile, mediaId, channel, published, durationMs, language, timingNote, null);
    }

    public Metadata {
        if (durationMs < Word.UNKNOWN_TIME) {
            throw new IllegalArgumentException("negative duration " + durationMs);
        }
    }

    public boolean hasDuration() {
        return durationMs >= 0;
    }

    public Metadata withTitle(String v) {
        return new Metadata(v, sourceFile, mediaId, channel, published, durationMs, language, timingNote, media);
    }

    public Metadata withSourceFile(String v) {
        return new Metadata(title, v, mediaId, channel, published, durationMs, language, timingNote, media);
    }

    public Metadata withMediaId(String v) {
        return new Metadata(title, sourceFile, v, channel, published, durationMs, language, timingNote, media);
    }

    public Metadata withChannel(String v) {
        return new Metadata(title, sourceFile, mediaId, v, published, durationMs, language, timingNote, media);
    }

    public Metadata withPublished(String v) {
        return new Metadata(title, sourceFile, mediaId, channel, v, durationMs, language, timingNote, media);
    }

    public Metadata withDurationMs(long v) {
        return new Metadata(title, sourceFile, mediaId, channel, published, v, language, timingNote, media);
    }

    public Metadata withLanguage(String v) {
        return new Metadata(title, sourceFile, mediaId, channel, published, durationMs, v, timingNote, media);
    }

    public Metadata withTimingNote(String v) {
        return new Metadata(title, sourceFile, mediaId, channel, published, durationMs, language, v, media);
    }

    public Metadata withMedia(String v) {
        return new Metadata(title, sourceFile, mediaId, channel, published, durationMs, language, timingNote, v);
    }
}
