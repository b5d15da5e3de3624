package se.kundval.choice.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;

import se.kundval.choice.ConversationForm;
import se.kundval.choice.ServiceTypeTerms;
import se.kundval.shared.ui.ComponentTexts;
import se.kundval.shared.ui.LabelledSection;
import se.kundval.shared.ui.RecordBinder;

/**
 * "Vad personen får välja för": per service type a checkbox, the scope in that type's unit and the
 * deadline for choosing. One field whose value is the form's list of grants, so the form's Binder
 * binds it like any other field.
 */
class GrantsSection extends AbstractCompositeField<LabelledSection, GrantsSection, List<ConversationForm.Grant>> {

    private record GrantFields(Checkbox selected, BigDecimalField scope, DatePicker deadline) {}

    private final Map<ServiceTypeTerms, GrantFields> grants = new LinkedHashMap<>();
    private final Paragraph grantsError = new Paragraph();
    private final LabelledSection section;

    GrantsSection(List<ServiceTypeTerms> types, Supplier<LocalDate> heldOn, RecordBinder<ConversationForm> binder) {
        super(List.of());
        section = new LabelledSection(
                "grants",
                getTranslation("officer.form.grants"),
                new Paragraph(getTranslation("officer.form.grants.help")));
        grantsError.addClassName("field-error");
        grantsError.setId("grants-error");
        section.add(grantsError);
        for (ServiceTypeTerms terms : types) {
            Checkbox selected = new Checkbox(terms.name());
            BigDecimalField scope = new BigDecimalField(terms.name() + ": "
                    + getTranslation(
                            "officer.form.scope",
                            getTranslation(
                                    "officer.form.unit." + terms.scopeUnit().name())));
            DatePicker deadline = new DatePicker(terms.name() + ": " + getTranslation("officer.form.deadline"));
            deadline.setHelperText(getTranslation("officer.form.deadline.helper", terms.choiceDeadlineDays()));
            ComponentTexts.datePicker(deadline, this);
            scope.setEnabled(false);
            deadline.setEnabled(false);
            selected.addValueChangeListener(e -> {
                scope.setEnabled(e.getValue());
                deadline.setEnabled(e.getValue());
                if (e.getValue() && deadline.isEmpty() && heldOn.get() != null) {
                    deadline.setValue(heldOn.get().plusDays(terms.choiceDeadlineDays()));
                }
            });
            // The list of grants follows every change in its parts.
            selected.addValueChangeListener(e -> setModelValue(chosen(), e.isFromClient()));
            scope.addValueChangeListener(e -> setModelValue(chosen(), e.isFromClient()));
            deadline.addValueChangeListener(e -> setModelValue(chosen(), e.isFromClient()));
            scope.setManualValidation(true);
            deadline.setManualValidation(true);
            binder.showsProblem("scope." + terms.code(), scope);
            binder.showsProblem("deadline." + terms.code(), deadline);
            Div group = new Div(selected, scope, deadline);
            group.addClassName("grant");
            section.add(group);
            grants.put(terms, new GrantFields(selected, scope, deadline));
        }
        binder.bindField(this, "grants", null);
    }

    @Override
    protected LabelledSection initContent() {
        return section;
    }

    /** The service types ticked, with their scope and deadline as typed. */
    private List<ConversationForm.Grant> chosen() {
        List<ConversationForm.Grant> chosen = new ArrayList<>();
        grants.forEach((terms, g) -> {
            if (g.selected().getValue()) {
                chosen.add(new ConversationForm.Grant(
                        terms.code(), g.scope().getValue(), g.deadline().getValue()));
            }
        });
        return chosen;
    }

    @Override
    protected void setPresentationValue(List<ConversationForm.Grant> value) {
        grants.forEach((terms, g) -> {
            var grant = value.stream()
                    .filter(v -> v.serviceType().equals(terms.code()))
                    .findFirst();
            g.selected().setValue(grant.isPresent());
            g.scope().setValue(grant.map(ConversationForm.Grant::scope).orElse(null));
            g.deadline().setValue(grant.map(ConversationForm.Grant::deadline).orElse(null));
        });
    }

    /** A message about the grants as a whole (none chosen, a type twice), under the section's help. */
    void showProblem(String message) {
        grantsError.setText(message == null ? "" : message);
    }
}
