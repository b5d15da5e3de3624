package se.kundval.provider.ui;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import se.kundval.provider.ProviderService;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.RecordBinder;

/**
 * Ansökan om auktorisation, step by step: each "Spara och fortsätt" saves the draft (checked on
 * the server, messages next to the fields), so the provider can stop and resume any time.
 * Another provider's application id is "Sidan finns inte".
 */
@Route("kontor/ansokan/:id([0-9]{1,18})")
@RolesAllowed(Role.PROVIDER)
class ApplicationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int STEPS = 5;
    private final ProviderService providers;
    private final FormProblems alert = new FormProblems();
    private final Div status = new Div();
    // The draft's fields live in steps 1–3 and keep their values across steps.
    private final RecordBinder<ApplicationForm.ApplicationDraft> binder =
            new RecordBinder<>(ApplicationForm.ApplicationDraft.class);
    private final OrganisationStep organisation = new OrganisationStep(binder);
    private final DeclarationsStep declarations = new DeclarationsStep(binder);
    private final PlacesStep places = new PlacesStep(binder);
    private ApplicationForm form;
    private long id;
    private int step;

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

    /** The saved draft into the fields (the choices first, so the chosen values exist). */
    private void fill() {
        organisation.show(form);
        declarations.show(form);
        places.show(form);
        binder.readRecord(form.draft());
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
            add(new Paragraph(getTranslation("application.readonly")), new ApplicationSummary(providers, form));
            add(new Paragraph(new RouterLink(getTranslation("layout.nav.backoffice"), BackOfficeView.class)));
            return;
        }
        H2 stepHeading =
                new H2(getTranslation("application.step", step, STEPS, getTranslation("application.step." + step)));
        stepHeading.addClassName("step-heading");
        add(stepHeading);
        add(
                switch (step) {
                    case 1 -> organisation;
                    case 2 -> declarations;
                    case 3 -> places;
                    case 4 -> new AttachmentsStep(providers, id, form, alert, this::reload);
                    default -> new ApplicationSummary(providers, form);
                },
                actions());
    }

    private Div actions() {
        Div actions = new Div();
        actions.addClassName("actions");
        if (step > 1) {
            actions.add(button("application.back", "back-button", false, () -> save(step - 1)));
        }
        actions.add(
                step < STEPS
                        ? button("application.next", "next-button", true, () -> save(step + 1))
                        : button("application.submit", "submit-button", true, this::submit));
        actions.add(button("application.saveDraft", "save-draft-button", false, () -> save(step)));
        return actions;
    }

    private Button button(String key, String className, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        if (primary) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        button.addClassName(className);
        return button;
    }

    private void save(int nextStep) {
        clearErrors();
        try {
            providers.saveStep(id, form.version(), step, binder.record(), nextStep);
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

    private void submit() {
        clearErrors();
        try {
            providers.submit(id, form.version());
            reload(getTranslation("application.submitted"));
        } catch (InvalidInputException invalid) {
            // Take the provider to the first step with a problem.
            int first = invalid.problems().keySet().stream()
                    .mapToInt(ApplicationView::stepOf)
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

    private static int stepOf(String field) {
        return switch (field) {
            case "legalForm", "address", "contactName", "contactEmail", "contactPhone", "orgnr" -> 1;
            case "declarations" -> 2;
            case "areas", "capacity", "staffCompetence" -> 3;
            case "attachments" -> 4;
            default -> STEPS;
        };
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
        binder.clearProblems();
    }

    /** Messages at the fields of the step shown; the others (other steps, attachments) in the summary. */
    private void showErrors(Map<String, String> problems) {
        alert.summarize(
                getTranslation("application.invalid"),
                binder.showProblems(problems, this::getTranslation).elsewhere());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.title") + " – " + getTranslation("app.title.suffix");
    }
}
