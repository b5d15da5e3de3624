package se.kundval.shared.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableFunction;

/**
 * A {@link Binder} for the form record a service takes, in which the service stays the only judge of
 * what is valid: the binder checks nothing itself (no default validators, no status handlers that
 * would clear or set a field's error while the person types) and only moves values between the
 * fields and the record. When the service refuses the record, {@link #showProblems} puts each of its
 * messages at the field it names.
 */
public class RecordBinder<R extends Record> extends Binder<R> {

    /** Problem key (as the service names it) → the field that shows the message. */
    private final Map<String, HasValidation> problemTargets = new LinkedHashMap<>();

    public RecordBinder(Class<R> type) {
        super(type);
        setDefaultValidatorsEnabled(false);
    }

    /** Binds a field to the record component of the same name; the service names its problems alike. */
    public <V> RecordBinder<R> bindField(HasValue<?, V> field, String component) {
        return bindField(field, component, component);
    }

    /**
     * Binds a field to a record component; {@code problemKey} is the name the service uses for its
     * messages about that field (null: the service never names it, its messages go to the summary).
     */
    public <V> RecordBinder<R> bindField(HasValue<?, V> field, String component, String problemKey) {
        // An absent value in the record shows as the field's empty value; what the person typed is
        // passed on unchanged (an empty text stays empty text, as the services expect).
        return bindField(field, component, problemKey, v -> v, v -> v == null ? field.getEmptyValue() : v);
    }

    /** Binds a field whose value the record holds in another form (e.g. an empty number as -1). */
    public <V, M> RecordBinder<R> bindField(
            HasValue<?, V> field,
            String component,
            String problemKey,
            SerializableFunction<V, M> toRecord,
            SerializableFunction<M, V> toField) {
        forField(field)
                .withValidationStatusHandler(status -> {})
                .withConverter(toRecord, toField)
                .bind(component);
        if (problemKey != null && field instanceof HasValidation validation) {
            problemTargets.put(problemKey, validation);
        }
        return this;
    }

    /** A field that shows the service's messages under a key that is not a bound component. */
    public void showsProblem(String problemKey, HasValidation field) {
        problemTargets.put(problemKey, field);
    }

    /** The record from the fields as they are: no checks here, the service does them. */
    public R record() {
        try {
            return writeRecord();
        } catch (ValidationException impossible) {
            // No binding has a validator, so nothing can fail here.
            throw new IllegalStateException(impossible);
        }
    }

    /** Removes every message shown at the fields. */
    public void clearProblems() {
        problemTargets.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /**
     * Shows each of the service's messages at its field, when that field is on the page now.
     *
     * @return the first field marked (to move focus to) and the messages no shown field could take
     */
    public ProblemsShown showProblems(Map<String, String> problems, Function<String, String> translate) {
        Component first = null;
        List<String> elsewhere = new ArrayList<>();
        List<FieldProblem> atFields = new ArrayList<>();
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            HasValidation field = problemTargets.get(problem.getKey());
            String message = translate.apply(problem.getValue());
            if (field instanceof Component component && component.isAttached()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                if (first == null) {
                    first = component;
                }
                String label = component instanceof HasLabel labelled && labelled.getLabel() != null
                        ? labelled.getLabel()
                        : "";
                atFields.add(new FieldProblem(component, label, message));
            } else {
                elsewhere.add(message);
            }
        }
        return new ProblemsShown(first, elsewhere, atFields);
    }

    /** A message shown at a field, for the error summary's link to that field. */
    public record FieldProblem(Component field, String label, String message) {}

    /**
     * @param first the first field showing a message, or null
     * @param elsewhere messages for which no field is on the page
     * @param atFields the messages shown at fields, in the service's order
     */
    public record ProblemsShown(Component first, List<String> elsewhere, List<FieldProblem> atFields) {}
}
