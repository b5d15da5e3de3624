package se.kundval.provider.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import se.kundval.provider.ApplicationForm;
import se.kundval.shared.ui.RecordBinder;

/** Step 3: where the provider works, how many places and the staff's competence. */
class PlacesStep extends Composite<Div> {

    private final CheckboxGroup<String> areas = new CheckboxGroup<>();

    PlacesStep(RecordBinder<ApplicationForm.ApplicationDraft> binder) {
        areas.setLabel(getTranslation("application.areas"));
        IntegerField capacity = new IntegerField(getTranslation("application.capacity"));
        capacity.setMin(1);
        capacity.setMax(10_000);
        TextArea staffCompetence = new TextArea(getTranslation("application.staffCompetence"));
        staffCompetence.setMaxLength(4000);
        areas.setManualValidation(true);
        capacity.setManualValidation(true);
        staffCompetence.setManualValidation(true);
        binder.bindField(areas, "areas").bindField(capacity, "capacity").bindField(staffCompetence, "staffCompetence");
        getContent().add(areas, capacity, staffCompetence);
    }

    /** The areas to choose from; set before the draft is read into the fields. */
    void show(ApplicationForm form) {
        areas.setItems(form.areaOptions().stream()
                .map(ApplicationForm.AreaOption::code)
                .toList());
        areas.setItemLabelGenerator(code -> form.areaOptions().stream()
                .filter(a -> a.code().equals(code))
                .map(ApplicationForm.AreaOption::name)
                .findFirst()
                .orElse(code));
    }
}
