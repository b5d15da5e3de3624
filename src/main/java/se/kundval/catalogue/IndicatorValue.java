package se.kundval.catalogue;

import java.math.BigDecimal;

import se.kundval.register.IndicatorUnit;

/**
 * A quality indicator as shown to residents. {@code value} is null when it must not be shown as a
 * number: not measured, or fewer than {@link QualityIndicator#MIN_RESPONDENTS} respondents.
 */
public record IndicatorValue(
        String code,
        String name,
        IndicatorUnit unit,
        boolean higherIsBetter,
        int year,
        BigDecimal value,
        Integer respondents,
        String source,
        Status status) {

    public enum Status {
        SHOWN,
        TOO_FEW_ANSWERS,
        NOT_MEASURED
    }
}
