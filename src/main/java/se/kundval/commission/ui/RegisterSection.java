package se.kundval.commission.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;

import se.kundval.register.CatalogueAdminService.ServiceTypeForm;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.LabelledSection;
import se.kundval.shared.ui.RecordBinder;

/**
 * One register on the catalogue administration page: what exists, each with "Ändra" and "Ta bort",
 * and a form bound to the service's form record. The service validates; after a change the page is
 * rebuilt through {@code changed} (with the status text to show).
 */
abstract class RegisterSection<R extends Record> extends Composite<LabelledSection> {

    protected final RecordBinder<R> binder;
    private final FormProblems problems;
    private final Consumer<String> changed;
    private LabelledSection section;

    RegisterSection(Class<R> type, FormProblems problems, Consumer<String> changed) {
        this.binder = new RecordBinder<>(type);
        // The version of the record being edited (null for a new one) goes back with the form.
        this.binder.bindField(new ReadOnlyHasValue<Long>(v -> {}), "version", null);
        this.problems = problems;
        this.changed = changed;
    }

    /** Called at the end of the subclass's constructor, once its fields exist. */
    protected void setSection(LabelledSection section) {
        this.section = section;
    }

    @Override
    protected LabelledSection initContent() {
        return section;
    }

    protected TextField field(String key) {
        TextField field = new TextField(getTranslation(key));
        field.setManualValidation(true);
        return field;
    }

    /** A choice of service type, bound to the record's service type code. */
    protected Select<ServiceTypeForm> serviceTypeSelect(List<ServiceTypeForm> types) {
        Select<ServiceTypeForm> type = new Select<>();
        type.setLabel(getTranslation("commission.admin.serviceType"));
        type.setItems(types);
        type.setItemLabelGenerator(ServiceTypeForm::nameSv);
        return type;
    }

    protected static ServiceTypeForm byCode(List<ServiceTypeForm> types, String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
    }

    /** An empty number field as the services' "no number" (-1). */
    protected static Integer orMinusOne(Integer value) {
        return value == null ? -1 : value;
    }

    protected ListItem row(String label, Runnable edit, Runnable delete) {
        Button change = new Button(getTranslation("commission.admin.edit"), e -> edit.run());
        change.addThemeVariants(ButtonVariant.TERTIARY);
        change.getElement().setAttribute("aria-label", getTranslation("commission.admin.edit") + " " + label);
        Button remove = new Button(getTranslation("commission.admin.delete"), e -> {
            problems.clear();
            try {
                delete.run();
                changed.accept(getTranslation("commission.admin.deleted", label));
            } catch (InvalidInputException invalid) {
                problems.show(
                        getTranslation(invalid.problems().values().iterator().next()));
            }
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.getElement().setAttribute("aria-label", getTranslation("commission.admin.delete") + " " + label);
        return new ListItem(new Span(label + " "), change, remove);
    }

    /** "Spara": hands the form's record to the service; its messages go to the fields and the summary. */
    protected Button saveButton(Consumer<R> save, Supplier<Boolean> ready) {
        Button button = new Button(getTranslation("commission.admin.save"), e -> {
            problems.clear();
            binder.clearProblems();
            try {
                if (!ready.get()) {
                    throw new InvalidInputException(Map.of("code", "commission.admin.notFound"));
                }
                save.accept(binder.record());
                changed.accept(getTranslation("commission.admin.saved"));
            } catch (ConcurrentEditException edited) {
                problems.show(getTranslation("commission.admin.changedMeanwhile"));
            } catch (InvalidInputException invalid) {
                problems.summarize(
                        getTranslation("application.invalid"),
                        binder.showProblems(invalid.problems(), this::getTranslation)
                                .elsewhere());
            }
        });
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    protected Button saveButton(Consumer<R> save) {
        return saveButton(save, () -> true);
    }
}
