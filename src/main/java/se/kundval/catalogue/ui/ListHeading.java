package se.kundval.catalogue.ui;

import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

import se.kundval.catalogue.ChoosingSupport;
import se.kundval.catalogue.ServiceTypeSummary;

/**
 * The top of the result list: the heading and what the service is; when a resident chooses, what
 * choosing means and their wishes instead.
 */
class ListHeading extends Composite<Div> {

    /**
     * @param choosing the entitlement a resident chooses for, or null
     * @param toggleWishes switches between ranking by the wishes and the neutral order
     */
    ListHeading(
            ServiceTypeSummary serviceType,
            ChoosingSupport.Choosing choosing,
            Map<String, String> specialisationNames,
            boolean rankedByWishes,
            Runnable toggleWishes) {
        String name = serviceType.name().in(getLocale()).toLowerCase(getLocale());
        Paragraph lead = new Paragraph(
                choosing == null
                        ? serviceType.description().in(getLocale())
                        : getTranslation("list.choosing.intro", name));
        lead.addClassName("lead");
        getContent()
                .add(new H1(getTranslation(choosing == null ? "list.heading" : "list.choosing.heading", name)), lead);
        if (choosing != null) {
            getContent().add(new WishesBox(choosing.wishes(), specialisationNames, rankedByWishes, toggleWishes));
        }
    }
}
