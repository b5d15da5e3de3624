package se.kundval.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import se.kundval.shared.IntegrationTest;

/**
 * Base of the browserless view tests: the real views with the real Spring context, MariaDB and
 * index, but no browser and no servlet container, for what a real browser adds nothing to
 * (filters narrowing, a form's error messages, who is let in). The helpers find components by what
 * people see — their label, their text, their ARIA role — never by a view's private fields, so the
 * tests survive the views being split into smaller components.
 */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    /** The text of the live status message (role="status") on the page, e.g. "3 utförare passar". */
    protected String status() {
        return textOfRole("status");
    }

    /** The text of the page's error summary (role="alert"). */
    protected String alert() {
        return textOfRole("alert");
    }

    private String textOfRole(String role) {
        List<String> texts = roles(role).stream()
                .map(c -> c instanceof HasText t ? t.getText() : c.getElement().getText())
                .filter(t -> !t.isBlank())
                .toList();
        return texts.isEmpty() ? "" : String.join(" ", texts);
    }

    private List<Component> roles(String role) {
        List<Component> found = new java.util.ArrayList<>();
        found.addAll(find(Paragraph.class).withAttribute("role", role).all());
        found.addAll(find(Div.class).withAttribute("role", role).all());
        return found;
    }

    /** The checkbox whose label is exactly this text (counts included, e.g. "Finska (1)"). */
    protected Checkbox checkbox(String label) {
        return find(Checkbox.class).withLabel(label).single();
    }

    /** The labels of every checkbox on the page, in page order. */
    protected List<String> checkboxLabels() {
        return find(Checkbox.class).all().stream().map(Checkbox::getLabel).toList();
    }
}
