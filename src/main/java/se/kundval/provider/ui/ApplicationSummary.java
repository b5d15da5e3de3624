package se.kundval.provider.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import se.kundval.provider.ApplicationForm;
import se.kundval.provider.ProviderService;
import se.kundval.shared.ui.Facts;

/** Step 5 "Granska och skicka" (and the read-only application): the saved answers and attachments. */
class ApplicationSummary extends Composite<Div> {

    ApplicationSummary(ProviderService providers, ApplicationForm form) {
        if (form.editable()) {
            getContent().add(new Paragraph(getTranslation("application.summary.intro")));
        }
        ApplicationForm.ApplicationDraft d = form.draft();
        getContent()
                .add(new Facts()
                        .add(getTranslation("application.orgnr"), form.orgnr())
                        .add(getTranslation("application.providerName"), form.providerName())
                        .add(getTranslation("application.legalForm"), nz(d.legalForm()))
                        .add(getTranslation("application.address"), nz(d.address()))
                        .add(
                                getTranslation("application.contactName"),
                                nz(d.contactName()) + ", " + nz(d.contactEmail()) + ", " + nz(d.contactPhone()))
                        .add(
                                getTranslation("application.step.2"),
                                form.requirements().stream()
                                                .filter(r -> d.declarations().contains(r.code()))
                                                .count() + " / "
                                        + form.requirements().size())
                        .add(
                                getTranslation("application.areas"),
                                String.join(
                                        ", ",
                                        form.areaOptions().stream()
                                                .filter(a -> d.areas().contains(a.code()))
                                                .map(ApplicationForm.AreaOption::name)
                                                .toList()))
                        .add(
                                getTranslation("application.capacity"),
                                d.capacity() == null ? "" : String.valueOf(d.capacity()))
                        .add(getTranslation("application.staffCompetence"), nz(d.staffCompetence())));
        getContent().add(new H2(getTranslation("application.step.4")), new AttachmentList(providers, form, null));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
