package se.kundval.choice.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.kundval.choice.CustomerLine;
import se.kundval.choice.ProviderCustomerPages;
import se.kundval.choice.ProviderCustomerService;
import se.kundval.identity.Role;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.ComponentTexts;
import se.kundval.shared.ui.Facts;
import se.kundval.shared.ui.LabelledSection;

/**
 * The provider's new customers: who chose them, how to reach them, the scope and wished start.
 * A new customer is acknowledged with a start date, which the resident is told. No personnummer.
 */
@Route(ProviderCustomerPages.CUSTOMERS)
@RolesAllowed(Role.PROVIDER)
class CustomersView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ProviderCustomerService customers;
    private final Div status = new Div();

    CustomersView(ProviderCustomerService customers) {
        this.customers = customers;
        addClassName("customers-view");
        status.getElement().setAttribute("role", "status");
        status.addClassName("status-message");
        build();
    }

    private void build() {
        removeAll();
        Locale locale = getLocale();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        add(new H1(getTranslation("customers.heading")), new Paragraph(getTranslation("customers.intro")), status);
        List<CustomerLine> all = customers.myCustomers(locale);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("customers.none")));
            return;
        }
        for (CustomerLine c : all) {
            Facts facts = new Facts()
                    .add(getTranslation("customers.reference"), c.reference())
                    .add(getTranslation("customers.service"), c.serviceTypeName() + " – " + c.offeringName())
                    .add(
                            getTranslation("customers.scope"),
                            getTranslation("mychoices.scope." + c.scopeUnit().name(), c.scope()))
                    .add(
                            getTranslation("customers.wishedStart"),
                            c.wishedStart().format(dates))
                    .add(getTranslation("customers.contact"), contact(c));
            LabelledSection section = new LabelledSection("customer-" + c.reference(), c.residentName(), facts);
            section.addClassName("customer");
            if (c.endsOn() != null) {
                section.add(new Paragraph(getTranslation(
                        c.endsOn().isBefore(LocalDate.now()) ? "customers.ended" : "customers.endsOn",
                        c.endsOn().format(dates))));
            }
            if (c.waitingForAcknowledgement()) {
                Paragraph waiting = new Paragraph(getTranslation("customers.waiting"));
                waiting.addClassName("attention");
                // What to do next, in order, so a provider new to the portal knows how to start.
                OrderedList next = new OrderedList(
                        new ListItem(nextContact(c)),
                        new ListItem(getTranslation("customers.next.plan")),
                        new ListItem(getTranslation("customers.next.confirm")));
                next.addClassName("next-steps");
                section.add(waiting, new Paragraph(getTranslation("customers.next")), next);
                DatePicker start = new DatePicker(getTranslation("customers.startDate") + " – " + c.residentName());
                ComponentTexts.datePicker(start, this);
                start.setMin(LocalDate.now());
                start.setMax(LocalDate.now().plusDays(90));
                start.setValue(c.wishedStart().isBefore(LocalDate.now()) ? LocalDate.now() : c.wishedStart());
                start.setManualValidation(true);
                Button acknowledge = new Button(getTranslation("customers.acknowledge"), e -> {
                    try {
                        customers.acknowledge(c.reference(), c.version(), start.getValue());
                        build();
                        status.setText(getTranslation("customers.acknowledge.done"));
                    } catch (ConcurrentEditException already) {
                        // A second click, or a colleague was first: show the customer as they are now.
                        build();
                        status.setText(getTranslation("customers.acknowledge.changedMeanwhile"));
                    } catch (InvalidInputException invalid) {
                        start.setErrorMessage(getTranslation(
                                invalid.problems().values().iterator().next()));
                        start.setInvalid(true);
                    }
                });
                acknowledge.addThemeVariants(ButtonVariant.PRIMARY);
                acknowledge.addClassName("acknowledge-button");
                Div row = new Div(start, acknowledge);
                row.addClassName("field-row");
                section.add(row);
            } else if (c.startDate() != null) {
                section.add(new Paragraph(
                        getTranslation("customers.acknowledged", c.startDate().format(dates))));
            }
            add(section);
        }
    }

    /** The first thing to do: reach the customer the way they asked to be reached. */
    private String nextContact(CustomerLine c) {
        return switch (c.contactPreference()) {
            case EMAIL -> getTranslation("customers.next.contact.EMAIL");
            case PHONE -> getTranslation("customers.next.contact.PHONE");
            case LETTER -> getTranslation("customers.next.contact.LETTER");
        };
    }

    /**
     * A message's link names the customer (by the choice's reference): their card is brought into
     * view and focused, so the provider lands on the right person.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(ProviderCustomerPages.CUSTOMER_PARAMETER)
                .filter(reference -> reference.matches("[A-Za-z0-9-]{1,40}"))
                .ifPresent(reference -> getElement()
                        .executeJs(
                                "const h = document.getElementById($0);"
                                        + " if (h) { h.setAttribute('tabindex', '-1');"
                                        + " h.closest('section').classList.add('highlighted');"
                                        + " h.focus(); h.scrollIntoView({block: 'start'}); }",
                                "customer-" + reference));
    }

    private String contact(CustomerLine c) {
        if (c.contactWithheld()) {
            return getTranslation(
                    "customers.contact.withheld",
                    c.contactShownUntil()
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                    .withLocale(getLocale())));
        }
        return switch (c.contactPreference()) {
            case EMAIL -> getTranslation("customers.contact.EMAIL", c.email() == null ? "–" : c.email());
            case PHONE -> getTranslation("customers.contact.PHONE", c.phone() == null ? "–" : c.phone());
            case LETTER ->
                // Letter is what they prefer; a phone number or address they gave helps all the same.
                getTranslation("customers.contact.LETTER")
                        + (c.phone() == null ? "" : " " + getTranslation("customers.contact.alsoPhone", c.phone()))
                        + (c.email() == null ? "" : " " + getTranslation("customers.contact.alsoEmail", c.email()));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.title") + " – " + getTranslation("app.title.suffix");
    }
}
