package se.kundval.opendata.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

import se.kundval.shared.ui.LabelledSection;

/** "Öppna data": what the open-data API publishes, what it never contains, and how to use it. */
@Route("oppna-data")
@AnonymousAllowed
class OpenDataView extends Div implements HasDynamicTitle {

    static final String API = "/api/hsds";

    OpenDataView(@Value("${kundval.opendata.rate-limit}") int rateLimit) {
        addClassName("open-data");
        add(new H1(getTranslation("opendata.heading")), new Paragraph(getTranslation("opendata.intro")));
        add(section(
                "opendata.contents.heading",
                new UnorderedList(
                        new ListItem(getTranslation("opendata.contents.providers")),
                        new ListItem(getTranslation("opendata.contents.services")),
                        new ListItem(getTranslation("opendata.contents.quality")),
                        new ListItem(getTranslation("opendata.contents.terms"))),
                new Paragraph(getTranslation("opendata.contents.never"))));
        add(section(
                "opendata.how.heading",
                new Paragraph(getTranslation("opendata.how.text")),
                new Paragraph(new Text(getTranslation("opendata.how.address")), new Code(API)),
                new UnorderedList(
                        new ListItem(link(API + "/services", "opendata.link.services")),
                        new ListItem(link(API + "/openapi.json", "opendata.link.openapi")),
                        new ListItem(link(API + "/profile", "opendata.link.profile"))),
                new Paragraph(getTranslation("opendata.how.standard"))));
        add(section(
                "opendata.terms.heading",
                new Paragraph(getTranslation("opendata.terms.licence")),
                new Paragraph(getTranslation("opendata.terms.fair", rateLimit))));
    }

    private Anchor link(String href, String key) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        // The API answers JSON, not a portal page: leave Vaadin's router out of it.
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private LabelledSection section(String headingKey, Component... content) {
        return new LabelledSection(headingKey.replace('.', '-'), getTranslation(headingKey), content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opendata.title") + " – " + getTranslation("app.title.suffix");
    }
}
