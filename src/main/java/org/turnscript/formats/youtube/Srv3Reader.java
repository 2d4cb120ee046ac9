package org.turnscript.formats.youtube;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.CueLineBuilder;
import org.turnscript.formats.cues.CueTranscriptBuilder;
import org.turnscript.formats.cues.ReadCue;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads srv3: each {@code <p t d>} is a cue; its {@code <s t>} spans are words whose {@code t} is an offset in ms
 * from the paragraph's {@code t} (the first span has none: it starts with the paragraph), and {@code <br/>} breaks
 * the line. Empty "append" paragraphs ({@code a="1"}) only mark line feeds of the roll-up display: they carry no
 * words, but they end the words shown before them.
 */
final class Srv3Reader {

    private Srv3Reader() {
    }

    static ReadResult read(String text, ReadOptions options) throws FormatException {
        Element root = SafeXml.root(text, options.sourceName(), "timedtext", "srv3", "<timedtext format=\"3\">");
        List<Element> paragraphs = elements(root.getElementsByTagName("p"));
        List<ReadCue> cues = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Element p = paragraphs.get(i);
            long start = XmlTimes.millis(p, "t");
            long duration = XmlTimes.millis(p, "d");
            if (start < 0) {
                warnings.add("paragraph " + (i + 1) + ": no readable t attribute; skipped");
                continue;
            }
            if ("1".equals(p.getAttribute("a"))) {
                continue;
            }
            long end = start + Math.max(0, duration);
            // Roll-up paragraphs stay on screen while the next ones build; the words end when the next starts.
            long next = i + 1 < paragraphs.size() ? XmlTimes.millis(paragraphs.get(i + 1), "t") : -1;
            if (next > start && next < end) {
                end = next;
            }
            cues.add(new ReadCue(0, start, end, lines(p, start)));
        }
        return CueTranscriptBuilder.captions(cues, options, Srv3Format.ID, warnings);
    }

    /** The paragraph's lines, each word span marked with its time. */
    private static List<CueLine> lines(Element p, long start) {
        CueLineBuilder lines = new CueLineBuilder();
        NodeList children = p.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e && e.getTagName().equals("br")) {
                lines.breakLine();
            } else if (child instanceof Element e && e.getTagName().equals("s")) {
                long offset = XmlTimes.millis(e, "t");
                lines.mark(start + Math.max(0, offset));
                lines.append(e.getTextContent());
            } else if (child.getNodeType() == Node.TEXT_NODE || child instanceof Element) {
                // Text straight in the paragraph (creator captions, "[Music]"), possibly over several lines.
                lines.appendLines(child.getTextContent());
            }
        }
        return lines.lines();
    }

    private static List<Element> elements(NodeList list) {
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
