package se.kundval.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;

/**
 * A description list of label–value pairs: how the portal's pages show facts to screen readers.
 *
 * <p>The pairs are sent as the list's escaped HTML, one property of one server-side node, not as
 * an element and a text node per label and per value: the facts never change once shown, and
 * every server-side node costs each open tab about half a kilobyte of heap.
 */
@Tag("dl")
public class Facts extends Component implements HasStyle {

    public Facts() {
        getElement().getClassList().add("facts");
    }

    /** Adds a label and its value; a missing value shows as empty. */
    public Facts add(String label, String value) {
        String html = getElement().getProperty("innerHTML", "");
        getElement()
                .setProperty(
                        "innerHTML",
                        html + "<dt>" + escaped(label) + "</dt><dd>" + escaped(value == null ? "" : value) + "</dd>");
        return this;
    }

    /** Text as HTML that shows it literally: no markup of anyone's can get in. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
