package se.kundval.catalogue.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ServicePointSummary;
import se.kundval.catalogue.ServiceTypeSummary;
import se.kundval.shared.ui.LabelledSection;

/** The public start page: the services residents can choose a provider for, and how choosing works. */
@Route("")
@AnonymousAllowed
class StartView extends Div implements HasDynamicTitle {

    StartView(CatalogueService catalogue) {
        addClassName("start-view");
        Locale locale = getLocale();
        List<ServiceTypeSummary> serviceTypes = catalogue.serviceTypes();

        add(new H1(getTranslation("start.title")));
        Paragraph intro = new Paragraph(getTranslation("start.intro"));
        intro.addClassName("lead");
        add(intro);

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
            link.add(
                    new H3(st.name().in(locale)), new Paragraph(st.description().in(locale)), count);
            card.add(link);
            list.add(card);
        }
        LabelledSection services =
                new LabelledSection("services-heading", getTranslation("start.services.heading"), list);
        services.addClassName("service-types");
        add(services);

        LabelledSection howto = new LabelledSection(
                "howto-heading",
                getTranslation("start.howto.heading"),
                new OrderedList(
                        new ListItem(getTranslation("start.howto.step1")),
                        new ListItem(getTranslation("start.howto.step2")),
                        new ListItem(getTranslation("start.howto.step3"))));
        howto.addClassName("how-it-works");
        add(howto);

        UnorderedList rules = new UnorderedList();
        for (ServiceTypeSummary st : serviceTypes) {
            ListItem rule = new ListItem();
            rule.add(
                    new com.vaadin.flow.component.html.Span(st.name().in(locale) + ": "),
                    new com.vaadin.flow.component.html.Span(
                            st.defaultRuleExplanation().in(locale)));
            rules.add(rule);
        }
        LabelledSection defaults = new LabelledSection(
                "default-heading",
                getTranslation("start.default.heading"),
                new Paragraph(getTranslation("start.default.intro")),
                rules);
        defaults.addClassName("default-providers");
        add(defaults);

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
        LabelledSection points = new LabelledSection(
                "servicepoints-heading",
                getTranslation("start.servicepoints.heading"),
                new Paragraph(getTranslation("start.servicepoints.intro")),
                pointList);
        points.addClassName("service-points");
        add(points);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title.suffix");
    }
}
