package se.kundval.shared.ui;

import java.util.Collection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * The page's error summary: one {@code role="alert"} box at the top, so a screen reader announces
 * what went wrong as soon as it is shown. The messages at the fields themselves are set by
 * {@link RecordBinder}.
 */
public class FormProblems extends Div {

    public FormProblems() {
        addClassName("alert");
        getElement().setAttribute("role", "alert");
    }

    /** Empties the summary (also removes an action such as "Ladda om"). */
    public void clear() {
        removeAll();
        setText("");
    }

    /** One message, replacing whatever the summary said. */
    public void show(String message) {
        setText(message);
    }

    /** One message with an action that resolves it (e.g. reloading after someone else's save). */
    public void show(String message, Component action) {
        clear();
        setText(message);
        add(action);
    }

    /**
     * The summary line, followed by the messages no field on the page could show (they would
     * otherwise be lost).
     */
    public void summarize(String summary, Collection<String> elsewhere) {
        setText(elsewhere.isEmpty() ? summary : summary + " " + String.join(" ", elsewhere));
    }
}
