package se.kundval.commission.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import se.kundval.audit.ui.AuditNavigation;
import se.kundval.identity.Role;
import se.kundval.provider.ApplicationReviewService;
import se.kundval.provider.ReviewQueueLine;
import se.kundval.shared.ui.LabelledSection;

/** The commissioning officers' start page: the review queue, oldest first, and their other tools. */
@Menu(title = "layout.nav.commission", order = 50)
@Route("huvudman")
@RolesAllowed(Role.HUVUDMAN)
class CommissionView extends Div implements HasDynamicTitle {

    CommissionView(ApplicationReviewService reviews) {
        addClassName("commission-view");
        add(new H1(getTranslation("commission.heading")));
        UnorderedList tools = new UnorderedList(
                new ListItem(new RouterLink(getTranslation("commission.oversight.link"), OversightView.class)),
                new ListItem(new RouterLink(getTranslation("commission.reports.link"), ErrorReportsView.class)),
                new ListItem(new RouterLink(getTranslation("commission.quality.link"), QualityImportView.class)),
                new ListItem(new RouterLink(getTranslation("commission.followup.link"), FollowUpView.class)),
                new ListItem(new RouterLink(getTranslation("commission.admin.link"), CatalogueAdminView.class)),
                new ListItem(AuditNavigation.auditSearchLink(getTranslation("audit.search.link"))));
        add(new LabelledSection("tools", getTranslation("commission.tools"), tools));

        LabelledSection queue = new LabelledSection("queue", getTranslation("commission.queue"));
        List<ReviewQueueLine> lines = reviews.reviewQueue(getLocale());
        if (lines.isEmpty()) {
            queue.add(new Paragraph(getTranslation("commission.queue.none")));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Stockholm"));
        UnorderedList list = new UnorderedList();
        list.addClassName("review-queue");
        for (ReviewQueueLine line : lines) {
            RouterLink open =
                    new RouterLink(ReviewView.class, new RouteParameters("id", String.valueOf(line.applicationId())));
            open.setText(getTranslation("commission.queue.open", line.providerName(), line.serviceTypeName()));
            list.add(new ListItem(
                    open,
                    new Paragraph(getTranslation(
                            "commission.queue.waiting", dates.format(line.submittedAt()), line.daysWaiting()))));
        }
        queue.add(list);
        add(queue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commission.title") + " – " + getTranslation("app.title.suffix");
    }
}
