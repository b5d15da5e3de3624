package se.kundval.provider.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import se.kundval.provider.ApplicationForm;
import se.kundval.shared.ui.RecordBinder;

/** Step 2: the service type's requirements, each declared by ticking it. */
class DeclarationsStep extends Composite<Div> {

    private final CheckboxGroup<String> declarations = new CheckboxGroup<>();
    private java.util.List<String> codes = java.util.List.of();

    DeclarationsStep(RecordBinder<ApplicationForm.ApplicationDraft> binder) {
        declarations.setLabel(getTranslation("application.step.2"));
        declarations.setManualValidation(true);
        binder.bindField(declarations, "declarations");
        getContent().add(new Paragraph(getTranslation("application.declarations.intro")), declarations);
    }

    /** The requirements to declare; set before the draft is read into the fields. */
    void show(ApplicationForm form) {
        codes = form.requirements().stream()
                .map(ApplicationForm.RequirementLine::code)
                .toList();
        declarations.setItems(codes);
        declarations.setItemLabelGenerator(code -> form.requirements().stream()
                .filter(r -> r.code().equals(code))
                .map(r -> r.text()
                        + (r.attachmentRequired() ? " " + getTranslation("application.declarations.attachment") : ""))
                .findFirst()
                .orElse(code));
    }

    /** Moves focus to one requirement's checkbox ("Ändra" on the review step). */
    void focus(String requirementCode) {
        int index = codes.indexOf(requirementCode);
        declarations
                .getElement()
                .executeJs(
                        "const c = this.querySelectorAll('vaadin-checkbox')[$0];"
                                + " if (c) { c.focus(); c.scrollIntoView({block: 'center'}); }",
                        Math.max(0, index));
    }
}
