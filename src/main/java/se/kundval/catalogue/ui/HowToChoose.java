package se.kundval.catalogue.ui;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ServicePointSummary;
import se.kundval.identity.ui.IdentityNavigation;

/**
 * "Så väljer du", for a visitor who is not logged in: a relative reading a provider page on a
 * phone must learn what it takes to choose, and every way to do it, without leaving the page.
 */
class HowToChoose extends Composite<Section> {

    HowToChoose(CatalogueService catalogue, Locale locale) {
        Section section = getContent();
        section.addClassName("how-to-choose");
        H2 heading = new H2(getTranslation("howtochoose.heading"));
        heading.setId("how-to-choose-heading");
        section.getElement().setAttribute("aria-labelledby", "how-to-choose-heading");

        OrderedList ways = new OrderedList();
        ways.addClassName("how-to-choose-ways");

        RouterLink logIn = new RouterLink(getTranslation("howtochoose.login.link"), IdentityNavigation.loginView());
        ways.add(new ListItem(new Paragraph(getTranslation("howtochoose.login")), new Paragraph(logIn)));

        ListItem servicePoint = new ListItem(new Paragraph(getTranslation("howtochoose.servicepoint")));
        UnorderedList points = new UnorderedList();
        points.addClassName("service-point-list");
        for (ServicePointSummary sp : catalogue.servicePoints(locale)) {
            ListItem point = new ListItem(new H3(sp.name()), new Paragraph(sp.address()));
            if (sp.openingHours() != null) {
                point.add(new Paragraph(getTranslation("start.servicepoints.hours", sp.openingHours())));
            }
            points.add(point);
        }
        servicePoint.add(points);
        ways.add(servicePoint);

        String number = getTranslation("howtochoose.phone.number");
        Anchor call = new Anchor("tel:" + OfferingView.digits(number), number);
        ways.add(new ListItem(new Paragraph(getTranslation("howtochoose.phone")), new Paragraph(call)));

        ways.add(new ListItem(new Paragraph(getTranslation("howtochoose.someone"))));

        section.add(heading, new Paragraph(getTranslation("howtochoose.intro")), ways);
    }
}
