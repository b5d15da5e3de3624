package se.kundval.shared.ui;

import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

/**
 * For the small forms without a {@link RecordBinder}: puts each of the service's messages at the
 * field it names (key → field), clears the others, and moves focus to the first marked field.
 */
public final class FieldMessages {

    private FieldMessages() {}

    /** @return whether every message found its field (false: show the rest in a summary) */
    public static boolean show(
            Map<String, String> problems,
            Map<String, ? extends HasValidation> fields,
            Function<String, String> translate) {
        clear(fields);
        boolean first = true;
        boolean allShown = true;
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            HasValidation field = fields.get(problem.getKey());
            if (field == null) {
                allShown = false;
                continue;
            }
            field.setErrorMessage(translate.apply(problem.getValue()));
            field.setInvalid(true);
            if (first && field instanceof Focusable<?> focusable && field instanceof Component) {
                focusable.focus();
                first = false;
            }
        }
        return allShown;
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
