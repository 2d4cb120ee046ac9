package org.turnscript.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.turnscript.ui.LatencyTrace;

/**
 * The floor that {@code bench/budgets.sh} measures the editor against: the simplest editor this stack allows, one
 * 1280×800 window holding a RichTextFX {@link StyleClassedTextArea} (wrapped, in a {@link VirtualizedScrollPane})
 * and nothing else: no theme, no panels, no model behind the text, no autosave. It holds the same words as the
 * editor: the bundled sample's caption text in paragraphs of 30 words, or, given an SRT file, one paragraph per
 * cue. The file is read on the FX thread before the window shows.
 *
 * <p>It logs what the editor logs, so the same figures come out: {@code document on screen N ms after the JVM
 * started} (java.util.logging INFO) after the layout of the first pulse that shows the text, and, with
 * {@code -Dturnscript.trace=latency}, the key latencies of {@link LatencyTrace}.
 *
 * <p>{@code java -cp turnscript.jar:CLASSES org.turnscript.bench.PeerEditor [FILE.srt]}. (This class does not
 * extend {@code Application}: JavaFX refuses to launch such a main class from the class path.)
 */
public final class PeerEditor {

    static final String TITLE = "Peer editor";
    static final String SAMPLE = "/org/turnscript/samples/mixture-of-experts-2024-05-31.txt";
    static final int WORDS_PER_PARAGRAPH = 30;

    private static final Logger LOG = Logger.getLogger(PeerEditor.class.getName());

    private PeerEditor() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) throws IOException {
            List<String> raw = getParameters().getRaw().stream().filter(a -> !a.isBlank()).toList();
            String text = raw.isEmpty() ? sampleText() : srtText(Path.of(raw.get(0)));

            StyleClassedTextArea area = new StyleClassedTextArea();
            area.setWrapText(true);
            area.replaceText(text);
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.requestFollowCaret();
            Scene scene = new Scene(new VirtualizedScrollPane<>(area), 1280, 800);
            LatencyTrace.installIfEnabled(scene);
            Runnable[] onScreen = new Runnable[1];
            onScreen[0] = () -> {
                if (area.getLength() > 0 && !area.getVisibleParagraphs().isEmpty()) {
                    scene.removePostLayoutPulseListener(onScreen[0]);
                    LOG.info(() -> String.format("document on screen %d ms after the JVM started",
                            System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
                }
            };
            scene.addPostLayoutPulseListener(onScreen[0]);
            stage.setTitle(TITLE);
            stage.setScene(scene);
            stage.show();
            area.requestFocus();
        }
    }

    /** The sample's caption text (the lines between "Captions" and "Info"), in paragraphs of 30 words. */
    static String sampleText() throws IOException {
        String page;
        try (InputStream in = PeerEditor.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IOException("no resource " + SAMPLE + " on the class path");
            }
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = page.lines().toList();
        int from = lines.indexOf("Captions") + 1;
        int to = lines.indexOf("Info");
        if (to < from) {
            to = lines.size();
        }
        String[] words = String.join(" ", lines.subList(from, to)).strip().split("\\s+");
        StringBuilder out = new StringBuilder(page.length());
        for (int i = 0; i < words.length; i++) {
            out.append(i == 0 ? "" : i % WORDS_PER_PARAGRAPH == 0 ? "\n" : " ").append(words[i]);
        }
        return out.toString();
    }

    /** The text of the file's cues, one paragraph per cue (number and time lines dropped, lines joined). */
    static String srtText(Path file) {
        String srt;
        try {
            srt = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> cues = new ArrayList<>();
        for (String block : srt.strip().split("(\\r?\\n)\\s*(\\r?\\n)")) {
            List<String> lines = block.lines().map(String::strip).toList();
            int time = 0;
            while (time < lines.size() && !lines.get(time).contains("-->")) {
                time++;
            }
            String cue = String.join(" ", lines.subList(Math.min(time + 1, lines.size()), lines.size())).strip();
            if (!cue.isEmpty()) {
                cues.add(cue);
            }
        }
        return String.join("\n", cues);
    }
}
