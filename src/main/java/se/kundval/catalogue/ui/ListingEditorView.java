package se.kundval.catalogue.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import se.kundval.catalogue.ListingForm;
import se.kundval.catalogue.ListingService;
import se.kundval.identity.Role;
import se.kundval.provider.AccreditationStatus;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.RecordBinder;

/**
 * The provider's listing editor: the texts (Swedish required, English optional; Markdown rendered
 * through Vaadin's sanitising Markdown component), languages, specialisations, areas, contact,
 * places and "takes new customers", and the logo. Saving publishes at once and confirms the
 * listing; a save over someone else's newer save is refused with a way to reload.
 */
@Route("kontor/utbud/:code")
@RolesAllowed(Role.PROVIDER)
class ListingEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ListingService listings;
    private final FormProblems alert = new FormProblems();
    private final Div status = new Div();
    private final RecordBinder<ListingForm.ListingDraft> binder = new RecordBinder<>(ListingForm.ListingDraft.class);
    private final ListingTexts texts = new ListingTexts(binder);
    private final ListingFacts facts = new ListingFacts(binder);
    private String code;
    private ListingForm form;

    ListingEditorView(ListingService listings) {
        this.listings = listings;
        addClassName("listing-editor-view");
        status.addClassName("status-message");
        status.getElement().setAttribute("role", "status");
        // The service names no problem "texts" at a field: its messages go to the summary.
        binder.bindField(texts, "texts", null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        if (!load()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private boolean load() {
        form = listings.listing(code, getLocale()).orElse(null);
        if (form == null) {
            return false;
        }
        facts.show(form);
        binder.readRecord(form.draft());
        return true;
    }

    private void render() {
        removeAll();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        add(
                new H1(getTranslation("listing.heading", form.serviceTypeName())),
                new Paragraph(getTranslation("listing.intro")));
        if (form.status() == AccreditationStatus.SUSPENDED) {
            alert.show(
                    getTranslation("listing.status.suspended", form.statusReason() == null ? "" : form.statusReason()));
        } else if (form.status() == AccreditationStatus.REVOKED) {
            alert.show(getTranslation("listing.status.revoked"));
        } else if (form.status() != AccreditationStatus.APPROVED) {
            alert.show(getTranslation("listing.status.notApproved"));
        }
        add(alert, status);
        add(new Paragraph(getTranslation(
                "listing.lastConfirmed",
                form.lastConfirmed() == null ? "–" : form.lastConfirmed().format(dates))));
        if (form.status() == AccreditationStatus.REVOKED) {
            add(new ListingHistory(form));
            return;
        }
        boolean publish = form.publishable();
        add(texts, facts, new LogoSection(listings, form, publish, alert, () -> reloaded("listing.logo.saved")));
        binder.setReadOnly(!publish);
        add(
                new ListingActions(
                        form.code(),
                        publish,
                        () -> new ListingPreview(form.providerName(), texts.swedish()).open(),
                        this::save,
                        this::confirm),
                new ListingHistory(form));
    }

    private void save() {
        clearErrors();
        try {
            listings.save(code, form.version(), binder.record());
            reloaded("listing.saved");
        } catch (InvalidInputException invalid) {
            alert.summarize(
                    getTranslation("application.invalid"),
                    binder.showProblems(invalid.problems(), this::getTranslation)
                            .elsewhere());
        } catch (ConcurrentEditException conflict) {
            conflict();
        }
    }

    private void confirm() {
        clearErrors();
        try {
            listings.confirmUnchanged(code, form.version());
            reloaded("listing.confirmed");
        } catch (ConcurrentEditException conflict) {
            conflict();
        }
    }

    /** After a change the service stored: the page anew, with what happened in the status line. */
    private void reloaded(String statusKey) {
        load();
        render();
        status.setText(getTranslation(statusKey));
    }

    private void conflict() {
        Button reload = new Button(getTranslation("listing.reload"), e -> {
            load();
            render();
        });
        reload.addClassName("reload-button");
        alert.show(getTranslation("listing.conflict"), reload);
    }

    private void clearErrors() {
        alert.clear();
        binder.clearProblems();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("listing.title") + " – " + getTranslation("app.title.suffix");
    }
}
