package se.kundval.provider.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;

import se.kundval.provider.ApplicationForm;
import se.kundval.shared.ui.RecordBinder;

/**
 * The draft's fields, in steps 1–3, bound to {@link ApplicationForm.ApplicationDraft}. The steps
 * live as long as the page, so what the provider typed survives moving between steps.
 */
class ApplicationDraftForm {

    private final RecordBinder<ApplicationForm.ApplicationDraft> binder =
            new RecordBinder<>(ApplicationForm.ApplicationDraft.class);
    private final OrganisationStep organisation = new OrganisationStep(binder);
    private final DeclarationsStep declarations = new DeclarationsStep(binder);
    private final PlacesStep places = new PlacesStep(binder);

    /** The saved draft into the fields (the choices first, so the chosen values exist). */
    void fill(ApplicationForm form) {
        organisation.show(form);
        declarations.show(form);
        places.show(form);
        binder.readRecord(form.draft());
    }

    /** Step 1, 2 or 3. */
    Component step(int step) {
        return switch (step) {
            case 1 -> organisation;
            case 2 -> declarations;
            default -> places;
        };
    }

    /** Moves focus to a requirement's checkbox on step 2. */
    void focusDeclaration(String requirementCode) {
        declarations.focus(requirementCode);
    }

    ApplicationForm.ApplicationDraft draft() {
        return binder.record();
    }

    void clearProblems() {
        binder.clearProblems();
    }

    /** Messages at the fields of the step shown; returns the others (other steps, attachments). */
    List<String> showProblems(Map<String, String> problems, Function<String, String> translate) {
        return binder.showProblems(problems, translate).elsewhere();
    }
}
