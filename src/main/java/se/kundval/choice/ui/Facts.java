package se.kundval.choice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/** A description list of label–value pairs: how the choice pages show facts to screen readers. */
@Tag("dl")
class Facts extends Component {

    Facts() {
        getElement().getClassList().add("facts");
    }

    Facts add(String label, String value) {
        com.vaadin.flow.dom.Element dt = new com.vaadin.flow.dom.Element("dt");
        dt.setText(label);
        com.vaadin.flow.dom.Element dd = new com.vaadin.flow.dom.Element("dd");
        dd.setText(value);
        getElement().appendChild(dt, dd);
        return this;
    }
}
