package se.kundval.provider.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import se.kundval.catalogue.ListingLine;
import se.kundval.catalogue.ListingService;
import se.kundval.catalogue.ui.ListingEditorView;
import se.kundval.choice.ProviderCustomerService;
import se.kundval.choice.ui.CustomersView;
import se.kundval.identity.Role;
import se.kundval.notification.ui.MessagesView;
import se.kundval.provider.ProviderDashboard;
import se.kundval.provider.ProviderService;
import se.kundval.shared.ui.LabelledSection;
import se.kundval.ui.MainLayout;

/**
 * The provider's back office start page: accreditations with their history, applications, the
 * catalogue pages and their "last confirmed" dates, new customers waiting, the inbox.
 */
@Route(value = "kontor", layout = MainLayout.class)
@RolesAllowed(Role.PROVIDER)
public class BackOfficeView extends Div implements HasDynamicTitle {

    public BackOfficeView(ProviderService providers, ListingService listings, ProviderCustomerService customers) {
        addClassName("back-office-view");
        Locale locale = getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        ProviderDashboard dashboard = providers.dashboard(locale);
        add(new H1(getTranslation("backoffice.heading", dashboard.providerName())),
                new Paragraph(getTranslation("backoffice.orgnr", dashboard.orgnr())));

        long waiting = customers.countWaiting();
        RouterLink customerLink = new RouterLink(getTranslation("backoffice.customers.open"), CustomersView.class);
        RouterLink inbox = new RouterLink(getTranslation("backoffice.inbox"), MessagesView.class);
        Paragraph waitingText = new Paragraph(getTranslation("backoffice.customers.waiting", waiting));
        if (waiting > 0) {
            waitingText.addClassName("attention");
        }
        add(new LabelledSection("customers", getTranslation("backoffice.customers"), waitingText,
                new Paragraph(customerLink), new Paragraph(inbox)));

        LabelledSection listingSection = new LabelledSection("listings", getTranslation("backoffice.listings"));
        List<ListingLine> myListings = listings.myListings(locale);
        if (myListings.isEmpty()) {
            listingSection.add(new Paragraph(getTranslation("backoffice.listings.none")));
        }
        UnorderedList listingList = new UnorderedList();
        for (ListingLine line : myListings) {
            String name = line.serviceTypeName() + (line.unitName() == null ? "" : " – " + line.unitName());
            RouterLink edit = new RouterLink(ListingEditorView.class, new RouteParameters("code", line.code()));
            edit.setText(getTranslation("backoffice.listing.edit", name));
            ListItem item = new ListItem(edit);
            item.add(new Paragraph(getTranslation("backoffice.accreditation.status." + line.status().name()) + ". "
                    + (line.lastConfirmed() == null ? getTranslation("backoffice.listing.neverConfirmed")
                    : getTranslation("backoffice.listing.confirmed", line.lastConfirmed().format(dates)))));
            if (line.stale()) {
                Paragraph stale = new Paragraph(getTranslation("backoffice.listing.stale"));
                stale.addClassName("attention");
                item.add(stale);
            }
            listingList.add(item);
        }
        listingSection.add(listingList);
        add(listingSection);

        LabelledSection accreditations = new LabelledSection("accreditations", getTranslation("backoffice.accreditations"));
        if (dashboard.accreditations().isEmpty()) {
            accreditations.add(new Paragraph(getTranslation("backoffice.accreditations.none")));
        }
        for (ProviderDashboard.AccreditationLine a : dashboard.accreditations()) {
            Div block = new Div();
            block.addClassName("accreditation");
            block.add(new H3(a.serviceTypeName()));
            String status = getTranslation("backoffice.accreditation.status." + a.status().name())
                    + (a.validFrom() == null ? "" : " " + getTranslation("backoffice.accreditation.since",
                    a.validFrom().format(dates)));
            block.add(new Paragraph(status));
            if (a.reason() != null) {
                block.add(new Paragraph(getTranslation("backoffice.accreditation.reason", a.reason())));
            }
            UnorderedList timeline = new UnorderedList();
            timeline.addClassName("timeline");
            a.timeline().forEach(e -> timeline.add(new ListItem(getTranslation("backoffice.timeline.entry",
                    e.on().format(dates), getTranslation("backoffice.accreditation.status." + e.status().name()))
                    + (e.reason() == null ? "" : " – " + e.reason()))));
            block.add(new Paragraph(getTranslation("backoffice.timeline")), timeline);
            accreditations.add(block);
        }
        add(accreditations);

        LabelledSection applications = new LabelledSection("applications", getTranslation("backoffice.applications"));
        if (dashboard.applications().isEmpty()) {
            applications.add(new Paragraph(getTranslation("backoffice.applications.none")));
        }
        UnorderedList appList = new UnorderedList();
        for (ProviderDashboard.ApplicationLine app : dashboard.applications()) {
            RouterLink open = new RouterLink(ApplicationView.class, new RouteParameters("id", String.valueOf(app.id())));
            open.setText(getTranslation("backoffice.application.open", app.serviceTypeName()));
            appList.add(new ListItem(open, new Paragraph(getTranslation("backoffice.application.status."
                    + app.status().name()))));
        }
        applications.add(appList);
        if (dashboard.canApplyFor().isEmpty()) {
            applications.add(new Paragraph(getTranslation("backoffice.apply.none")));
        } else {
            Select<ProviderDashboard.ServiceTypeOption> type = new Select<>();
            type.setLabel(getTranslation("backoffice.apply.type"));
            type.setItems(dashboard.canApplyFor());
            type.setItemLabelGenerator(ProviderDashboard.ServiceTypeOption::name);
            type.setValue(dashboard.canApplyFor().get(0));
            Button start = new Button(getTranslation("backoffice.apply.start"), e -> {
                long id = providers.startApplication(type.getValue().code());
                getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                        new RouteParameters("id", String.valueOf(id))));
            });
            start.addClassName("start-application");
            Div row = new Div(type, start);
            row.addClassName("field-row");
            applications.add(new H3(getTranslation("backoffice.apply")), row);
        }
        add(applications);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.title") + " – " + getTranslation("app.title.suffix");
    }
}
