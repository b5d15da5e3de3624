package se.kundval.catalogue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ServicePointSummary;
import se.kundval.catalogue.ServiceTypeSummary;
import com.vaadin.flow.router.RouterLink;
import se.kundval.ui.MainLayout;

/** The public start page: the services residents can choose a provider for, and how choosing works. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class StartView extends Div implements HasDynamicTitle {

    public StartView(CatalogueService catalogue) {
        addClassName("start-view");
        Locale locale = getLocale();
        List<ServiceTypeSummary> serviceTypes = catalogue.serviceTypes();

        add(new H1(getTranslation("start.title")));
        Paragraph intro = new Paragraph(getTranslation("start.intro"));
        intro.addClassName("lead");
        add(intro);

        Section services = new Section();
        services.addClassName("service-types");
        H2 servicesHeading = new H2(getTranslation("start.services.heading"));
        servicesHeading.setId("services-heading");
        services.getElement().setAttribute("aria-labelledby", "services-heading");
        UnorderedList list = new UnorderedList();
        list.addClassName("service-type-list");
        for (ServiceTypeSummary st : serviceTypes) {
            ListItem card = new ListItem();
            card.addClassName("service-type-card");
            card.getElement().setAttribute("data-code", st.code());
            Paragraph count = new Paragraph(getTranslation("start.providers", st.approvedProviders()));
            count.addClassName("provider-count");
            // The whole card is one large link target; its accessible name is the service's name.
            RouterLink link = new RouterLink(ServiceTypeView.class, st.code());
            link.addClassName("service-type-link");
            link.add(new H3(st.name().in(locale)), new Paragraph(st.description().in(locale)), count);
            card.add(link);
            list.add(card);
        }
        services.add(servicesHeading, list);
        add(services);

        Section howto = new Section();
        howto.addClassName("how-it-works");
        H2 howtoHeading = new H2(getTranslation("start.howto.heading"));
        howtoHeading.setId("howto-heading");
        howto.getElement().setAttribute("aria-labelledby", "howto-heading");
        howto.add(howtoHeading, new OrderedList(new ListItem(getTranslation("start.howto.step1")),
                new ListItem(getTranslation("start.howto.step2")), new ListItem(getTranslation("start.howto.step3"))));
        add(howto);

        Section defaults = new Section();
        defaults.addClassName("default-providers");
        H2 defaultsHeading = new H2(getTranslation("start.default.heading"));
        defaultsHeading.setId("default-heading");
        defaults.getElement().setAttribute("aria-labelledby", "default-heading");
        UnorderedList rules = new UnorderedList();
        for (ServiceTypeSummary st : serviceTypes) {
            ListItem rule = new ListItem();
            rule.add(new com.vaadin.flow.component.html.Span(st.name().in(locale) + ": "),
                    new com.vaadin.flow.component.html.Span(st.defaultRuleExplanation().in(locale)));
            rules.add(rule);
        }
        defaults.add(defaultsHeading, new Paragraph(getTranslation("start.default.intro")), rules);
        add(defaults);

        Section points = new Section();
        points.addClassName("service-points");
        H2 pointsHeading = new H2(getTranslation("start.servicepoints.heading"));
        pointsHeading.setId("servicepoints-heading");
        points.getElement().setAttribute("aria-labelledby", "servicepoints-heading");
        UnorderedList pointList = new UnorderedList();
        pointList.addClassName("service-point-list");
        for (ServicePointSummary sp : catalogue.servicePoints(locale)) {
            ListItem item = new ListItem();
            item.add(new H3(sp.name()), new Paragraph(sp.address()));
            if (sp.openingHours() != null) {
                item.add(new Paragraph(getTranslation("start.servicepoints.hours", sp.openingHours())));
            }
            pointList.add(item);
        }
        points.add(pointsHeading, new Paragraph(getTranslation("start.servicepoints.intro")), pointList);
        add(points);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title.suffix");
    }
}
