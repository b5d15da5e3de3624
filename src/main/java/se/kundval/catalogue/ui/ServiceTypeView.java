package se.kundval.catalogue.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ChoosingSupport;
import se.kundval.catalogue.Facets;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.OfferingSort;
import se.kundval.catalogue.ServiceTypeSummary;
import se.kundval.catalogue.VisitorOrder;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.Role;
import se.kundval.shared.Option;

/**
 * The result list for one service type: free-text search, filters with counts, a neutral default
 * order, and lazily loaded cards (only the visible page is fetched and rendered).
 */
@Route("tjanst")
@AnonymousAllowed
class ServiceTypeView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    /** The query parameter that carries the entitlement a logged-in resident is choosing for. */
    public static final String ENTITLEMENT_PARAMETER = "beslut";

    private final CatalogueService catalogue;
    private final ChoosingSupport choosingSupport;
    private final CurrentUser currentUser;
    /** Set when a logged-in resident chooses for one of their entitlements. */
    private ChoosingSupport.Choosing choosing;

    private ServiceTypeSummary serviceType;
    private OfferingQuery query;
    private FilterPanel filters;
    private ResultSection results;
    private SearchRow search;
    /** "Filtrera (n)": opens the filters on a narrow screen, where the results come first. */
    private final Button filterToggle = new Button();

    private Div columns;

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
        choosing = choosingFor(event, code).orElse(null);
        if (choosing != null) {
            // The comparison marks the same wishes as this list does.
            CompareSelection.current().rememberWishes(choosing.wishes());
        }
        OfferingQuery start = OfferingQuery.all(serviceType.code(), VisitorOrder.current());
        query = choosing == null
                ? start
                : start.withArea(choosing.area()).withWishes(choosing.wishes()).withSort(OfferingSort.WISHES);
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
                .choosing(entitlement.get(), getLocale())
                .filter(c -> c.serviceType().equals(code));
    }

    private void build() {
        removeAll();
        Locale locale = getLocale();
        String name = serviceType.name().in(locale).toLowerCase(locale);
        Map<String, String> specialisationNames =
                catalogue.specialisations(locale).stream().collect(Collectors.toMap(Option::code, Option::name));
        add(new ListHeading(serviceType, choosing, specialisationNames, query.sort() == OfferingSort.WISHES, () -> {
            query = query.withSort(query.sort() == OfferingSort.WISHES ? OfferingSort.NEUTRAL : OfferingSort.WISHES);
            build();
        }));

        Facets facets = catalogue.facets(query);
        // The filter options list every value of the service type; when nothing is filtered yet
        // (the usual first visit) those counts are the ones just fetched.
        Facets all = query.isUnfiltered() ? facets : catalogue.facets(OfferingQuery.all(serviceType.code(), 0));
        filters = new FilterPanel(
                catalogue.areas(),
                specialisationNames,
                serviceType.delivery(),
                all,
                facets,
                () -> query,
                this::update,
                this::clearFilters,
                this::doneFiltering);

        Optional<String> qualityIndicator = catalogue.qualitySortIndicator(serviceType.code(), locale);
        OfferingCards cards =
                new OfferingCards(catalogue, choosingSupport, choosing, getTranslation("list.heading", name), query);
        results = new ResultSection(
                serviceType.delivery(),
                qualityIndicator,
                choosing != null && !choosing.wishes().isEmpty(),
                cards,
                () -> query,
                this::update);

        filterToggle.addClassName("filter-toggle");
        filterToggle.getElement().setAttribute("aria-controls", "filters");
        filterToggle.getElement().setAttribute("aria-expanded", "false");
        filterToggle.addClickListener(e -> setFiltersOpen(!columns.hasClassName("filters-open")));
        columns = new Div(filterToggle, filters, results);
        columns.addClassName("list-columns");
        search = new SearchRow(query.text(), text -> update(query.withText(text)));
        add(search, columns);

        Section defaults = new Section();
        defaults.addClassName("default-provider");
        defaults.add(
                new H2(getTranslation("list.default.heading")),
                new Paragraph(serviceType.defaultRuleExplanation().in(locale)));
        add(defaults);
        if (!currentUser.isLoggedIn()) {
            add(new HowToChoose(catalogue, locale));
        }

        update(query);
    }

    private void clearFilters() {
        OfferingQuery start = OfferingQuery.all(serviceType.code(), VisitorOrder.current());
        // Clearing filters keeps the wish ranking: it orders, it does not filter.
        query = choosing == null ? start : start.withWishes(query.wishes()).withSort(query.sort());
        build();
        // The filters were rebuilt: the count of the whole list is where the visitor continues.
        results.focusCount();
    }

    /** The visitor is done with the filters: close them (on a phone) and go to the results. */
    private void doneFiltering() {
        setFiltersOpen(false);
        results.focusCount();
    }

    private void setFiltersOpen(boolean open) {
        columns.setClassName("filters-open", open);
        filterToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    /**
     * Shows the results of {@code next}. Nothing the visitor is using is rebuilt, so focus stays
     * on the filter they just changed; the new count is announced from the results' status line.
     */
    private void update(OfferingQuery next) {
        query = next;
        Facets facets = catalogue.facets(query);
        // Area and provider type are single choices: picking another replaces the current one, so
        // their options count the result without it.
        Map<String, Long> areaCounts = query.area() == null
                ? facets.areas()
                : catalogue.facets(query.withArea(null)).areas();
        Map<String, Long> typeCounts = query.providerType() == null
                ? facets.providerTypes()
                : catalogue.facets(query.withProviderType(null)).providerTypes();
        filters.showCounts(facets, areaCounts, typeCounts, query);
        filterToggle.setText(getTranslation("list.filter.toggle", FilterPanel.active(query)));
        search.show(query.text());
        results.show(query, facets, facets.total() == 0 ? catalogue.wordToDrop(query) : Optional.empty());
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
