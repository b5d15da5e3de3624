package se.kundval.catalogue.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ChoosingSupport;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.OfferingSort;
import se.kundval.catalogue.ServiceTypeSummary;
import se.kundval.catalogue.VisitorOrder;
import se.kundval.shared.Option;

/**
 * The resident's choosing list (the same query, order, cards and reasons), for staff who choose
 * with a visitor: the providers in the visitor's area ranked by the visitor's wishes, each card
 * that can be chosen with a button that hands it to the desk, and the reasons in staff's words.
 */
class AssistedChoosingList extends Composite<Div> {

    private final ResultSection results;
    private OfferingQuery query;

    AssistedChoosingList(
            CatalogueService catalogue,
            ChoosingSupport support,
            ChoosingSupport.Choosing choosing,
            Consumer<String> choose) {
        Locale locale = getLocale();
        ServiceTypeSummary type = catalogue.serviceType(choosing.serviceType()).orElseThrow();
        String name = type.name().in(locale).toLowerCase(locale);
        query = OfferingQuery.all(type.code(), VisitorOrder.current())
                .withArea(choosing.area())
                .withWishes(choosing.wishes())
                .withSort(OfferingSort.WISHES);
        Map<String, String> specialisationNames =
                catalogue.specialisations(locale).stream().collect(Collectors.toMap(Option::code, Option::name));
        Div content = getContent();
        content.addClassName("assisted-choosing-list");
        content.add(new Paragraph(wishesText(choosing.wishes(), specialisationNames, locale)));
        OfferingCards cards = new OfferingCards(
                catalogue,
                support,
                choosing,
                getTranslation("assist.list.heading", name),
                query,
                card -> choose.accept(card.code()),
                "assist.choose.reason.");
        results = new ResultSection(
                type.delivery(),
                catalogue.qualitySortIndicator(type.code(), locale),
                !choosing.wishes().isEmpty(),
                cards,
                () -> query,
                next -> {
                    query = next;
                    show(catalogue, next);
                },
                "assist.");
        content.add(results);
        show(catalogue, query);
    }

    private void show(CatalogueService catalogue, OfferingQuery q) {
        // The desk list has no free text, so there is never a word to drop.
        results.show(q, catalogue.facets(q), java.util.Optional.empty());
    }

    /** The visitor's wishes from the conversation, which rank the list, said to staff. */
    private String wishesText(OfferingQuery.Wishes wishes, Map<String, String> specialisationNames, Locale locale) {
        if (wishes.isEmpty()) {
            return getTranslation("assist.list.noWishes");
        }
        List<String> names = new ArrayList<>();
        wishes.languages().stream()
                .map(l -> CatalogueService.languageName(l, locale).toLowerCase(locale))
                .sorted()
                .forEach(l ->
                        names.add(getTranslation("list.card.wish.language", l).replace(" ✓", "")));
        wishes.specialisations().stream()
                .map(s -> specialisationNames.getOrDefault(s, s))
                .sorted()
                .forEach(names::add);
        return getTranslation("assist.list.wishes", String.join(", ", names));
    }
}
