package org.turnscript.convert;

import java.nio.file.Path;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Transcript;
import org.turnscript.timing.CaptionRetimer;

/**
 * Re-timing a document from a timed caption file on disk, for the command line and the window alike: the file is
 * read as any input is (every format Turnscript reads), then {@link CaptionRetimer} aligns the two.
 */
public final class TimesFromCaptions {

    private TimesFromCaptions() {
    }

    /**
     * @throws FormatException when the file cannot be read, has no times of its own, or shares no words with the
     *                         document; the message names the file
     */
    public static CaptionRetimer.Retimed retime(ConversionService service, Transcript document, Path timedFile)
            throws FormatException {
        LoadedDocument timed = service.read(timedFile, ImportSettings.DEFAULTS);
        String name = timedFile.getFileName().toString();
        try {
            return CaptionRetimer.retime(document, timed.transcript(), name);
        } catch (IllegalArgumentException e) {
            throw new FormatException(timedFile.toString(), 0, e.getMessage());
        }
    }
}
