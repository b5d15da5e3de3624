package se.kundval.catalogue.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ChoosingSupport;
import se.kundval.catalogue.IndicatorValue;
import se.kundval.catalogue.OfferingCard;
import se.kundval.catalogue.OfferingQuery;

/**
 * The result cards, loaded lazily (only the visible page is fetched and rendered). When a resident
 * chooses for an entitlement, each card says whether it can be chosen and links to choosing it.
 */
class OfferingCards extends Composite<VirtualList<OfferingCard>> {

    private static final String CARD = """
            <article class="offering-card" aria-labelledby="o-${item.code}">
              <h3 class="offering-name" id="o-${item.code}"><a href="${item.url}">${item.name}</a></h3>
              <p class="offering-type">${item.type}</p>
              <p class="offering-status ${item.statusClass}">${item.status}</p>
              <p class="offering-summary" lang="${item.summaryLang}">${item.summary}</p>
              <p class="offering-facts">${item.areas}</p>
              <p class="offering-facts">${item.languages}</p>
              <p class="offering-facts">${item.specialisations}</p>
              <p class="offering-facts">${item.distance}</p>
              <p class="offering-indicators">${item.indicators}</p>
              <p class="offering-wishes" ?hidden="${!item.wishes}">${item.wishes}</p>
              <p class="not-choosable" ?hidden="${!item.notChoosable}">${item.notChoosable}</p>
              <a class="choose-button" href="${item.chooseUrl}" ?hidden="${!item.chooseUrl}">${item.chooseLabel}</a>
              <button type="button" class="choose-button" ?hidden="${!item.chooseHere}"
                      @click="${choose}">${item.chooseLabel}</button>
              <button type="button" class="compare-toggle" aria-pressed="${item.compared}"
                      @click="${toggleCompare}">${item.compareLabel}</button>
            </article>
            """;

    private final ChoosingSupport choosingSupport;
    /** Set when a logged-in resident chooses for one of their entitlements. */
    private final ChoosingSupport.Choosing choosing;
    /** Why offerings on the pages shown so far cannot be chosen (code → message key). */
    private final Map<String, String> notChoosable = new HashMap<>();

    /**
     * Set when someone chooses on another person's behalf on this page (the service-point desk):
     * each choosable card gets a button that hands its offering here instead of a link.
     */
    private final Consumer<OfferingCard> chooseHere;
    /** The bundle prefix of the "cannot be chosen" reasons: the resident's own words, or staff's. */
    private final String reasonPrefix;

    private final Locale locale;
    private OfferingQuery query;
    private long total;

    OfferingCards(
            CatalogueService catalogue,
            ChoosingSupport choosingSupport,
            ChoosingSupport.Choosing choosing,
            String listName,
            OfferingQuery start) {
        this(catalogue, choosingSupport, choosing, listName, start, null, "choose.reason.");
    }

    /**
     * @param chooseHere   called with the card chosen, instead of linking to the confirmation page
     * @param reasonPrefix the bundle prefix of the reasons a card cannot be chosen
     */
    OfferingCards(
            CatalogueService catalogue,
            ChoosingSupport choosingSupport,
            ChoosingSupport.Choosing choosing,
            String listName,
            OfferingQuery start,
            Consumer<OfferingCard> chooseHere,
            String reasonPrefix) {
        this.chooseHere = chooseHere;
        this.reasonPrefix = reasonPrefix;
        this.choosingSupport = choosingSupport;
        this.choosing = choosing;
        this.locale = getLocale();
        this.query = start;
        VirtualList<OfferingCard> results = getContent();
        results.setRenderer(LitRenderer.<OfferingCard>of(CARD)
                .withProperty("code", OfferingCard::code)
                .withProperty("url", c -> CatalogueNavigation.offeringPage(c.code()))
                .withProperty("name", OfferingCards::name)
                .withProperty(
                        "type",
                        c -> getTranslation("providertype." + c.providerType().name()))
                .withProperty(
                        "status", c -> getTranslation(c.takesNewCustomers() ? "list.card.taking" : "list.card.full"))
                .withProperty("statusClass", c -> c.takesNewCustomers() ? "taking" : "full")
                .withProperty(
                        "summary",
                        c -> c.summary()
                                + (c.summaryLanguage().equals(locale.getLanguage())
                                        ? ""
                                        : " " + getTranslation("list.card.summaryInSwedish")))
                .withProperty("summaryLang", OfferingCard::summaryLanguage)
                .withProperty("areas", c -> getTranslation("list.card.areas", String.join(", ", c.areas())))
                .withProperty("languages", c -> getTranslation("list.card.languages", String.join(", ", c.languages())))
                .withProperty(
                        "specialisations",
                        c -> c.specialisations().isEmpty()
                                ? ""
                                : getTranslation("list.card.specialisations", String.join(", ", c.specialisations())))
                .withProperty(
                        "distance",
                        c -> c.distanceKm() == null ? "" : getTranslation("list.card.distance", c.distanceKm()))
                .withProperty(
                        "indicators",
                        c -> c.keyIndicators().stream().map(this::indicatorText).collect(Collectors.joining(" · ")))
                .withProperty("wishes", this::wishesText)
                .withProperty(
                        "notChoosable",
                        c -> choosing == null || !notChoosable.containsKey(c.code())
                                ? ""
                                : getTranslation(reasonPrefix + notChoosable.get(c.code())))
                .withProperty(
                        "chooseUrl",
                        c -> choosing == null || chooseHere != null || notChoosable.containsKey(c.code())
                                ? ""
                                : choosingSupport.confirmationPath(choosing.entitlementId(), c.code()))
                .withProperty(
                        "chooseHere",
                        c -> choosing != null && chooseHere != null && !notChoosable.containsKey(c.code()))
                .withFunction("choose", this::choose)
                .withProperty("chooseLabel", c -> getTranslation("list.card.choose", name(c)))
                .withProperty(
                        "compared",
                        c -> String.valueOf(CompareSelection.current().contains(c.code())))
                .withProperty(
                        "compareLabel",
                        c -> getTranslation(
                                CompareSelection.current().contains(c.code())
                                        ? "list.card.compare.added"
                                        : "list.card.compare"))
                .withFunction("toggleCompare", this::toggleCompare));
        results.addClassName("result-list");
        results.getElement().setAttribute("aria-label", listName);
        results.setDataProvider(DataProvider.fromCallbacks(
                q -> withChoosability(catalogue.find(query, q.getOffset(), q.getLimit(), locale)).stream(),
                // The facets of the same query carry its total, fetched just before every refresh.
                q -> (int) total));
    }

    /** Shows the results of {@code next}, of which there are {@code count}. */
    void show(OfferingQuery next, long count) {
        query = next;
        total = count;
        getContent().getDataProvider().refreshAll();
    }

    private static String name(OfferingCard c) {
        return c.unitName() == null ? c.providerName() : c.providerName() + " – " + c.unitName();
    }

    /** In choosing mode, learns which of the page's offerings cannot be chosen, before they render. */
    private List<OfferingCard> withChoosability(List<OfferingCard> page) {
        if (choosing != null && !page.isEmpty()) {
            List<String> codes = page.stream().map(OfferingCard::code).toList();
            codes.forEach(notChoosable::remove);
            notChoosable.putAll(choosingSupport.notChoosable(choosing.entitlementId(), codes));
        }
        return page;
    }

    private String wishesText(OfferingCard card) {
        if (card.wishesAsked() == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        card.wishesMet()
                .forEach(w -> parts.add(getTranslation(
                        w.language() ? "list.card.wish.language" : "list.card.wish.specialisation",
                        w.language() ? w.name().toLowerCase(locale) : w.name())));
        parts.add(getTranslation("list.card.wish.count", card.wishesMet().size(), card.wishesAsked()));
        return String.join(" · ", parts);
    }

    private String indicatorText(IndicatorValue v) {
        String value = switch (v.status()) {
            case SHOWN -> getTranslation("indicator.value." + v.unit().name(), v.value());
            case TOO_FEW_ANSWERS -> getTranslation("indicator.tooFew");
            case NOT_MEASURED -> getTranslation("indicator.notMeasured");
        };
        return getTranslation("indicator.card", v.name(), value, v.year());
    }

    /** A card's own button in choose-here mode; the server checks again that it may be chosen. */
    private void choose(OfferingCard card) {
        if (chooseHere != null && choosing != null && !notChoosable.containsKey(card.code())) {
            chooseHere.accept(card);
        }
    }

    private void toggleCompare(OfferingCard card) {
        CompareSelection selection = CompareSelection.current();
        if (selection.contains(card.code())) {
            selection.remove(card.code());
        } else if (!selection.add(card.code())) {
            Notification.show(getTranslation("list.card.compare.full"), 5000, Notification.Position.MIDDLE);
            return;
        }
        getContent().getDataProvider().refreshItem(card);
        ComponentUtil.fireEvent(UI.getCurrent(), new CompareChangedEvent(UI.getCurrent()));
    }
}
