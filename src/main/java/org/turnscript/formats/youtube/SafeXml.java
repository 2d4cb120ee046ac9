package org.turnscript.formats.youtube;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.turnscript.formats.FormatException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses caption XML without ever reaching out: no DOCTYPE (so no external or expanding entities), no external
 * DTD or schema, secure-processing limits on. Caption files come from anywhere and need none of those.
 */
final class SafeXml {

    private SafeXml() {
    }

    /**
     * The root element of a caption file, which must be {@code <tag>}.
     *
     * @param format   the format's name for the error, e.g. "srv1"
     * @param expected how the error shows the expected root, e.g. {@code <transcript>}
     */
    static Element root(String text, String source, String tag, String format, String expected)
            throws FormatException {
        Element root = parse(text, source).getDocumentElement();
        if (!root.getTagName().equals(tag)) {
            throw new FormatException(source, 1,
                    "not " + format + ": the root element is <" + root.getTagName() + ">, expected " + expected);
        }
        return root;
    }

    static Document parse(String text, String source) throws FormatException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // errors arrive as exceptions, not on standard error
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return builder.parse(new InputSource(new StringReader(body)));
        } catch (SAXParseException e) {
            throw new FormatException(source, Math.max(0, e.getLineNumber()), "not well-formed XML: " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new FormatException(source, 0, "not readable as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }
}
