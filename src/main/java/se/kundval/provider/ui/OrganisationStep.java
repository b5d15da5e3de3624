package se.kundval.provider.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import se.kundval.provider.ApplicationForm;
import se.kundval.shared.ui.RecordBinder;

/** Step 1, "Organisation": the registered facts (read only) and the applicant's legal form and contact. */
class OrganisationStep extends Composite<Div> {

    private final TextField orgnr = new TextField();
    private final TextField name = new TextField();

    OrganisationStep(RecordBinder<ApplicationForm.ApplicationDraft> binder) {
        orgnr.setLabel(getTranslation("application.orgnr"));
        orgnr.setReadOnly(true);
        name.setLabel(getTranslation("application.providerName"));
        name.setReadOnly(true);
        TextField legalForm = text("application.legalForm");
        TextField address = text("application.address");
        TextField contactName = text("application.contactName");
        TextField contactEmail = text("application.contactEmail");
        TextField contactPhone = text("application.contactPhone");
        binder.bindField(legalForm, "legalForm")
                .bindField(address, "address")
                .bindField(contactName, "contactName")
                .bindField(contactEmail, "contactEmail")
                .bindField(contactPhone, "contactPhone");
        getContent().add(orgnr, name, legalForm, address, contactName, contactEmail, contactPhone);
    }

    private TextField text(String key) {
        TextField field = new TextField(getTranslation(key));
        field.setManualValidation(true);
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(300);
        return field;
    }

    void show(ApplicationForm form) {
        orgnr.setValue(form.orgnr());
        name.setValue(form.providerName());
    }
}
