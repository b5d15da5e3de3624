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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.kundval.choice.CustomerLine;
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
@Route("kontor/kunder")
@RolesAllowed(Role.PROVIDER)
class CustomersView extends Div implements HasDynamicTitle {

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
                section.add(waiting, row);
            } else if (c.startDate() != null) {
                section.add(new Paragraph(
                        getTranslation("customers.acknowledged", c.startDate().format(dates))));
            }
            add(section);
        }
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
            case LETTER -> getTranslation("customers.contact.LETTER");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.title") + " – " + getTranslation("app.title.suffix");
    }
}
