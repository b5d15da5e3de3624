package se.kundval.provider.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import se.kundval.identity.Role;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.BackOfficePages;
import se.kundval.provider.ProviderDashboard;
import se.kundval.provider.ProviderService;
import se.kundval.shared.ui.BackOfficeSection;
import se.kundval.shared.ui.LabelledSection;

/**
 * The provider's back office start page: accreditations with their history, applications, the
 * catalogue pages and their "last confirmed" dates, new customers waiting, the inbox.
 */
@Menu(title = "layout.nav.backoffice", order = 20)
@Route(BackOfficePages.BACK_OFFICE)
@RolesAllowed(Role.PROVIDER)
class BackOfficeView extends Div implements HasDynamicTitle {

    BackOfficeView(ProviderService providers, List<BackOfficeSection> sections) {
        addClassName("back-office-view");
        Locale locale = getLocale();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        ProviderDashboard dashboard = providers.dashboard(locale);
        add(
                new H1(getTranslation("backoffice.heading", dashboard.providerName())),
                new Paragraph(getTranslation("backoffice.orgnr", dashboard.orgnr())));

        // A provider without an accreditation can do one thing here: apply. That comes first, before
        // sections (new customers, catalogue pages) that stay empty until the municipality approves.
        boolean newProvider = dashboard.accreditations().stream()
                .noneMatch(a -> a.status() == AccreditationStatus.APPROVED
                        || a.status() == AccreditationStatus.SUSPENDED
                        || a.status() == AccreditationStatus.REVOKED);
        LabelledSection applications = applications(providers, dashboard, newProvider);
        if (newProvider) {
            add(applications);
        } else {
            sections.stream()
                    .sorted(Comparator.comparingInt(BackOfficeSection::order))
                    .forEach(section -> add(section.create(locale)));
        }

        LabelledSection accreditations =
                new LabelledSection("accreditations", getTranslation("backoffice.accreditations"));
        if (dashboard.accreditations().isEmpty()) {
            accreditations.add(new Paragraph(getTranslation("backoffice.accreditations.none")));
        }
        for (ProviderDashboard.AccreditationLine a : dashboard.accreditations()) {
            Div block = new Div();
            block.addClassName("accreditation");
            block.add(new H3(a.serviceTypeName()));
            String status = getTranslation(
                            "backoffice.accreditation.status." + a.status().name())
                    + (a.validFrom() == null
                            ? ""
                            : " "
                                    + getTranslation(
                                            "backoffice.accreditation.since",
                                            a.validFrom().format(dates)));
            block.add(new Paragraph(status));
            if (a.reason() != null) {
                block.add(new Paragraph(getTranslation("backoffice.accreditation.reason", a.reason())));
            }
            UnorderedList timeline = new UnorderedList();
            timeline.addClassName("timeline");
            a.timeline()
                    .forEach(e -> timeline.add(new ListItem(getTranslation(
                                    "backoffice.timeline.entry",
                                    e.on().format(dates),
                                    getTranslation("backoffice.accreditation.status."
                                            + e.status().name()))
                            + (e.reason() == null ? "" : " – " + e.reason()))));
            block.add(new Paragraph(getTranslation("backoffice.timeline")), timeline);
            accreditations.add(block);
        }
        if (!newProvider || !dashboard.accreditations().isEmpty()) {
            add(accreditations);
        }
        if (newProvider) {
            sections.stream()
                    .sorted(Comparator.comparingInt(BackOfficeSection::order))
                    .forEach(section -> add(section.create(locale)));
        } else {
            add(applications);
        }
    }

    private LabelledSection applications(ProviderService providers, ProviderDashboard dashboard, boolean newProvider) {
        LabelledSection applications = new LabelledSection("applications", getTranslation("backoffice.applications"));
        if (newProvider) {
            applications.add(new Paragraph(getTranslation("backoffice.apply.intro")));
        }
        if (dashboard.applications().isEmpty() && !newProvider) {
            applications.add(new Paragraph(getTranslation("backoffice.applications.none")));
        }
        UnorderedList appList = new UnorderedList();
        for (ProviderDashboard.ApplicationLine app : dashboard.applications()) {
            RouterLink open = ProviderNavigation.applicationLink(
                    getTranslation("backoffice.application.open", app.serviceTypeName()), app.id());
            String statusText = getTranslation(
                    "backoffice.application.status." + app.status().name());
            appList.add(new ListItem(
                    open,
                    new Paragraph(
                            app.reference() == null
                                    ? statusText
                                    : getTranslation(
                                            "backoffice.application.withReference", statusText, app.reference()))));
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
                getUI().ifPresent(ui -> ProviderNavigation.openApplication(ui, id));
            });
            start.addClassName("start-application");
            Div row = new Div(type, start);
            row.addClassName("field-row");
            applications.add(new H3(getTranslation("backoffice.apply")), row);
        }
        return applications;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.title") + " – " + getTranslation("app.title.suffix");
    }
}
