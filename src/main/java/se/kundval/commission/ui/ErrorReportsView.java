package se.kundval.commission.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.kundval.catalogue.ErrorReportLine;
import se.kundval.catalogue.ErrorReportService;
import se.kundval.catalogue.ui.CatalogueNavigation;
import se.kundval.identity.Role;
import se.kundval.shared.ui.LabelledSection;

/** Reports from the public of errors in listings: new ones first, each with a link to the listing. */
@Route("huvudman/felanmalningar")
@RolesAllowed(Role.HUVUDMAN)
class ErrorReportsView extends Div implements HasDynamicTitle {

    private final ErrorReportService errorReportService;

    ErrorReportsView(ErrorReportService errorReportService) {
        this.errorReportService = errorReportService;
        addClassName("error-reports-view");
        build();
    }

    private void build() {
        removeAll();
        add(new H1(getTranslation("commission.reports.heading")));
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Stockholm"));
        if (errorReportService.errorReports().isEmpty()) {
            add(new Paragraph(getTranslation("commission.reports.none")));
        }
        for (ErrorReportLine r : errorReportService.errorReports()) {
            LabelledSection section = new LabelledSection(
                    "report-" + r.id(),
                    r.offeringName() + " – "
                            + getTranslation(r.handled() ? "commission.reports.handled" : "commission.reports.new"));
            section.addClassName("error-report");
            section.add(new Paragraph(times.format(r.createdAt())), new Paragraph(r.message()));
            if (r.contact() != null) {
                section.add(new Paragraph(getTranslation("commission.reports.contact", r.contact())));
            }
            section.add(new Paragraph(
                    CatalogueNavigation.offeringLink(getTranslation("commission.reports.listing"), r.offeringCode())));
            if (!r.handled()) {
                Button handled = new Button(getTranslation("commission.reports.markHandled"), e -> {
                    errorReportService.markHandled(r.id());
                    build();
                });
                section.add(handled);
            }
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commission.reports.heading") + " – " + getTranslation("app.title.suffix");
    }
}
