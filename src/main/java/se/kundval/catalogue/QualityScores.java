package se.kundval.catalogue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.internal.OfferingRepository;
import se.kundval.catalogue.internal.QualityIndicatorRepository;
import se.kundval.register.IndicatorDefinition;
import se.kundval.register.IndicatorUnit;
import se.kundval.register.Registers;
import se.kundval.register.ServiceType;

/**
 * Keeps each offering's sortable quality score in step with the published quality indicators:
 * the latest publishable value of the service type's main indicator (the first "higher is
 * better" percentage linked to it). Called after every import of indicators, in its transaction.
 */
@Component
public class QualityScores {

    private final Registers registers;
    private final OfferingRepository offerings;
    private final QualityIndicatorRepository indicators;

    QualityScores(Registers registers, OfferingRepository offerings, QualityIndicatorRepository indicators) {
        this.registers = registers;
        this.offerings = offerings;
        this.indicators = indicators;
    }

    /** The indicator a service type's catalogue can be sorted by, if any. */
    public Optional<IndicatorDefinition> sortIndicator(ServiceType type) {
        return registers.indicators().stream()
                .filter(d -> d.isHigherIsBetter() && d.getUnit() == IndicatorUnit.PERCENT)
                .filter(d ->
                        d.getServiceTypes().stream().anyMatch(st -> st.getId().equals(type.getId())))
                .min(Comparator.comparing(IndicatorDefinition::getId));
    }

    /** Recomputes every offering's score; changes only the rows whose score differs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute() {
        Map<Long, Optional<IndicatorDefinition>> byType = new HashMap<>();
        Map<String, Double> latest = new HashMap<>();
        for (QualityIndicator qi : indicators.findAll()) {
            if (!qi.isPublishable()) {
                continue;
            }
            String key = qi.getProvider().getId() + "/" + qi.getServiceType().getId() + "/"
                    + qi.getIndicator().getId();
            String yearKey = key + "#year";
            Double year = latest.get(yearKey);
            if (year == null || qi.getYear() > year) {
                latest.put(yearKey, (double) qi.getYear());
                latest.put(key, qi.getValue().doubleValue());
            }
        }
        List<Offering> all = offerings.findAll();
        for (Offering offering : all) {
            Optional<IndicatorDefinition> indicator = byType.computeIfAbsent(
                    offering.getServiceType().getId(), id -> sortIndicator(offering.getServiceType()));
            Double score = indicator
                    .map(d -> latest.get(offering.getProvider().getId() + "/"
                            + offering.getServiceType().getId() + "/" + d.getId()))
                    .orElse(null);
            if (!Objects.equals(score, offering.getQualityScore())) {
                offering.setQualityScore(score);
            }
        }
    }
}
