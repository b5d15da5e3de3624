package se.kundval.catalogue.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.OfferingQuery;

/** The resident's wishes from the conversation, with a button to rank by them or not. */
class WishesBox extends Composite<Div> {

    /** @param toggle switches between ranking by the wishes and the neutral order */
    WishesBox(OfferingQuery.Wishes wishes, Map<String, String> specialisationNames, boolean ranked, Runnable toggle) {
        Div box = getContent();
        box.addClassName("wishes-box");
        if (wishes.isEmpty()) {
            box.add(new Paragraph(getTranslation("list.choosing.noWishes")));
            return;
        }
        Locale locale = getLocale();
        List<String> names = new ArrayList<>();
        wishes.languages().stream()
                .map(l -> CatalogueService.languageName(l, locale))
                .sorted()
                .forEach(l ->
                        names.add(getTranslation("list.card.wish.language", l).replace(" ✓", "")));
        wishes.specialisations().stream()
                .map(s -> specialisationNames.getOrDefault(s, s))
                .sorted()
                .forEach(names::add);
        box.add(new Paragraph(getTranslation("list.choosing.wishes", String.join(", ", names))));
        Button button = new Button(
                getTranslation(ranked ? "list.choosing.clearWishes" : "list.choosing.useWishes"), e -> toggle.run());
        button.addClassName("wish-ranking-toggle");
        box.add(button);
    }
}
