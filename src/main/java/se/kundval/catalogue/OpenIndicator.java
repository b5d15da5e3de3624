package se.kundval.catalogue;

import java.math.BigDecimal;

import se.kundval.register.IndicatorUnit;
import se.kundval.shared.LocalizedText;

/**
 * The latest published value of one quality indicator for an offering's provider and service type.
 * {@code value} is null when it must not be shown: not measured, or fewer than
 * {@link QualityIndicator#MIN_RESPONDENTS} respondents ({@code tooFewRespondents}), as on the pages.
 */
public record OpenIndicator(
        String code,
        LocalizedText name,
        IndicatorUnit unit,
        boolean higherIsBetter,
        int year,
        BigDecimal value,
        Integer respondents,
        String source,
        boolean tooFewRespondents) {}
