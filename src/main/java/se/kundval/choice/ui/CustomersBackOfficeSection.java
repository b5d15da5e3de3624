package se.kundval.choice.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import se.kundval.choice.ProviderCustomerService;
import se.kundval.notification.ui.NotificationNavigation;
import se.kundval.shared.ui.BackOfficeSection;
import se.kundval.shared.ui.LabelledSection;

/** The back office's "Nya kunder": how many wait for an acknowledgement, and the inbox. */
@org.springframework.stereotype.Component
class CustomersBackOfficeSection implements BackOfficeSection {

    private final ProviderCustomerService customers;

    CustomersBackOfficeSection(ProviderCustomerService customers) {
        this.customers = customers;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(Locale locale) {
        return new CustomersSection(customers.countWaiting());
    }

    private static final class CustomersSection extends Composite<LabelledSection> {

        CustomersSection(long waiting) {
            RouterLink customerLink = ChoiceNavigation.customersLink(getTranslation("backoffice.customers.open"));
            RouterLink inbox = NotificationNavigation.inboxLink(getTranslation("backoffice.inbox"));
            Paragraph waitingText = new Paragraph(getTranslation("backoffice.customers.waiting", waiting));
            if (waiting > 0) {
                waitingText.addClassName("attention");
            }
            getContent().add(waitingText, new Paragraph(customerLink), new Paragraph(inbox));
        }

        @Override
        protected LabelledSection initContent() {
            return new LabelledSection("customers", getTranslation("backoffice.customers"));
        }
    }
}
