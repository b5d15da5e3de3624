package se.kundval.shared.ui;

import java.util.Collection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.UnorderedList;

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

    /**
     * Adds a link-like button per message shown at a field ("Förnamn: Fyll i namnet."), which moves
     * focus to that field: on a long form the person need not hunt for the marked fields.
     */
    public void linkTo(Collection<RecordBinder.FieldProblem> atFields) {
        if (atFields.isEmpty()) {
            return;
        }
        UnorderedList links = new UnorderedList();
        links.addClassName("problem-links");
        for (RecordBinder.FieldProblem problem : atFields) {
            NativeButton go = new NativeButton(
                    problem.label().isBlank() ? problem.message() : problem.label() + ": " + problem.message(),
                    click -> {
                        problem.field().getElement().executeJs("this.scrollIntoView({block: 'center'})");
                        if (problem.field() instanceof Focusable<?> focusable) {
                            focusable.focus();
                        }
                    });
            go.addClassName("link-button");
            links.add(new ListItem(go));
        }
        add(links);
    }
}
