package org.turnscript.formats.youtube;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.CueTranscriptBuilder;
import org.turnscript.formats.cues.ReadCue;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * YouTube srv1 timed text: {@code <transcript><text start="2.906" dur="3">…</text>}, times in seconds. Read only.
 * The text is HTML inside XML, so after the XML parser has resolved one level of escapes it may still hold
 * markup ({@code <i>}) and a second level of entities ({@code We&#39;re}); both are resolved here.
 */
public final class Srv1Format extends AbstractFormat {

    public static final String ID = "srv1";

    private static final Pattern TAG = Pattern.compile("<[^<>]*>");

    public Srv1Format() {
        super(ID, "YouTube timed text (srv1)", Direction.READ_ONLY, "srv1", "xml");
    }

    @Override
    public boolean isXml() {
        return true;
    }

    @Override
    public int sniff(String head) {
        return head.contains("<transcript") && head.contains("<text start=") ? 90 : 0;
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        Element root = SafeXml.root(text, options.sourceName(), "transcript", "srv1", "<transcript>");
        NodeList texts = root.getElementsByTagName("text");
        List<ReadCue> cues = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element e = (Element) texts.item(i);
            long start = XmlTimes.seconds(e, "start");
            long duration = e.hasAttribute("dur") ? XmlTimes.seconds(e, "dur") : 0;
            if (start < 0 || duration < 0) {
                warnings.add("caption " + (i + 1) + ": unreadable start or dur; skipped");
                continue;
            }
            List<CueLine> lines = new ArrayList<>();
            for (String line : HtmlText.unescape(TAG.matcher(e.getTextContent()).replaceAll("")).split("\n")) {
                lines.add(CueLine.of(line));
            }
            cues.add(new ReadCue(0, start, start + duration, lines));
        }
        return CueTranscriptBuilder.captions(cues, options, ID, warnings);
    }
}
