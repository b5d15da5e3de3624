package se.kundval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/** A description list of label–value pairs: how the portal's pages show facts to screen readers. */
@Tag("dl")
public class Facts extends Component implements com.vaadin.flow.component.HasStyle {

    public Facts() {
        getElement().getClassList().add("facts");
    }

    /** Adds a label and its value; a missing value shows as empty. */
    public Facts add(String label, String value) {
        com.vaadin.flow.dom.Element dt = new com.vaadin.flow.dom.Element("dt");
        dt.setText(label);
        com.vaadin.flow.dom.Element dd = new com.vaadin.flow.dom.Element("dd");
        dd.setText(value == null ? "" : value);
        getElement().appendChild(dt, dd);
        return this;
    }
}
