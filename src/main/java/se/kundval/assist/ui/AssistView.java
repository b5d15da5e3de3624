package se.kundval.assist.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

import se.kundval.assist.AssistService;
import se.kundval.assist.Visitor;
import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ChoosingSupport;
import se.kundval.catalogue.ui.CatalogueNavigation;
import se.kundval.choice.ChoiceConfirmation;
import se.kundval.choice.ChoiceRefusedException;
import se.kundval.choice.EntitlementStatus;
import se.kundval.choice.EntitlementSummary;
import se.kundval.choice.Receipt;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.Role;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.Option;
import se.kundval.shared.ui.Facts;
import se.kundval.shared.ui.LabelledSection;

/**
 * "Hjälp en besökare" at a service point: the staff member's service point (remembered on the
 * device), the visitor found by the whole personnummer only after a reason is given, shown
 * discreetly (initials, YYYYMMDD-****; the name on request for 30 seconds), and a choice
 * registered on the visitor's behalf with their consent. After 5 minutes without input the visitor
 * is cleared from the page.
 */
@Menu(title = "layout.nav.assist", order = 40)
@Route("servicepunkt")
@RolesAllowed(Role.SERVICEPUNKT)
class AssistView extends Div implements HasDynamicTitle {

    private final AssistService assist;
    private final CatalogueService catalogue;
    /** Where the staff member works, from their identity; null when their account names none. */
    private final Option servicePoint;

    private final Div visitorArea = new Div();
    /** Where staff choose with the visitor: the list, then check your answers, then the confirmation. */
    private final Div workArea = new Div();

    private final Div alert = new Div();
    private final Div status = new Div();
    private final Locale locale;
    private Visitor visitor;

    /** Idle time after which the visitor is cleared from the page. */
    private final java.time.Duration idleTimeout;

    private final CurrentUser currentUser;

    AssistView(
            AssistService assist,
            CatalogueService catalogue,
            CurrentUser currentUser,
            @org.springframework.beans.factory.annotation.Value("${kundval.assist.idle-timeout}")
                    java.time.Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
        this.currentUser = currentUser;
        this.assist = assist;
        this.catalogue = catalogue;
        this.locale = getLocale();
        addClassName("assist-view");
        alert.addClassName("alert");
        alert.getElement().setAttribute("role", "alert");
        status.addClassName("status-message");
        status.getElement().setAttribute("role", "status");
        servicePoint = assist.myServicePoint().orElse(null);
        Paragraph where = new Paragraph(
                servicePoint == null
                        ? getTranslation("assist.servicePoint.required")
                        : getTranslation("assist.servicePoint.at", servicePoint.name()));
        where.addClassName("assist-service-point");
        TextField personnummer = new TextField(getTranslation("officer.form.personnummer"));
        personnummer.setHelperText(getTranslation("officer.form.personnummer.helper"));
        personnummer.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        personnummer.setManualValidation(true);
        Select<String> reason = new Select<>();
        reason.setLabel(getTranslation("assist.reason"));
        reason.setItems(AssistService.REASONS);
        reason.setItemLabelGenerator(r -> getTranslation("audit.reason." + r));
        Button find = new Button(getTranslation("assist.find"), e -> {
            alert.setText("");
            status.setText("");
            try {
                Optional<Visitor> found = assist.lookUp(personnummer.getValue(), reason.getValue(), locale);
                // The number is not kept in the form once used.
                personnummer.clear();
                reason.clear();
                visitor = found.orElse(null);
                showVisitor();
                if (found.isEmpty()) {
                    status.setText(getTranslation("assist.notFound"));
                }
            } catch (InvalidInputException invalid) {
                alert.setText(String.join(
                        " ",
                        invalid.problems().values().stream()
                                .map(this::getTranslation)
                                .toList()));
            }
        });
        find.addThemeVariants(ButtonVariant.PRIMARY);
        find.setEnabled(servicePoint != null);
        find.addClassName("find-button");
        Div row = new Div(personnummer, reason, find);
        row.addClassName("field-row");
        add(
                new H1(getTranslation("assist.heading")),
                new Paragraph(getTranslation("assist.intro")),
                where,
                row,
                alert,
                status,
                visitorArea,
                workArea);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // Five minutes (kundval.assist.idle-timeout) without input ends the assistance: the server clears the visitor.
        getElement().executeJs("""
                const host = this;
                if (host.__kvIdle) { return; }
                host.__kvIdle = true;
                let last = Date.now();
                ['click', 'keydown', 'input'].forEach(t => document.addEventListener(t, () => { last = Date.now(); }, true));
                const limit = $0;
                setInterval(() => { if (Date.now() - last > limit) { last = Date.now(); host.$server.endAssistance(); } }, 1000);
                """, idleTimeout.toMillis());
    }

    /** Clears everything about the visitor from the page. */
    @ClientCallable
    void endAssistance() {
        visitor = null;
        visitorArea.removeAll();
        workArea.removeAll();
        status.setText(getTranslation("assist.ended"));
    }

    /** Hides the name again after the 30 seconds it was shown for. */
    @ClientCallable
    void hideName() {
        showVisitor();
    }

    private void showVisitor() {
        visitorArea.removeAll();
        workArea.removeAll();
        if (visitor == null) {
            return;
        }
        Span who = new Span(visitor.initials() + " " + visitor.maskedPersonnummer());
        who.addClassName("visitor-discreet");
        Button reveal = new Button(getTranslation("assist.reveal"), e -> {
            who.setText(visitor.fullName() + " " + visitor.maskedPersonnummer());
            getElement().executeJs("setTimeout(() => this.$server.hideName(), 30000)");
        });
        Button end = new Button(getTranslation("assist.end"), e -> endAssistance());
        LabelledSection section = new LabelledSection(
                "visitor", getTranslation("assist.visitor"), new Paragraph(who), new Div(reveal, end));
        if (visitor.entitlements().isEmpty()) {
            section.add(new Paragraph(getTranslation("mychoices.none")));
        }
        for (EntitlementSummary e : visitor.entitlements()) {
            Paragraph state = new Paragraph(getTranslation(
                            "staff.status." + e.status().name()) + ". "
                    + getTranslation("assist.current") + ": "
                    + (e.currentProvider() == null ? getTranslation("assist.current.none") : e.currentProvider()));
            state.addClassName("visitor-entitlement-status");
            Div block = new Div(new H2(e.serviceTypeName()), state);
            block.addClassName("visitor-entitlement");
            if (e.status() != EntitlementStatus.ENDED) {
                Button open = new Button(getTranslation("assist.choose.open"), click -> showList(e));
                open.addClassName("open-choosing-list");
                open.getElement()
                        .setAttribute("aria-label", getTranslation("assist.choose.open") + " – " + e.serviceTypeName());
                block.add(open);
            }
            section.add(block);
        }
        visitorArea.add(section);
    }

    /**
     * The visitor's providers for one entitlement, exactly as the resident's own choosing list
     * ranks them (their area, their wishes first), each choosable card with a button.
     */
    private void showList(EntitlementSummary e) {
        workArea.removeAll();
        alert.setText("");
        Optional<ChoosingSupport.Choosing> choosing = assist.choosing(visitor.residentId(), e.id());
        if (choosing.isEmpty()) {
            alert.setText(getTranslation("assist.lookUp.required"));
            return;
        }
        H2 heading =
                new H2(getTranslation("assist.list.heading", e.serviceTypeName().toLowerCase(locale)));
        heading.setId("assist-list-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        // The comparison opens in a tab of its own, so the visitor stays on the desk's page.
        RouterLink compare = CatalogueNavigation.compareLink();
        compare.setText(compareText());
        compare.getElement().setAttribute("target", "_blank");
        compare.addClassName("assist-compare-link");
        Registration compareChanges =
                CatalogueNavigation.onCompareChanged(UI.getCurrent(), () -> compare.setText(compareText()));
        Div list = new Div(
                heading,
                new Paragraph(getTranslation("assist.list.intro")),
                compare,
                CatalogueNavigation.assistedChoosingList(
                        catalogue, assist.choosingSupport(), choosing.get(), code -> showCheck(e, code)));
        list.addClassName("assist-choosing");
        list.addDetachListener(d -> compareChanges.remove());
        workArea.add(list);
        heading.getElement().callJsFunction("focus");
    }

    private String compareText() {
        return getTranslation("assist.compare", CatalogueNavigation.compareCount());
    }

    /** Check your answers: everything the visitor agrees to, read through together, then consent and register. */
    private void showCheck(EntitlementSummary e, String offeringCode) {
        workArea.removeAll();
        alert.setText("");
        Optional<ChoiceConfirmation> found = assist.confirmation(visitor.residentId(), e.id(), offeringCode, locale);
        if (found.isEmpty()) {
            alert.setText(getTranslation("assist.lookUp.required"));
            return;
        }
        ChoiceConfirmation c = found.get();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        H2 heading = new H2(getTranslation("assist.check.heading"));
        heading.getElement().setAttribute("tabindex", "-1");
        Button changeProvider = new Button(getTranslation("assist.check.change"), click -> showList(e));
        changeProvider.addThemeVariants(ButtonVariant.TERTIARY);
        changeProvider.addClassName("change-provider");
        Facts facts = new Facts()
                .add(getTranslation("assist.print.visitor"), visitor.initials() + " " + visitor.maskedPersonnummer())
                .add(getTranslation("confirm.service"), c.serviceTypeName())
                .add(getTranslation("confirm.provider"), c.providerName())
                .add(
                        getTranslation("assist.check.scope"),
                        getTranslation("mychoices.scope." + c.scopeUnit().name(), c.scope()))
                .add(getTranslation("confirm.starts"), c.validFrom().format(dates));
        if (c.currentProvider() != null) {
            facts.add(getTranslation("assist.check.current"), c.currentProvider());
        }
        Div checkAlert = new Div();
        checkAlert.addClassName("alert");
        checkAlert.getElement().setAttribute("role", "alert");
        if (c.notChoosable() != null) {
            checkAlert.setText(
                    getTranslation("assist.choose.reason." + c.notChoosable().name()));
        }
        Paragraph next = new Paragraph(getTranslation("assist.check.next", c.firstContactWorkingDays()));
        if (c.currentProvider() != null) {
            next.add(" "
                    + getTranslation(
                            "assist.check.changeNotice",
                            c.validFrom().minusDays(1).format(dates)));
        }
        Checkbox consent = new Checkbox(getTranslation("assist.consent") + " – " + e.serviceTypeName());
        consent.addClassName("assist-consent");
        Button register = new Button(getTranslation("assist.register"), click -> {
            checkAlert.setText("");
            try {
                Receipt receipt =
                        assist.chooseForVisitor(visitor.residentId(), e.id(), offeringCode, consent.getValue());
                registered(e, receipt);
            } catch (InvalidInputException invalid) {
                checkAlert.setText(
                        getTranslation(invalid.problems().values().iterator().next()));
                if (invalid.problems().containsKey("consent")) {
                    consent.focus();
                }
            } catch (ChoiceRefusedException refused) {
                checkAlert.setText(getTranslation(
                        "assist.choose.reason." + refused.reason().name()));
            }
        });
        register.addThemeVariants(ButtonVariant.PRIMARY);
        register.getElement()
                .setAttribute("aria-label", getTranslation("assist.register") + " – " + e.serviceTypeName());
        Div actions = new Div(register, changeProvider);
        actions.addClassName("actions");
        Div check = new Div(
                heading,
                new Paragraph(getTranslation("assist.check.intro")),
                facts,
                new H3(getTranslation("assist.check.next.heading")),
                next,
                checkAlert,
                consent,
                actions);
        check.addClassName("assist-check");
        workArea.add(check);
        heading.getElement().callJsFunction("focus");
    }

    /**
     * After registering: the visitor's status as it is now, the form gone (consent cannot carry
     * over to another choice), and a confirmation with the receipt that takes the focus.
     */
    private void registered(EntitlementSummary e, Receipt receipt) {
        visitor = assist.refreshed(visitor, e.id(), locale);
        showVisitor();
        String text =
                getTranslation("assist.registered", receipt.providerName(), receipt.reference(), servicePoint.name());
        status.setText(text);
        H2 heading = new H2(getTranslation("assist.done.heading"));
        Div done = new Div(heading, new Paragraph(text));
        done.addClassName("assist-confirmation");
        done.getElement().setAttribute("tabindex", "-1");
        done.add(printout(receipt));
        workArea.add(done);
        done.getElement().callJsFunction("focus");
    }

    /** The receipt as a PDF in the visitor's language; never the full personnummer. */
    private Div printout(Receipt receipt) {
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("assist.print.language"));
        language.setItems(Locale.of("sv"), Locale.of("en"));
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(Locale.of("sv"));
        Visitor who = visitor;
        Anchor pdf = new Anchor(
                event -> {
                    Locale l = language.getValue() == null ? Locale.of("sv") : language.getValue();
                    byte[] bytes = assist.receiptPdf(who, receipt.reference(), l);
                    event.setFileName("kvitto-" + receipt.reference() + ".pdf");
                    event.setContentType("application/pdf");
                    event.getOutputStream().write(bytes);
                },
                getTranslation("assist.print"));
        pdf.addClassName("print-receipt");
        Div print = new Div(language, pdf);
        print.addClassName("assist-print");
        return print;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assist.heading") + " – " + getTranslation("app.title.suffix");
    }
}
