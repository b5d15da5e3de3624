package se.kundval.choice.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import se.kundval.choice.ChoiceReceipt;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ResidentPages;
import se.kundval.identity.Role;
import se.kundval.shared.ui.Facts;
import se.kundval.shared.ui.LabelledSection;

/** The receipt of a choice: shown right after confirming, and kept under Mina val. Printable. */
@Route(ResidentPages.RECEIPT + "/:reference([A-Z0-9-]{1,30})")
@RolesAllowed(Role.RESIDENT)
class ReceiptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private final ChoiceService choices;

    ReceiptView(ChoiceService choices) {
        this.choices = choices;
        addClassName("receipt-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        Locale locale = getLocale();
        Optional<ChoiceReceipt> found = choices.receipt(reference, locale);
        if (found.isEmpty()) {
            // Someone else's reference looks exactly like one that does not exist.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        boolean justMade = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("ny")
                .isPresent();
        show(found.get(), justMade, locale);
    }

    private void show(ChoiceReceipt r, boolean justMade, Locale locale) {
        removeAll();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(SWEDEN);
        H1 heading = new H1(
                justMade ? getTranslation("receipt.heading.new", r.providerName()) : getTranslation("receipt.heading"));
        add(heading);
        Div reference = new Div(new Span(getTranslation("receipt.reference") + ": "), new Span(r.reference()));
        reference.addClassName("receipt-reference");
        add(reference, new Paragraph(getTranslation("receipt.reference.help")));
        Facts facts = new Facts()
                .add(getTranslation("confirm.provider"), r.providerName())
                .add(getTranslation("confirm.service"), r.serviceTypeName())
                .add(
                        getTranslation("confirm.scope"),
                        getTranslation("mychoices.scope." + r.scopeUnit().name(), r.scope()))
                .add(getTranslation("confirm.starts"), r.validFrom().format(dates))
                .add(getTranslation("receipt.madeAt"), times.format(r.madeAt()))
                .add(
                        getTranslation("receipt.status"),
                        getTranslation("mychoices.choice." + r.status().name()));
        if (r.providerPhone() != null) {
            facts.add(getTranslation("receipt.phone"), r.providerPhone());
        }
        add(facts);
        LabelledSection next = new LabelledSection(
                "what-next",
                getTranslation("confirm.next.heading"),
                new Paragraph(getTranslation("confirm.next.text", r.firstContactWorkingDays())));
        if (r.change()) {
            next.add(new Paragraph(getTranslation(
                    "confirm.next.change", r.validFrom().minusDays(1).format(dates))));
        }
        add(next);
        Button print =
                new Button(getTranslation("receipt.print"), e -> getElement().executeJs("window.print()"));
        print.addClassName("print-button");
        RouterLink back = new RouterLink(getTranslation("receipt.tomychoices"), MyChoicesView.class);
        Div actions = new Div(print, back);
        actions.addClassName("actions");
        add(actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("receipt.title") + " – " + getTranslation("app.title.suffix");
    }
}
