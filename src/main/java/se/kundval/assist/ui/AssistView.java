package se.kundval.assist.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import se.kundval.assist.AssistService;
import se.kundval.assist.Visitor;
import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.OfferingCard;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.VisitorOrder;
import se.kundval.choice.ChoiceRefusedException;
import se.kundval.choice.EntitlementStatus;
import se.kundval.choice.EntitlementSummary;
import se.kundval.choice.Receipt;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Role;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.Option;
import se.kundval.shared.ui.LabelledSection;
import se.kundval.shared.ui.PdfPrintout;

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
                visitorArea);
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
        status.setText(getTranslation("assist.ended"));
    }

    /** Hides the name again after the 30 seconds it was shown for. */
    @ClientCallable
    void hideName() {
        showVisitor();
    }

    private void showVisitor() {
        visitorArea.removeAll();
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
            Div block = new Div(
                    new H2(e.serviceTypeName()),
                    new Paragraph(
                            getTranslation("mychoices.status." + e.status().name()) + ". "
                                    + getTranslation("mychoices.current") + ": "
                                    + (e.currentProvider() == null
                                            ? getTranslation("mychoices.current.none")
                                            : e.currentProvider())));
            block.addClassName("visitor-entitlement");
            if (e.status() != EntitlementStatus.ENDED) {
                block.add(chooser(e));
            }
            section.add(block);
        }
        visitorArea.add(section);
    }

    private Div chooser(EntitlementSummary e) {
        ComboBox<OfferingCard> offering = new ComboBox<>(getTranslation("assist.provider", e.serviceTypeName()));
        offering.setItems(
                catalogue.find(OfferingQuery.all(e.serviceTypeCode(), VisitorOrder.current()), 0, 500, locale));
        offering.setItemLabelGenerator(
                c -> c.unitName() == null ? c.providerName() : c.providerName() + " – " + c.unitName());
        // Labels name the service: a visitor may have several entitlements on the screen.
        Checkbox consent = new Checkbox(getTranslation("assist.consent") + " – " + e.serviceTypeName());
        Button register = new Button(getTranslation("assist.register"), click -> {
            alert.setText("");
            if (offering.getValue() == null) {
                alert.setText(getTranslation("assist.provider.required"));
                return;
            }
            try {
                Receipt receipt = assist.chooseForVisitor(
                        visitor.residentId(), e.id(), offering.getValue().code(), consent.getValue());
                status.setText(getTranslation(
                        "assist.registered", receipt.providerName(), receipt.reference(), servicePoint.name()));
                showPrintout(e, receipt);
            } catch (InvalidInputException invalid) {
                alert.setText(
                        getTranslation(invalid.problems().values().iterator().next()));
            } catch (ChoiceRefusedException refused) {
                alert.setText(getTranslation("choose.reason." + refused.reason().name()));
            }
        });
        register.addThemeVariants(ButtonVariant.PRIMARY);
        register.getElement()
                .setAttribute("aria-label", getTranslation("assist.register") + " – " + e.serviceTypeName());
        Div chooser = new Div(offering, consent, register);
        chooser.addClassName("assist-chooser");
        return chooser;
    }

    /** The receipt as a PDF in the visitor's language; never the full personnummer. */
    private void showPrintout(EntitlementSummary e, Receipt receipt) {
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("assist.print.language"));
        language.setItems(Locale.of("sv"), Locale.of("en"));
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(Locale.of("sv"));
        String place = servicePoint.name();
        String staffId = currentUser.get().map(KundvalUser::username).orElse("");
        Visitor who = visitor;
        com.vaadin.flow.component.html.Anchor pdf = new com.vaadin.flow.component.html.Anchor(
                event -> {
                    Locale l = language.getValue() == null ? Locale.of("sv") : language.getValue();
                    byte[] bytes = PdfPrintout.render(
                            getTranslation(l, "receipt.heading"),
                            l.getLanguage(),
                            List.of(
                                    new PdfPrintout.Line(getTranslation(l, "receipt.reference"), receipt.reference()),
                                    new PdfPrintout.Line(getTranslation(l, "confirm.provider"), receipt.providerName()),
                                    new PdfPrintout.Line(getTranslation(l, "confirm.service"), e.serviceTypeName()),
                                    new PdfPrintout.Line(
                                            getTranslation(l, "confirm.starts"),
                                            receipt.validFrom().toString()),
                                    new PdfPrintout.Line(
                                            getTranslation(l, "assist.print.visitor"),
                                            who.initials() + " " + who.maskedPersonnummer()),
                                    new PdfPrintout.Line(getTranslation(l, "assist.print.assisted"), place),
                                    new PdfPrintout.Line(getTranslation(l, "assist.print.staff"), staffId)),
                            getTranslation(l, "receipt.reference.help"));
                    event.setFileName("kvitto-" + receipt.reference() + ".pdf");
                    event.setContentType("application/pdf");
                    event.getOutputStream().write(bytes);
                },
                getTranslation("assist.print"));
        pdf.addClassName("print-receipt");
        visitorArea.add(new Div(language, pdf));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assist.heading") + " – " + getTranslation("app.title.suffix");
    }
}
