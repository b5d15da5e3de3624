package se.kundval.catalogue.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.Facets;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.OfferingSort;
import se.kundval.provider.ProviderType;
import se.kundval.register.Delivery;
import se.kundval.shared.Option;

/**
 * "Filtrera": area, staff languages, specialisations, provider type and "tar emot nya kunder", each
 * option with the number of results it would give. Every change asks for a new query through
 * {@code update}; the panel shows the query it is given.
 */
class FilterPanel extends Composite<Section> {

    private final Select<String> area = new Select<>();
    private final FacetGroup languages;
    private final FacetGroup specialisations;
    private final RadioButtonGroup<String> providerType = new RadioButtonGroup<>();
    private final Checkbox takingNew = new Checkbox();
    private final Button showResults = new Button();
    private Facets facets;
    /** Counts for the single-choice filters: of the query without that filter's own value. */
    private Map<String, Long> areaCounts;

    private Map<String, Long> typeCounts;

    /**
     * @param all the facets of the whole service type: every value an option, filtered or not
     * @param facets the counts of the current query
     */
    FilterPanel(
            List<Option> areas,
            Map<String, String> specialisationNames,
            Delivery delivery,
            Facets all,
            Facets facets,
            Supplier<OfferingQuery> query,
            Consumer<OfferingQuery> update,
            Runnable clearAll,
            Runnable done) {
        this.facets = facets;
        this.areaCounts = facets.areas();
        this.typeCounts = facets.providerTypes();
        Locale locale = getLocale();
        Map<String, String> areaNames = areas.stream().collect(Collectors.toMap(Option::code, Option::name));
        area.setLabel(getTranslation("list.filter.area"));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("list.filter.area.all"));
        area.setItems(areas.stream().map(Option::code).toList());
        area.setItemLabelGenerator(code -> code == null
                ? getTranslation("list.filter.area.all")
                : label(areaNames.get(code), areaCounts.getOrDefault(code, 0L)));
        area.setHelperText(
                getTranslation(delivery == Delivery.PREMISES ? "list.filter.area.premises" : "list.filter.area.home"));
        area.setValue(query.get().area());
        area.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            OfferingQuery next = query.get().withArea(e.getValue());
            if (e.getValue() == null && next.sort() == OfferingSort.DISTANCE) {
                next = next.withSort(OfferingSort.NEUTRAL);
            }
            update.accept(next);
        });

        languages = new FacetGroup(
                "filter-languages",
                getTranslation("list.filter.languages"),
                all.languages().keySet().stream()
                        .sorted((a, b) -> CatalogueService.languageName(a, locale)
                                .compareTo(CatalogueService.languageName(b, locale)))
                        .toList(),
                code -> CatalogueService.languageName(code, locale),
                query.get().languages(),
                selected -> update.accept(query.get().withLanguages(selected)));
        specialisations = new FacetGroup(
                "filter-specialisations",
                getTranslation("list.filter.specialisations"),
                all.specialisations().keySet().stream()
                        .sorted((a, b) -> specialisationNames
                                .getOrDefault(a, a)
                                .compareTo(specialisationNames.getOrDefault(b, b)))
                        .toList(),
                code -> specialisationNames.getOrDefault(code, code),
                query.get().specialisations(),
                selected -> update.accept(query.get().withSpecialisations(selected)));

        providerType.setLabel(getTranslation("list.filter.providerType"));
        List<String> types = new ArrayList<>(List.of(""));
        Arrays.stream(ProviderType.values())
                .filter(t -> all.providerTypes().containsKey(t.name()))
                .forEach(t -> types.add(t.name()));
        providerType.setItems(types);
        providerType.setItemLabelGenerator(t -> t.isEmpty()
                ? getTranslation("list.filter.providerType.all")
                : label(getTranslation("providertype." + t), typeCounts.getOrDefault(t, 0L)));
        providerType.setValue(typeOf(query.get()));
        providerType.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                update.accept(query.get()
                        .withProviderType(
                                e.getValue() == null || e.getValue().isEmpty()
                                        ? null
                                        : ProviderType.valueOf(e.getValue())));
            }
        });
        providerType.addClassName("filter-group");

        takingNew.setLabel(getTranslation("list.filter.takingNew"));
        takingNew.setValue(query.get().onlyTakingNewCustomers());
        takingNew.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                update.accept(query.get().withOnlyTakingNewCustomers(e.getValue()));
            }
        });

        Button clear = new Button(getTranslation("list.filter.clear"), e -> clearAll.run());
        clear.addClassName("clear-filters");
        // Done filtering: closes the filters on a phone and takes the visitor to the results.
        showResults.addClassName("show-results");
        showResults.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        showResults.addClickListener(e -> done.run());

        Section filters = getContent();
        filters.addClassName("filters");
        H2 filtersHeading = new H2(getTranslation("list.filters.heading"));
        filtersHeading.setId("filters-heading");
        filters.getElement().setAttribute("aria-labelledby", "filters-heading");
        filters.setId("filters");
        filters.add(filtersHeading, area, languages, specialisations, providerType, takingNew, showResults, clear);
        showCounts(facets, areaCounts, typeCounts, query.get());
    }

    /** How many filters the visitor has set: "Filtrera (n)". */
    static int active(OfferingQuery query) {
        return (query.area() == null ? 0 : 1)
                + query.languages().size()
                + query.specialisations().size()
                + (query.providerType() == null ? 0 : 1)
                + (query.onlyTakingNewCustomers() ? 1 : 0);
    }

    private static String typeOf(OfferingQuery query) {
        return query.providerType() == null ? "" : query.providerType().name();
    }

    private String label(String name, long count) {
        return getTranslation("list.filter.count", name, count);
    }

    /**
     * The options' counts for the query now shown, and the query's own values.
     *
     * @param areas counts per area of the query without its area (choosing an area replaces it)
     * @param types counts per provider type of the query without its type
     */
    void showCounts(Facets current, Map<String, Long> areas, Map<String, Long> types, OfferingQuery query) {
        facets = current;
        areaCounts = areas;
        typeCounts = types;
        // Re-setting the generators re-renders the option labels with the new counts; that may
        // reset a field's value, so the query's state is put back (listeners ignore it: not from
        // the client). An option that would leave nothing cannot be picked.
        area.setItemLabelGenerator(area.getItemLabelGenerator());
        area.setItemEnabledProvider(
                code -> code == null || code.equals(query.area()) || areaCounts.getOrDefault(code, 0L) > 0);
        languages.showCounts(code -> facets.languages().getOrDefault(code, 0L), this::label);
        specialisations.showCounts(code -> facets.specialisations().getOrDefault(code, 0L), this::label);
        providerType.setItemLabelGenerator(providerType.getItemLabelGenerator());
        providerType.setItemEnabledProvider(
                t -> t.isEmpty() || t.equals(typeOf(query)) || typeCounts.getOrDefault(t, 0L) > 0);
        takingNew.setEnabled(query.onlyTakingNewCustomers() || facets.takingNewCustomers() > 0);
        area.setValue(query.area());
        providerType.setValue(typeOf(query));
        showResults.setText(getTranslation("list.filter.showResults", facets.total()));
    }
}
