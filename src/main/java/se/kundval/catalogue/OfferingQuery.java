package se.kundval.catalogue;

import java.util.Set;

import se.kundval.provider.ProviderType;

/**
 * What a visitor asks the result list for. {@code order} picks the visitor's neutral order; the
 * text is plain words, never query syntax.
 */
public record OfferingQuery(
        String serviceType,
        String text,
        String area,
        Set<String> languages,
        Set<String> specialisations,
        ProviderType providerType,
        boolean onlyTakingNewCustomers,
        OfferingSort sort,
        int order,
        Wishes wishes) {

    /** Longest text that is searched; the rest is ignored, so a huge input cannot slow the search. */
    public static final int MAX_TEXT = 200;

    public OfferingQuery {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        specialisations = specialisations == null ? Set.of() : Set.copyOf(specialisations);
        sort = sort == null ? OfferingSort.NEUTRAL : sort;
        text = text == null ? "" : text.length() > MAX_TEXT ? cut(text) : text;
        wishes = wishes == null ? Wishes.NONE : wishes;
        if (sort == OfferingSort.WISHES && wishes.isEmpty()) {
            sort = OfferingSort.NEUTRAL;
        }
    }

    /** A query without a resident's wishes (anyone browsing). */
    public OfferingQuery(
            String serviceType,
            String text,
            String area,
            Set<String> languages,
            Set<String> specialisations,
            ProviderType providerType,
            boolean onlyTakingNewCustomers,
            OfferingSort sort,
            int order) {
        this(
                serviceType,
                text,
                area,
                languages,
                specialisations,
                providerType,
                onlyTakingNewCustomers,
                sort,
                order,
                Wishes.NONE);
    }

    /**
     * What a resident asked for in the guidance conversation. They do not filter: they rank, and
     * each card says which ones it meets.
     */
    public record Wishes(Set<String> languages, Set<String> specialisations) {
        public static final Wishes NONE = new Wishes(Set.of(), Set.of());

        public Wishes {
            languages = languages == null ? Set.of() : Set.copyOf(languages);
            specialisations = specialisations == null ? Set.of() : Set.copyOf(specialisations);
        }

        public boolean isEmpty() {
            return languages.isEmpty() && specialisations.isEmpty();
        }

        public int size() {
            return languages.size() + specialisations.size();
        }
    }

    /** Cuts at the last space before the limit, so no half word is searched for. */
    private static String cut(String text) {
        String head = text.substring(0, MAX_TEXT);
        int space = head.lastIndexOf(' ');
        return space > 0 ? head.substring(0, space) : head;
    }

    public static OfferingQuery all(String serviceType, int order) {
        return new OfferingQuery(serviceType, "", null, Set.of(), Set.of(), null, false, OfferingSort.NEUTRAL, order);
    }

    /** True when nothing narrows the result: the counts are those of the whole service type. */
    public boolean isUnfiltered() {
        return CatalogueService.searchWords(text).isEmpty()
                && area == null
                && languages.isEmpty()
                && specialisations.isEmpty()
                && providerType == null
                && !onlyTakingNewCustomers;
    }

    public OfferingQuery withText(String newText) {
        return new OfferingQuery(
                serviceType,
                newText,
                area,
                languages,
                specialisations,
                providerType,
                onlyTakingNewCustomers,
                sort,
                order,
                wishes);
    }

    public OfferingQuery withArea(String newArea) {
        return new OfferingQuery(
                serviceType,
                text,
                newArea,
                languages,
                specialisations,
                providerType,
                onlyTakingNewCustomers,
                sort,
                order,
                wishes);
    }

    public OfferingQuery withLanguages(Set<String> newLanguages) {
        return new OfferingQuery(
                serviceType,
                text,
                area,
                newLanguages,
                specialisations,
                providerType,
                onlyTakingNewCustomers,
                sort,
                order,
                wishes);
    }

    public OfferingQuery withSpecialisations(Set<String> newSpecialisations) {
        return new OfferingQuery(
                serviceType,
                text,
                area,
                languages,
                newSpecialisations,
                providerType,
                onlyTakingNewCustomers,
                sort,
                order,
                wishes);
    }

    public OfferingQuery withProviderType(ProviderType newType) {
        return new OfferingQuery(
                serviceType,
                text,
                area,
                languages,
                specialisations,
                newType,
                onlyTakingNewCustomers,
                sort,
                order,
                wishes);
    }

    public OfferingQuery withOnlyTakingNewCustomers(boolean only) {
        return new OfferingQuery(
                serviceType, text, area, languages, specialisations, providerType, only, sort, order, wishes);
    }

    public OfferingQuery withSort(OfferingSort newSort) {
        return new OfferingQuery(
                serviceType,
                text,
                area,
                languages,
                specialisations,
                providerType,
                onlyTakingNewCustomers,
                newSort,
                order,
                wishes);
    }

    public OfferingQuery withWishes(Wishes newWishes) {
        return new OfferingQuery(
                serviceType,
                text,
                area,
                languages,
                specialisations,
                providerType,
                onlyTakingNewCustomers,
                sort,
                order,
                newWishes);
    }
}
