package se.kundval.provider.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import se.kundval.provider.ApplicationForm;
import se.kundval.provider.ProviderService;
import se.kundval.shared.ui.Facts;

/**
 * Step 5 "Granska och skicka" (and the read-only application): the saved answers and attachments.
 * While editing, what is still missing is named in words, each with "Ändra" to the field.
 */
class ApplicationSummary extends Composite<Div> {

    /**
     * @param change goes to a step and focuses the requirement's field there (step, requirement
     *     code); null when the application is read only
     */
    ApplicationSummary(ProviderService providers, ApplicationForm form, BiConsumer<Integer, String> change) {
        if (form.editable()) {
            getContent().add(new Paragraph(getTranslation("application.summary.intro")));
            if (change != null) {
                missing(form, change);
            }
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
                                getTranslation(
                                        "application.summary.declared",
                                        form.requirements().size()
                                                - form.undeclared().size(),
                                        form.requirements().size()))
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

    /** "Det här saknas": each requirement not ticked and each intyg not attached, by name. */
    private void missing(ApplicationForm form, BiConsumer<Integer, String> change) {
        Div box = new Div();
        box.addClassName("missing");
        H2 heading = new H2();
        heading.setId("missing-heading");
        box.add(heading);
        if (form.undeclared().isEmpty() && form.withoutProof().isEmpty()) {
            heading.setText(getTranslation("application.missing.none.heading"));
            box.add(new Paragraph(getTranslation("application.missing.none")));
            getContent().add(box);
            return;
        }
        heading.setText(getTranslation("application.missing.heading"));
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-labelledby", "missing-heading");
        form.undeclared()
                .forEach(r -> list.add(line(
                        getTranslation("application.missing.declaration", r.text()),
                        getTranslation("application.missing.change.declaration", r.text()),
                        () -> change.accept(2, r.code()))));
        form.withoutProof()
                .forEach(r -> list.add(line(
                        getTranslation("application.missing.proof", r.text()),
                        getTranslation("application.missing.change.proof", r.text()),
                        () -> change.accept(4, r.code()))));
        box.add(list);
        getContent().add(box);
    }

    private ListItem line(String text, String accessibleName, Runnable action) {
        Button edit = new Button(getTranslation("application.missing.change"), e -> action.run());
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.addClassName("change-button");
        // Several "Ändra" on one page: the name says which (it starts with the visible word).
        edit.getElement().setAttribute("aria-label", accessibleName);
        ListItem item = new ListItem(new Span(text + " "), edit);
        item.addClassName("missing-item");
        return item;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
