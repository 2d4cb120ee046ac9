package org.turnscript.ui.cleanup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.turnscript.cleanup.Change;
import org.turnscript.cleanup.CleanupPipeline;
import org.turnscript.cleanup.CleanupResult;
import org.turnscript.cleanup.Glossary;
import org.turnscript.cleanup.GlossaryRule;
import org.turnscript.cleanup.RuleReport;
import org.turnscript.cleanup.SoundTagRule;
import org.turnscript.convert.ConversionService;
import org.turnscript.cleanup.GlossaryException;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;

/**
 * What the cleanup dialog shows, without a window: the chosen rules, the glossary, and the result of running them
 * on the transcript with its per-rule counts and an excerpt of the first changed segments. The result is computed
 * through the conversion service, as the command line cleans, and kept until a choice changes.
 */
public final class CleanupDialogModel {

    /** Examples listed under each rule's count. */
    public static final int MAX_EXAMPLES = 3;
    /** Segments shown before and after. */
    public static final int MAX_PREVIEW_SEGMENTS = 6;

    private static final String DROP_TAGS = SoundTagRule.ID;
    private static final String NORMALISE_TAGS = SoundTagRule.ID + ":normalise";

    private final Transcript transcript;
    private final ConversionService service;
    private final List<RuleChoice> rules = RuleChoice.all();
    private final Set<String> chosen = new LinkedHashSet<>(CleanupPipeline.DEFAULT_IDS);
    private Glossary glossary;
    private Path glossaryFile;
    private String glossaryError = "";
    private CleanupResult result;

    public CleanupDialogModel(Transcript transcript, ConversionService service) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.service = Objects.requireNonNull(service, "service");
    }

    // ---- Choices ----------------------------------------------------------------------------------

    public List<RuleChoice> rules() {
        return rules;
    }

    public boolean isChosen(String id) {
        return chosen.contains(id);
    }

    /** The glossary rule needs a glossary; every other rule can always run. */
    public boolean isAvailable(String id) {
        return !GlossaryRule.ID.equals(id) || glossary != null;
    }

    /**
     * Turns a rule on or off. Dropping and lower-casing sound tags exclude each other, so choosing one clears the
     * other.
     *
     * @throws IllegalArgumentException for an id not in {@link CleanupPipeline#IDS}
     * @throws IllegalStateException    when choosing the glossary rule before a glossary is loaded
     */
    public void setChosen(String id, boolean on) {
        if (!CleanupPipeline.IDS.contains(id)) {
            throw new IllegalArgumentException("unknown cleanup rule '" + id + "'");
        }
        if (on && !isAvailable(id)) {
            throw new IllegalStateException("choose a glossary file before the glossary rule");
        }
        boolean changed = on ? chosen.add(id) : chosen.remove(id);
        if (on && id.equals(DROP_TAGS)) {
            chosen.remove(NORMALISE_TAGS);
        } else if (on && id.equals(NORMALISE_TAGS)) {
            chosen.remove(DROP_TAGS);
        }
        if (changed) {
            result = null;
        }
    }

    /** The chosen ids in the order the rules run. */
    public List<String> chosenIds() {
        return CleanupPipeline.IDS.stream().filter(chosen::contains).toList();
    }

    // ---- Glossary ---------------------------------------------------------------------------------

    /**
     * Reads a glossary file and, when it reads, chooses the glossary rule. A file that does not read leaves the
     * glossary as it was and sets {@link #glossaryError()}.
     *
     * @return whether the file was read
     */
    public boolean loadGlossary(Path file) {
        try {
            glossary = service.readGlossary(file);
        } catch (GlossaryException e) {
            glossaryError = e.getMessage();
            return false;
        }
        glossaryFile = file;
        glossaryError = "";
        chosen.add(GlossaryRule.ID);
        result = null;
        return true;
    }

    public Optional<Glossary> glossary() {
        return Optional.ofNullable(glossary);
    }

    public Optional<Path> glossaryFile() {
        return Optional.ofNullable(glossaryFile);
    }

    /** {@code FILE:LINE: what is wrong} for the last file that did not read, or empty. */
    public String glossaryError() {
        return glossaryError;
    }

    /** {@code names.tsv · 12 entries}, or a hint when there is no glossary. */
    public String glossaryText() {
        if (glossary == null) {
            return "No glossary";
        }
        return glossaryFile.getFileName() + " · " + glossary.size() + (glossary.size() == 1 ? " entry" : " entries");
    }

    // ---- Preview ----------------------------------------------------------------------------------

    public CleanupPipeline pipeline() {
        return CleanupPipeline.fromIds(chosenIds(), glossary);
    }

    /** The transcript cleaned by the chosen rules; computed once per set of choices. */
    public CleanupResult result() {
        if (result == null) {
            result = service.clean(transcript, pipeline());
        }
        return result;
    }

    /** What each chosen rule changed, in the order they run. */
    public List<RuleReport> reports() {
        return List.copyOf(pipeline().report(result(), MAX_EXAMPLES).values());
    }

    /** {@code Drop fillers · 12 · "uh" → dropped, "um" → dropped}. */
    public static String countLine(RuleReport report) {
        String examples = report.examples().stream().map(Change::describe).collect(Collectors.joining(", "));
        return report.displayName() + " · " + report.count() + (examples.isEmpty() ? "" : " · " + examples);
    }

    /** {@code 14 changes in 9 segments}, or that nothing changes. */
    public String totalLine() {
        int changes = result().changes().size();
        if (changes == 0) {
            return chosen.isEmpty() ? "No rule chosen" : "Nothing to change";
        }
        int segments = changedSegments().size();
        return changes + (changes == 1 ? " change" : " changes") + " in " + segments
                + (segments == 1 ? " segment" : " segments");
    }

    /** Indexes of the segments the chosen rules change. */
    public List<Integer> changedSegments() {
        List<Segment> before = transcript.segments();
        List<Segment> after = result().transcript().segments();
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            if (before.get(i) != after.get(i) && !before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        return changed;
    }

    /** The first changed segments, word by word. */
    public List<SegmentPreview> previews() {
        List<Segment> before = transcript.segments();
        List<Segment> after = result().transcript().segments();
        return changedSegments().stream().limit(MAX_PREVIEW_SEGMENTS)
                .map(i -> SegmentPreview.of(before.get(i), after.get(i))).toList();
    }
}
