package se.kundval.choice.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import se.kundval.catalogue.ui.CatalogueNavigation;
import se.kundval.choice.OfficerEntitlementRow;
import se.kundval.choice.OfficerService;
import se.kundval.identity.Role;

/**
 * The case officer's entitlements with status and days left. Rows are fetched a page at a time
 * (and each row read is audited by the service).
 */
@Menu(title = "layout.nav.officer", order = 60)
@Route("handlaggare")
@RolesAllowed(Role.HANDLAGGARE)
class OfficerEntitlementsView extends Div implements HasDynamicTitle {

    OfficerEntitlementsView(OfficerService officer) {
        addClassName("officer-entitlements-view");
        Locale locale = getLocale();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        add(new H1(getTranslation("officer.list.heading")), new Paragraph(getTranslation("officer.list.intro")));
        RouterLink register = new RouterLink(getTranslation("officer.list.register"), RegisterConversationView.class);
        register.addClassName("button-link");
        RouterLink catalogue = CatalogueNavigation.startLink(getTranslation("officer.list.catalogue"));
        Div links = new Div(register, catalogue);
        links.addClassName("actions");
        add(links);

        long total = officer.countMyEntitlements();
        if (total == 0) {
            add(new Paragraph(getTranslation("officer.list.none")));
            return;
        }
        Grid<OfficerEntitlementRow> grid = new Grid<>();
        grid.addClassName("officer-entitlements");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", getTranslation("officer.list.heading"));
        // The name opens the case: a link, so it works by keyboard and says where it goes.
        grid.addComponentColumn(r -> {
                    RouterLink open = new RouterLink(
                            r.residentName(),
                            OfficerCaseView.class,
                            new RouteParameters(OfficerCaseView.ID, String.valueOf(r.id())));
                    open.getElement()
                            .setAttribute(
                                    "aria-label",
                                    getTranslation("officer.list.open", r.residentName(), r.serviceTypeName()));
                    return open;
                })
                .setHeader(getTranslation("officer.list.col.name"))
                .setFlexGrow(2);
        grid.addColumn(OfficerEntitlementRow::serviceTypeName).setHeader(getTranslation("officer.list.col.service"));
        grid.addColumn(r -> getTranslation("staff.status." + r.status().name()))
                .setHeader(getTranslation("officer.list.col.status"));
        grid.addColumn(r -> r.deadline().format(dates)).setHeader(getTranslation("officer.list.col.deadline"));
        grid.addColumn(r -> r.status().name().equals("WAITING_FOR_CHOICE")
                        ? getTranslation("officer.list.daysLeft", Math.max(-1, r.daysLeft()))
                        : "")
                .setHeader(getTranslation("officer.list.col.daysLeft"));
        grid.addColumn(r -> r.currentProvider() == null ? "" : r.currentProvider())
                .setHeader(getTranslation("officer.list.col.provider"))
                .setFlexGrow(2);
        grid.setItems(q -> officer.myEntitlements(q.getOffset(), q.getLimit(), locale).stream(), q ->
                (int) officer.countMyEntitlements());
        grid.setAllRowsVisible(total <= 50);
        if (total > 50) {
            grid.setHeight("70vh");
        }
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("officer.list.title") + " – " + getTranslation("app.title.suffix");
    }
}
