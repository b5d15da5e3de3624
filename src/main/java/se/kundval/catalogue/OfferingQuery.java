package se.kundval.catalogue;

import java.util.Set;
import se.kundval.provider.ProviderType;

/**
 * What a visitor asks the result list for. {@code order} picks the visitor's neutral order; the
 * text is plain words, never query syntax.
 */
public record OfferingQuery(String serviceType, String text, String area, Set<String> languages,
        Set<String> specialisations, ProviderType providerType, boolean onlyTakingNewCustomers, OfferingSort sort,
        int order) {

    /** Longest text that is searched; the rest is ignored, so a huge input cannot slow the search. */
    public static final int MAX_TEXT = 200;

    public OfferingQuery {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        specialisations = specialisations == null ? Set.of() : Set.copyOf(specialisations);
        sort = sort == null ? OfferingSort.NEUTRAL : sort;
        text = text == null ? "" : text.length() > MAX_TEXT ? cut(text) : text;
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

    public OfferingQuery withText(String newText) {
        return new OfferingQuery(serviceType, newText, area, languages, specialisations, providerType,
                onlyTakingNewCustomers, sort, order);
    }

    public OfferingQuery withArea(String newArea) {
        return new OfferingQuery(serviceType, text, newArea, languages, specialisations, providerType,
                onlyTakingNewCustomers, sort, order);
    }

    public OfferingQuery withLanguages(Set<String> newLanguages) {
        return new OfferingQuery(serviceType, text, area, newLanguages, specialisations, providerType,
                onlyTakingNewCustomers, sort, order);
    }

    public OfferingQuery withSpecialisations(Set<String> newSpecialisations) {
        return new OfferingQuery(serviceType, text, area, languages, newSpecialisations, providerType,
                onlyTakingNewCustomers, sort, order);
    }

    public OfferingQuery withProviderType(ProviderType newType) {
        return new OfferingQuery(serviceType, text, area, languages, specialisations, newType,
                onlyTakingNewCustomers, sort, order);
    }

    public OfferingQuery withOnlyTakingNewCustomers(boolean only) {
        return new OfferingQuery(serviceType, text, area, languages, specialisations, providerType, only, sort, order);
    }

    public OfferingQuery withSort(OfferingSort newSort) {
        return new OfferingQuery(serviceType, text, area, languages, specialisations, providerType,
                onlyTakingNewCustomers, newSort, order);
    }
}
