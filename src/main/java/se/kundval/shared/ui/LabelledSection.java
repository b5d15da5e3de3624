package se.kundval.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/**
 * A {@code <section>} named by its own {@code <h2>}, so screen-reader users can jump between the
 * page's regions by name.
 */
public class LabelledSection extends Section {

    public LabelledSection(String id, String heading, Component... content) {
        H2 h2 = new H2(heading);
        h2.setId(id);
        getElement().setAttribute("aria-labelledby", id);
        add(h2);
        add(content);
    }
}
