package org.turnscript.formats.cues;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Cue;

/**
 * The cues of a subtitle file exactly as the file times and breaks them, for checking a file rather than
 * re-laying it out: one {@link Cue} per cue, its lines as written (markup removed), the voice of each line as its
 * speaker when the file names voices.
 *
 * @param cues     in file order
 * @param problems what the reader could not take as a cue ("line N: what"): skipped blocks and cues that end
 *                 where (or before) they start, which a {@link Cue} cannot hold
 */
public record RawCues(List<Cue> cues, List<String> problems) {

    public RawCues {
        cues = List.copyOf(cues);
        problems = List.copyOf(problems);
    }

    public static RawCues of(List<ReadCue> read, List<String> readerWarnings) {
        List<Cue> cues = new ArrayList<>(read.size());
        List<String> problems = new ArrayList<>(readerWarnings);
        for (ReadCue r : read) {
            if (r.start() < 0 || r.end() <= r.start()) { // a Cue cannot hold it: reported, not thrown
                String where = "line " + r.lineNumber() + ": ";
                if (readerWarnings.stream().noneMatch(w -> w.startsWith(where))) {
                    problems.add(where + "cue has no duration; not checked");
                }
                continue;
            }
            List<String> lines = r.lines().stream().map(CueLine::text).toList();
            boolean voiced = r.lines().stream().anyMatch(l -> l.voice() != null);
            List<String> voices = voiced ? r.lines().stream().map(CueLine::voice).toList() : List.of();
            cues.add(new Cue(r.start(), r.end(), lines, voices));
        }
        return new RawCues(cues, problems);
    }
}
