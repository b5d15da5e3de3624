package se.kundval.catalogue.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ChoosingSupport;
import se.kundval.catalogue.Facets;
import se.kundval.catalogue.IndicatorValue;
import se.kundval.catalogue.OfferingCard;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.OfferingSort;
import se.kundval.catalogue.ServiceTypeSummary;
import se.kundval.catalogue.VisitorOrder;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.Role;
import se.kundval.provider.ProviderType;
import se.kundval.register.Delivery;
import se.kundval.shared.Option;

/**
 * The result list for one service type: free-text search, filters with counts, a neutral default
 * order, and lazily loaded cards (only the visible page is fetched and rendered).
 */
@Route("tjanst")
@AnonymousAllowed
class ServiceTypeView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

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
              <button type="button" class="compare-toggle" aria-pressed="${item.compared}"
                      @click="${toggleCompare}">${item.compareLabel}</button>
            </article>
            """;

    /** The query parameter that carries the entitlement a logged-in resident is choosing for. */
    public static final String ENTITLEMENT_PARAMETER = "beslut";

    private final CatalogueService catalogue;
    private final ChoosingSupport choosingSupport;
    private final CurrentUser currentUser;
    /** Set when a logged-in resident chooses for one of their entitlements. */
    private ChoosingSupport.Choosing choosing;
    /** Why offerings on the pages shown so far cannot be chosen (code → message key). */
    private final Map<String, String> notChoosable = new java.util.HashMap<>();

    private ServiceTypeSummary serviceType;
    private OfferingQuery query;
    private Locale locale;

    private final Paragraph resultCount = new Paragraph();
    private final Paragraph orderExplanation = new Paragraph();
    private final VirtualList<OfferingCard> results = new VirtualList<>();
    private final Select<String> area = new Select<>();
    private FacetGroup languages;
    private FacetGroup specialisations;
    private final RadioButtonGroup<String> providerType = new RadioButtonGroup<>();
    private final Checkbox takingNew = new Checkbox();
    private final Select<OfferingSort> sort = new Select<>();
    private Facets facets;
    /** Looked up once per visit, not on every filter change. */
    private Optional<String> qualityIndicator = Optional.empty();

    private Map<String, String> areaNames;
    private Map<String, String> specialisationNames;

    ServiceTypeView(CatalogueService catalogue, ChoosingSupport choosingSupport, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.choosingSupport = choosingSupport;
        this.currentUser = currentUser;
        addClassName("service-type-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        Optional<ServiceTypeSummary> found = code == null ? Optional.empty() : catalogue.serviceType(code);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        serviceType = found.get();
        locale = getLocale();
        choosing = choosingFor(event, code).orElse(null);
        query = startQuery();
        build();
    }

    private Optional<ChoosingSupport.Choosing> choosingFor(BeforeEvent event, String code) {
        Optional<Long> entitlement = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(ENTITLEMENT_PARAMETER)
                .filter(p -> p.matches("[0-9]{1,18}"))
                .map(Long::valueOf);
        if (entitlement.isEmpty()
                || !currentUser.get().map(u -> u.hasRole(Role.RESIDENT)).orElse(false)) {
            return Optional.empty();
        }
        return choosingSupport
                .choosing(entitlement.get(), locale)
                .filter(c -> c.serviceType().equals(code));
    }

    private OfferingQuery startQuery() {
        OfferingQuery start = OfferingQuery.all(serviceType.code(), VisitorOrder.current());
        return choosing == null
                ? start
                : start.withArea(choosing.area()).withWishes(choosing.wishes()).withSort(OfferingSort.WISHES);
    }

    private void build() {
        removeAll();
        String name = serviceType.name().in(locale);
        areaNames = catalogue.areas().stream().collect(Collectors.toMap(Option::code, Option::name));
        specialisationNames =
                catalogue.specialisations(locale).stream().collect(Collectors.toMap(Option::code, Option::name));
        if (choosing == null) {
            add(new H1(getTranslation("list.heading", name.toLowerCase(locale))));
            Paragraph description = new Paragraph(serviceType.description().in(locale));
            description.addClassName("lead");
            add(description);
        } else {
            add(new H1(getTranslation("list.choosing.heading", name.toLowerCase(locale))));
            Paragraph intro = new Paragraph(getTranslation("list.choosing.intro", name.toLowerCase(locale)));
            intro.addClassName("lead");
            add(intro, wishesBox());
        }

        facets = catalogue.facets(query);
        // The filter options list every value of the service type; when nothing is filtered yet
        // (the usual first visit) those counts are the ones just fetched.
        Facets all = query.isUnfiltered() ? facets : catalogue.facets(OfferingQuery.all(serviceType.code(), 0));

        TextField search = new TextField(getTranslation("list.search.label"));
        search.setHelperText(getTranslation("list.search.helper"));
        search.setClearButtonVisible(true);
        search.setMaxLength(OfferingQuery.MAX_TEXT);
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.setValue(query.text());
        search.addClassName("search-field");
        search.addValueChangeListener(e -> update(query.withText(e.getValue())));
        Button searchButton = new Button(getTranslation("list.search.label").split(" ")[0]);
        searchButton.addClickListener(e -> update(query.withText(search.getValue())));
        searchButton.addClassName("search-button");
        Div searchRow = new Div(search, searchButton);
        searchRow.addClassName("search-row");

        area.setLabel(getTranslation("list.filter.area"));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("list.filter.area.all"));
        area.setItems(catalogue.areas().stream().map(Option::code).toList());
        area.setItemLabelGenerator(code -> code == null
                ? getTranslation("list.filter.area.all")
                : label(
                        areaNames.get(code),
                        facets == null ? null : facets.areas().getOrDefault(code, 0L)));
        area.setHelperText(getTranslation(
                serviceType.delivery() == Delivery.PREMISES ? "list.filter.area.premises" : "list.filter.area.home"));
        area.setValue(query.area());
        area.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            OfferingQuery next = query.withArea(e.getValue());
            if (e.getValue() == null && next.sort() == OfferingSort.DISTANCE) {
                next = next.withSort(OfferingSort.NEUTRAL);
            }
            update(next);
        });

        languages = new FacetGroup(
                "filter-languages",
                getTranslation("list.filter.languages"),
                all.languages().keySet().stream()
                        .sorted((a, b) -> CatalogueService.languageName(a, locale)
                                .compareTo(CatalogueService.languageName(b, locale)))
                        .toList(),
                code -> CatalogueService.languageName(code, locale),
                query.languages(),
                selected -> update(query.withLanguages(selected)));
        specialisations = new FacetGroup(
                "filter-specialisations",
                getTranslation("list.filter.specialisations"),
                all.specialisations().keySet().stream()
                        .sorted((a, b) -> specialisationNames
                                .getOrDefault(a, a)
                                .compareTo(specialisationNames.getOrDefault(b, b)))
                        .toList(),
                code -> specialisationNames.getOrDefault(code, code),
                query.specialisations(),
                selected -> update(query.withSpecialisations(selected)));

        providerType.setLabel(getTranslation("list.filter.providerType"));
        List<String> types = new java.util.ArrayList<>(List.of(""));
        Arrays.stream(ProviderType.values())
                .filter(t -> all.providerTypes().containsKey(t.name()))
                .forEach(t -> types.add(t.name()));
        providerType.setItems(types);
        providerType.setItemLabelGenerator(t -> t.isEmpty()
                ? getTranslation("list.filter.providerType.all")
                : label(
                        getTranslation("providertype." + t),
                        facets == null ? null : facets.providerTypes().getOrDefault(t, 0L)));
        providerType.setValue(
                query.providerType() == null ? "" : query.providerType().name());
        providerType.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                update(query.withProviderType(
                        e.getValue() == null || e.getValue().isEmpty() ? null : ProviderType.valueOf(e.getValue())));
            }
        });
        providerType.addClassName("filter-group");

        takingNew.setLabel(getTranslation("list.filter.takingNew"));
        takingNew.setValue(query.onlyTakingNewCustomers());
        takingNew.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                update(query.withOnlyTakingNewCustomers(e.getValue()));
            }
        });

        Button clear = new Button(getTranslation("list.filter.clear"), e -> {
            OfferingQuery start = OfferingQuery.all(serviceType.code(), VisitorOrder.current());
            // Clearing filters keeps the wish ranking: it orders, it does not filter.
            query = choosing == null ? start : start.withWishes(query.wishes()).withSort(query.sort());
            build();
        });
        clear.addClassName("clear-filters");

        Section filters = new Section();
        filters.addClassName("filters");
        H2 filtersHeading = new H2(getTranslation("list.filters.heading"));
        filtersHeading.setId("filters-heading");
        filters.getElement().setAttribute("aria-labelledby", "filters-heading");
        filters.add(filtersHeading, area, languages, specialisations, providerType, takingNew, clear);

        sort.setLabel(getTranslation("list.sort.label"));
        List<OfferingSort> sorts = new java.util.ArrayList<>(List.of(OfferingSort.NEUTRAL, OfferingSort.NAME));
        if (serviceType.delivery() == Delivery.PREMISES) {
            sorts.add(OfferingSort.DISTANCE);
        }
        qualityIndicator = catalogue.qualitySortIndicator(serviceType.code(), locale);
        qualityIndicator.ifPresent(i -> sorts.add(OfferingSort.QUALITY));
        if (choosing != null && !choosing.wishes().isEmpty()) {
            sorts.add(0, OfferingSort.WISHES);
        }
        sort.setItems(sorts);
        sort.setItemLabelGenerator(s -> s == OfferingSort.QUALITY
                ? getTranslation("list.sort.QUALITY", qualityIndicator.orElse(""))
                : getTranslation("list.sort." + s.name()));
        sort.setValue(query.sort());
        sort.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                update(query.withSort(e.getValue()));
            }
        });

        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        orderExplanation.addClassName("order-explanation");

        results.setRenderer(LitRenderer.<OfferingCard>of(CARD)
                .withProperty("code", OfferingCard::code)
                .withProperty("url", c -> CatalogueNavigation.offeringPage(c.code()))
                .withProperty(
                        "name", c -> c.unitName() == null ? c.providerName() : c.providerName() + " – " + c.unitName())
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
                                : getTranslation("choose.reason." + notChoosable.get(c.code())))
                .withProperty(
                        "chooseUrl",
                        c -> choosing == null || notChoosable.containsKey(c.code())
                                ? ""
                                : choosingSupport.confirmationPath(choosing.entitlementId(), c.code()))
                .withProperty(
                        "chooseLabel",
                        c -> getTranslation(
                                "list.card.choose",
                                c.unitName() == null ? c.providerName() : c.providerName() + " – " + c.unitName()))
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
        results.getElement().setAttribute("aria-label", getTranslation("list.heading", name.toLowerCase(locale)));
        results.setDataProvider(DataProvider.fromCallbacks(
                q -> withChoosability(catalogue.find(query, q.getOffset(), q.getLimit(), locale)).stream(),
                // The facets of the same query carry its total, fetched just before every refresh.
                q -> (int) facets.total()));

        Section resultSection = new Section();
        resultSection.addClassName("results");
        resultSection.add(sort, orderExplanation, resultCount, results);

        Div columns = new Div(filters, resultSection);
        columns.addClassName("list-columns");
        add(searchRow, columns);

        Section defaults = new Section();
        defaults.addClassName("default-provider");
        defaults.add(
                new H2(getTranslation("list.default.heading")),
                new Paragraph(serviceType.defaultRuleExplanation().in(locale)));
        add(defaults);

        refresh();
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

    private Div wishesBox() {
        Div box = new Div();
        box.addClassName("wishes-box");
        OfferingQuery.Wishes wishes = choosing.wishes();
        if (wishes.isEmpty()) {
            box.add(new Paragraph(getTranslation("list.choosing.noWishes")));
            return box;
        }
        List<String> names = new java.util.ArrayList<>();
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
        boolean ranked = query.sort() == OfferingSort.WISHES;
        Button toggle =
                new Button(getTranslation(ranked ? "list.choosing.clearWishes" : "list.choosing.useWishes"), e -> {
                    query = query.withSort(
                            query.sort() == OfferingSort.WISHES ? OfferingSort.NEUTRAL : OfferingSort.WISHES);
                    build();
                });
        toggle.addClassName("wish-ranking-toggle");
        box.add(toggle);
        return box;
    }

    private String wishesText(OfferingCard card) {
        if (card.wishesAsked() == 0) {
            return "";
        }
        List<String> parts = new java.util.ArrayList<>();
        card.wishesMet()
                .forEach(w -> parts.add(getTranslation(
                        w.language() ? "list.card.wish.language" : "list.card.wish.specialisation",
                        w.language() ? w.name().toLowerCase(locale) : w.name())));
        parts.add(getTranslation("list.card.wish.count", card.wishesMet().size(), card.wishesAsked()));
        return String.join(" · ", parts);
    }

    private String label(String name, Long count) {
        return count == null ? name : getTranslation("list.filter.count", name, count);
    }

    private String indicatorText(IndicatorValue v) {
        String value = switch (v.status()) {
            case SHOWN -> getTranslation("indicator.value." + v.unit().name(), v.value());
            case TOO_FEW_ANSWERS -> getTranslation("indicator.tooFew");
            case NOT_MEASURED -> getTranslation("indicator.notMeasured");
        };
        return getTranslation("indicator.card", v.name(), value, v.year());
    }

    private void toggleCompare(OfferingCard card) {
        CompareSelection selection = CompareSelection.current();
        if (selection.contains(card.code())) {
            selection.remove(card.code());
        } else if (!selection.add(card.code())) {
            Notification.show(getTranslation("list.card.compare.full"), 5000, Notification.Position.MIDDLE);
            return;
        }
        results.getDataProvider().refreshItem(card);
        ComponentUtil.fireEvent(UI.getCurrent(), new CompareChangedEvent(UI.getCurrent()));
    }

    private void update(OfferingQuery next) {
        query = next;
        refresh();
    }

    private void refresh() {
        facets = catalogue.facets(query);
        resultCount.setText(
                facets.total() == 0
                        ? getTranslation("list.result.none")
                        : getTranslation("list.result.count", facets.total()));
        boolean searching = !query.text().isBlank() && query.sort() == OfferingSort.NEUTRAL;
        orderExplanation.setText(getTranslation(
                "list.order." + query.sort().name() + (searching ? ".search" : ""), qualityIndicator.orElse("")));
        // Re-setting the generators re-renders the option labels with the new counts; that may
        // reset a field's value, so the query's state is put back (listeners ignore it: not from
        // the client).
        area.setItemLabelGenerator(area.getItemLabelGenerator());
        languages.showCounts(
                code -> label(languages.name(code), facets.languages().getOrDefault(code, 0L)));
        specialisations.showCounts(code ->
                label(specialisations.name(code), facets.specialisations().getOrDefault(code, 0L)));
        providerType.setItemLabelGenerator(providerType.getItemLabelGenerator());
        area.setValue(query.area());
        providerType.setValue(
                query.providerType() == null ? "" : query.providerType().name());
        results.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        if (serviceType != null && choosing != null) {
            return getTranslation(
                            "list.choosing.heading",
                            serviceType.name().in(getLocale()).toLowerCase(getLocale())) + " – "
                    + getTranslation("app.title.suffix");
        }
        return serviceType == null
                ? getTranslation("app.title.suffix")
                : getTranslation("list.title", serviceType.name().in(getLocale())) + " – "
                        + getTranslation("app.title.suffix");
    }
}
