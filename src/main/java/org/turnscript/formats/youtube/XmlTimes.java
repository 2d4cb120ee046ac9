package org.turnscript.formats.youtube;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.w3c.dom.Element;

/** Time attributes of YouTube XML: srv3 counts integer milliseconds, srv1 decimal seconds. -1 when unreadable. */
final class XmlTimes {

    private XmlTimes() {
    }

    static long millis(Element e, String attribute) {
        String value = e.getAttribute(attribute).strip();
        if (!value.matches("\\d{1,12}")) {
            return -1;
        }
        return Long.parseLong(value);
    }

    static long seconds(Element e, String attribute) {
        String value = e.getAttribute(attribute).strip();
        if (!value.matches("\\d{1,9}(\\.\\d*)?")) {
            return -1;
        }
        return new BigDecimal(value).movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
