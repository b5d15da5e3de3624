package se.kundval.catalogue;

import java.math.BigDecimal;
import java.util.List;

import se.kundval.register.IndicatorUnit;

/**
 * Up to three offerings side by side, with every quality measure explained: what it means, which
 * way is better, and what to compare a figure with (the municipality's average, the national
 * figure when the source gives one).
 *
 * @param wishesMet per offering (in the offerings' order), which of the resident's wishes it
 *     meets; empty lists when no wishes were given
 * @param sources where the quality figures come from, each once
 */
public record Comparison(
        List<OfferingDetails> offerings,
        List<Measure> measures,
        List<List<OfferingCard.WishMet>> wishesMet,
        List<String> sources) {

    /**
     * One quality measure.
     *
     * @param explanation one line in plain language; null when the reference data has none
     * @param values the offerings' latest values, in the offerings' order; null where an offering
     *     has no figure for this measure
     * @param municipal the average of every provider of the service type with a figure, one per
     *     service type compared (usually one)
     * @param national the whole country's figure, when the source gives one
     */
    public record Measure(
            String code,
            String name,
            String explanation,
            IndicatorUnit unit,
            boolean higherIsBetter,
            List<IndicatorValue> values,
            List<Average> municipal,
            Reference national) {}

    /** The municipality's average for one service type: the mean of the providers' figures of one year. */
    public record Average(String serviceTypeName, int year, BigDecimal value, int providers) {}

    /** A figure to compare with, of one year. */
    public record Reference(int year, BigDecimal value) {}

    public boolean isEmpty() {
        return offerings.isEmpty();
    }
}
