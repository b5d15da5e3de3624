package se.kundval.catalogue.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.Facets;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.OfferingSort;
import se.kundval.register.Delivery;

/** The results: the order (with what it means), how many there are, and the cards. */
class ResultSection extends Composite<Section> {

    private final Paragraph resultCount = new Paragraph();
    /** A search that found nothing: which word to leave out, as a button that does it. */
    private final Div noHits = new Div();

    private final Paragraph orderExplanation = new Paragraph();
    private final OfferingCards cards;
    private final Optional<String> qualityIndicator;
    private final String wishesPrefix;

    /**
     * @param qualityIndicator the indicator the quality order sorts by, when the type has one
     * @param byWishes whether the resident's wishes can rank the list (they come first then)
     */
    ResultSection(
            Delivery delivery,
            Optional<String> qualityIndicator,
            boolean byWishes,
            OfferingCards cards,
            Supplier<OfferingQuery> query,
            Consumer<OfferingQuery> update) {
        this(delivery, qualityIndicator, byWishes, cards, query, update, "");
    }

    /**
     * @param wishesPrefix put before the keys that name the wishes order ("" for the resident's
     *     own words, "assist." where staff choose with a visitor and the wishes are the visitor's)
     */
    ResultSection(
            Delivery delivery,
            Optional<String> qualityIndicator,
            boolean byWishes,
            OfferingCards cards,
            Supplier<OfferingQuery> query,
            Consumer<OfferingQuery> update,
            String wishesPrefix) {
        this.wishesPrefix = wishesPrefix;
        this.cards = cards;
        this.qualityIndicator = qualityIndicator;
        List<OfferingSort> sorts = new ArrayList<>(List.of(OfferingSort.NEUTRAL, OfferingSort.NAME));
        if (delivery == Delivery.PREMISES) {
            sorts.add(OfferingSort.DISTANCE);
        }
        qualityIndicator.ifPresent(i -> sorts.add(OfferingSort.QUALITY));
        if (byWishes) {
            sorts.add(0, OfferingSort.WISHES);
        }
        Select<OfferingSort> sort = new Select<>();
        sort.setLabel(getTranslation("list.sort.label"));
        sort.setItems(sorts);
        sort.setItemLabelGenerator(s -> s == OfferingSort.QUALITY
                ? getTranslation("list.sort.QUALITY", qualityIndicator.orElse(""))
                : getTranslation((s == OfferingSort.WISHES ? wishesPrefix : "") + "list.sort." + s.name()));
        sort.setValue(query.get().sort());
        sort.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                update.accept(query.get().withSort(e.getValue()));
            }
        });
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        // "Visa N utförare" under the filters moves focus here, to the count the results start with.
        resultCount.getElement().setAttribute("tabindex", "-1");
        resultCount.setId("result-count");
        orderExplanation.addClassName("order-explanation");
        noHits.addClassName("no-hits");
        noHits.setVisible(false);
        this.update = update;
        this.query = query;
        getContent().addClassName("results");
        getContent().setId("results");
        getContent().getElement().setAttribute("aria-labelledby", "result-count");
        getContent().add(resultCount, noHits, sort, orderExplanation, cards, new CompareBar());
    }

    private final Consumer<OfferingQuery> update;
    private final Supplier<OfferingQuery> query;

    /** Moves focus to the number of results (after the visitor is done with the filters). */
    void focusCount() {
        resultCount.getElement().executeJs("this.focus()");
    }

    /**
     * The results of {@code query}, whose counts are {@code facets}; {@code wordToDrop} is the word
     * whose removal would find something when nothing is found.
     */
    void show(OfferingQuery query, Facets facets, Optional<String> wordToDrop) {
        String text = query.text().strip();
        resultCount.setText(
                facets.total() > 0
                        ? getTranslation("list.result.count", facets.total())
                        : text.isEmpty()
                                ? getTranslation("list.result.none")
                                : wordToDrop
                                        .map(w -> getTranslation("list.result.noneFor.drop", text, w))
                                        .orElseGet(() -> getTranslation("list.result.noneFor", text)));
        noHits.removeAll();
        noHits.setVisible(false);
        wordToDrop.filter(w -> facets.total() == 0).ifPresent(w -> {
            String rest = CatalogueService.searchWords(query.text()).stream()
                    .filter(x -> !x.equals(w))
                    .collect(java.util.stream.Collectors.joining(" "));
            Button retry = new Button(
                    getTranslation("list.result.searchWithout", w),
                    e -> this.update.accept(this.query.get().withText(rest)));
            retry.addClassName("search-without");
            noHits.add(retry);
            noHits.setVisible(true);
        });
        boolean searching = !query.text().isBlank() && query.sort() == OfferingSort.NEUTRAL;
        orderExplanation.setText(getTranslation(
                (query.sort() == OfferingSort.WISHES ? wishesPrefix : "") + "list.order."
                        + query.sort().name() + (searching ? ".search" : ""),
                qualityIndicator.orElse("")));
        cards.show(query, facets.total());
    }
}
