package se.kundval.register;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.register.internal.AreaRepository;
import se.kundval.register.internal.IndicatorDefinitionRepository;
import se.kundval.register.internal.ServicePointRepository;
import se.kundval.register.internal.ServiceTypeRepository;
import se.kundval.register.internal.SpecialisationRepository;

/**
 * The registers as other modules' services read them (by code, or all in their order). People
 * change the registers only through {@link CatalogueAdminService}; the start-up import writes
 * through {@link #save}.
 */
@Component
@Transactional(readOnly = true)
public class Registers {

    private final ServiceTypeRepository serviceTypes;
    private final AreaRepository areas;
    private final SpecialisationRepository specialisations;
    private final ServicePointRepository servicePoints;
    private final IndicatorDefinitionRepository indicators;

    Registers(
            ServiceTypeRepository serviceTypes,
            AreaRepository areas,
            SpecialisationRepository specialisations,
            ServicePointRepository servicePoints,
            IndicatorDefinitionRepository indicators) {
        this.serviceTypes = serviceTypes;
        this.areas = areas;
        this.specialisations = specialisations;
        this.servicePoints = servicePoints;
        this.indicators = indicators;
    }

    public Optional<ServiceType> serviceType(String code) {
        return serviceTypes.findByCode(code);
    }

    /** In the municipality's order (sort order, then code). */
    public List<ServiceType> serviceTypes() {
        return serviceTypes.findAllByOrderBySortOrderAscCodeAsc();
    }

    public Optional<Area> area(String code) {
        return areas.findByCode(code);
    }

    public List<Area> areas() {
        return areas.findAll();
    }

    public Optional<Specialisation> specialisation(String code) {
        return specialisations.findByCode(code);
    }

    public List<Specialisation> specialisations() {
        return specialisations.findAll();
    }

    public Optional<ServicePoint> servicePoint(String code) {
        return servicePoints.findByCode(code);
    }

    public List<ServicePoint> servicePoints() {
        return servicePoints.findAll();
    }

    public Optional<IndicatorDefinition> indicator(String code) {
        return indicators.findByCode(code);
    }

    public List<IndicatorDefinition> indicators() {
        return indicators.findAll();
    }

    /** For the start-up import: stores a new or changed register row in the caller's transaction. */
    @Transactional
    public <T extends CodedReference> T save(T row) {
        return switch (row) {
            case ServiceType t -> cast(serviceTypes.save(t));
            case Area a -> cast(areas.save(a));
            case Specialisation s -> cast(specialisations.save(s));
            case ServicePoint p -> cast(servicePoints.save(p));
            case IndicatorDefinition i -> cast(indicators.save(i));
            default ->
                throw new IllegalArgumentException(
                        "not a register row: " + row.getClass().getSimpleName());
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
