package se.kundval.provider.ui;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import se.kundval.identity.Role;
import se.kundval.provider.ApplicationForm;
import se.kundval.provider.ApplicationStatus;
import se.kundval.provider.BackOfficePages;
import se.kundval.provider.ProviderService;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.FormProblems;

/**
 * Ansökan om auktorisation, step by step: each "Spara och fortsätt" saves the draft (checked on
 * the server, messages next to the fields), so the provider can stop and resume any time.
 * Another provider's application id is "Sidan finns inte".
 */
@Route(BackOfficePages.APPLICATION + "/:id([0-9]{1,18})")
@RolesAllowed(Role.PROVIDER)
class ApplicationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int STEPS = StepActions.STEPS;

    private final ProviderService providers;
    private final FormProblems alert = new FormProblems();
    private final Div status = new Div();
    private final ApplicationDraftForm draft = new ApplicationDraftForm();
    private ApplicationForm form;
    private long id;
    private int step;
    private AttachmentsStep attachments;

    ApplicationView(ProviderService providers) {
        this.providers = providers;
        addClassName("application-view");
        status.getElement().setAttribute("role", "status");
        status.addClassName("status-message");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        if (!load()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        step = form.editable() ? Math.max(1, Math.min(STEPS, form.step())) : STEPS;
        fill();
        render();
    }

    private boolean load() {
        form = providers.application(id, getLocale()).orElse(null);
        return form != null;
    }

    private void fill() {
        draft.fill(form);
    }

    private void render() {
        removeAll();
        add(
                new H1(getTranslation("application.heading", form.serviceTypeName())),
                new Paragraph(getTranslation(
                        "application.status",
                        getTranslation(
                                "backoffice.application.status." + form.status().name()))),
                status,
                alert);
        if (!form.messages().isEmpty()) {
            add(new ApplicationMessages(providers, id, form, this::reload, this::conflict));
        }
        if (!form.editable()) {
            if (form.reference() != null && form.status() == ApplicationStatus.SUBMITTED) {
                add(new SubmittedConfirmation(form));
            }
            add(new Paragraph(getTranslation("application.readonly")), new ApplicationSummary(providers, form, null));
            add(new Paragraph(new RouterLink(getTranslation("layout.nav.backoffice"), BackOfficeView.class)));
            return;
        }
        H2 stepHeading =
                new H2(getTranslation("application.step", step, STEPS, getTranslation("application.step." + step)));
        stepHeading.addClassName("step-heading");
        add(stepHeading);
        add(
                switch (step) {
                    case 1, 2, 3 -> draft.step(step);
                    case 4 -> attachments = new AttachmentsStep(providers, id, form, alert, this::reload);
                    default -> new ApplicationSummary(providers, form, this::change);
                },
                new StepActions(step, this::save, this::submit));
    }

    private void save(int nextStep) {
        clearErrors();
        try {
            providers.saveStep(id, form.version(), step, draft.draft(), nextStep);
            load();
            step = nextStep;
            render();
            status.setText(getTranslation("application.saved"));
        } catch (InvalidInputException invalid) {
            showErrors(invalid.problems());
        } catch (ConcurrentEditException conflict) {
            conflict();
        }
    }

    /**
     * "Ändra" on the review step: to the step with the requirement, focus on its field. Nothing
     * to save on the review step, so nothing is lost.
     */
    private void change(int toStep, String requirementCode) {
        clearErrors();
        step = toStep;
        render();
        if (toStep == 2) {
            draft.focusDeclaration(requirementCode);
        } else if (toStep == 4 && attachments != null) {
            attachments.focus(requirementCode);
        }
    }

    private void submit() {
        clearErrors();
        try {
            providers.submit(id, form.version());
            reload(getTranslation("application.submitted"));
        } catch (InvalidInputException invalid) {
            // A field on step 1 or 3: take the provider there. Requirements and intyg are named on
            // the review step itself, each with "Ändra".
            int first = invalid.problems().keySet().stream()
                    .mapToInt(StepActions::stepOf)
                    .filter(s -> s != 2 && s != 4)
                    .min()
                    .orElse(STEPS);
            if (first < STEPS) {
                step = first;
                render();
            }
            showErrors(invalid.problems());
        } catch (ConcurrentEditException conflict) {
            conflict();
        }
    }

    /** Reloads the application; {@code message} (may be null) is the status to show. */
    private void reload(String message) {
        load();
        fill();
        step = form.editable() ? step : STEPS;
        render();
        if (message != null) {
            status.setText(message);
        }
    }

    private void conflict() {
        alert.show(getTranslation("application.conflict"), new Button(getTranslation("application.reload"), e -> {
            load();
            fill();
            render();
        }));
    }

    private void clearErrors() {
        alert.clear();
        draft.clearProblems();
    }

    /** Messages at the fields of the step shown; the others (other steps, attachments) in the summary. */
    private void showErrors(Map<String, String> problems) {
        alert.summarize(getTranslation("application.invalid"), draft.showProblems(problems, this::getTranslation));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.title") + " – " + getTranslation("app.title.suffix");
    }
}
