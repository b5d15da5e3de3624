package se.kundval.register;

import static se.kundval.shared.FieldChecks.*;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.identity.Role;
import se.kundval.register.internal.AreaRepository;
import se.kundval.register.internal.ServicePointRepository;
import se.kundval.register.internal.ServiceTypeRepository;
import se.kundval.register.internal.SpecialisationRepository;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.GeoPoint;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;

/**
 * The commissioning officers' administration of the catalogue's vocabulary: areas, service
 * points, specialisations, service types and their requirements. Everything is validated; deleting
 * something still in use is refused with the reason. An edited record is marked as the portal's,
 * so the start-up import of providers-data no longer overwrites it.
 */
@Service
@Transactional
public class CatalogueAdminService {

    @PersistenceContext
    private EntityManager entityManager;

    private final AreaRepository areas;
    private final SpecialisationRepository specialisations;
    private final ServicePointRepository servicePoints;
    private final ServiceTypeRepository serviceTypes;

    CatalogueAdminService(
            AreaRepository areas,
            SpecialisationRepository specialisations,
            ServicePointRepository servicePoints,
            ServiceTypeRepository serviceTypes) {
        this.areas = areas;
        this.specialisations = specialisations;
        this.servicePoints = servicePoints;
        this.serviceTypes = serviceTypes;
    }

    /*
     * Every form carries the version of the record it was filled from (null: a new record), so a
     * save never silently overwrites what someone else saved meanwhile (ConcurrentEditException).
     */

    /** An area as the admin page shows and edits it. */
    public record AreaForm(String code, String name, Double lat, Double lon, Long version) {}

    /** A service point as the admin page shows and edits it. */
    public record ServicePointForm(
            String code, String name, String areaCode, String address, String hoursSv, String hoursEn, Long version) {}

    /** A term of the specialisation vocabulary. */
    public record SpecialisationForm(String code, String nameSv, String nameEn, Long version) {}

    /** A requirement of a service type's checklist. */
    /** The editable terms of a service type. */
    public record ServiceTypeForm(
            String code,
            String nameSv,
            String nameEn,
            String descriptionSv,
            String descriptionEn,
            ScopeUnit scopeUnit,
            Delivery delivery,
            int choiceDeadlineDays,
            int noticePeriodDays,
            int firstContactWorkingDays,
            DefaultProviderRule defaultRule,
            String defaultRuleSv,
            String defaultRuleEn,
            Long version) {}

    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public List<AreaForm> areas() {
        return areas.findAll().stream()
                .sorted(Comparator.comparing(Area::getName))
                .map(a -> new AreaForm(
                        a.getCode(),
                        a.getName(),
                        a.getCentre() == null ? null : a.getCentre().lat(),
                        a.getCentre() == null ? null : a.getCentre().lon(),
                        a.getVersion()))
                .toList();
    }

    /** Creates the area or, if its code exists, changes it. */
    @RolesAllowed(Role.HUVUDMAN)
    public void saveArea(AreaForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        code(problems, form.code());
        text(problems, "name", form.name(), 120);
        if (form.lat() == null
                || form.lon() == null
                || form.lat() < 55
                || form.lat() > 70
                || form.lon() < 10
                || form.lon() > 25) {
            problems.put("centre", "commission.admin.centre.invalid");
        }
        failIf(problems);
        Area area = editable(
                areas.findByCode(form.code()), form.version(), () -> new Area(form.code(), RecordOrigin.PORTAL));
        area.setName(form.name().strip());
        area.setCentre(new GeoPoint(form.lat(), form.lon()));
        area.markEditedInPortal();
        store(areas, area);
    }

    @RolesAllowed(Role.HUVUDMAN)
    public void deleteArea(String code) {
        Area area = areas.findByCode(code).orElseThrow(() -> notFound());
        if (uses("select count(o) from Offering o join o.areas a where a = :x", area) > 0
                || uses("select count(r) from Resident r where r.area = :x", area) > 0
                || uses("select count(s) from ServicePoint s where s.area = :x", area) > 0) {
            throw new InvalidInputException(Map.of("delete", "commission.admin.area.inUse"));
        }
        areas.delete(area);
    }

    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public List<SpecialisationForm> specialisations() {
        return specialisations.findAll().stream()
                .sorted(Comparator.comparing(Specialisation::getCode))
                .map(s -> new SpecialisationForm(
                        s.getCode(), s.getName().sv(), s.getName().en(), s.getVersion()))
                .toList();
    }

    @RolesAllowed(Role.HUVUDMAN)
    public void saveSpecialisation(SpecialisationForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        code(problems, form.code());
        text(problems, "nameSv", form.nameSv(), 120);
        optional(problems, "nameEn", form.nameEn(), 120);
        failIf(problems);
        Specialisation s = editable(
                specialisations.findByCode(form.code()),
                form.version(),
                () -> new Specialisation(form.code(), RecordOrigin.PORTAL));
        s.setName(new LocalizedText(form.nameSv().strip(), blankToNull(form.nameEn())));
        s.markEditedInPortal();
        store(specialisations, s);
    }

    @RolesAllowed(Role.HUVUDMAN)
    public void deleteSpecialisation(String code) {
        Specialisation s = specialisations.findByCode(code).orElseThrow(() -> notFound());
        if (uses("select count(o) from Offering o join o.specialisations x where x = :x", s) > 0
                || uses("select count(e) from ChoiceEntitlement e join e.wishedSpecialisations x where x = :x", s)
                        > 0) {
            throw new InvalidInputException(Map.of("delete", "commission.admin.specialisation.inUse"));
        }
        specialisations.delete(s);
    }

    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public List<ServicePointForm> servicePoints() {
        return servicePoints.findAll().stream()
                .sorted(Comparator.comparing(ServicePoint::getName))
                .map(p -> new ServicePointForm(
                        p.getCode(),
                        p.getName(),
                        p.getArea().getCode(),
                        p.getAddress(),
                        p.getOpeningHours() == null ? null : p.getOpeningHours().sv(),
                        p.getOpeningHours() == null ? null : p.getOpeningHours().en(),
                        p.getVersion()))
                .toList();
    }

    @RolesAllowed(Role.HUVUDMAN)
    public void saveServicePoint(ServicePointForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        code(problems, form.code());
        text(problems, "name", form.name(), 200);
        text(problems, "address", form.address(), 300);
        optional(problems, "hoursSv", form.hoursSv(), 300);
        optional(problems, "hoursEn", form.hoursEn(), 300);
        Area area = form.areaCode() == null
                ? null
                : areas.findByCode(form.areaCode()).orElse(null);
        if (area == null) {
            problems.put("area", "commission.admin.area.required");
        }
        failIf(problems);
        ServicePoint p = editable(
                servicePoints.findByCode(form.code()),
                form.version(),
                () -> new ServicePoint(form.code(), RecordOrigin.PORTAL));
        p.setName(form.name().strip());
        p.setArea(area);
        p.setAddress(form.address().strip());
        p.setOpeningHours(
                blankToNull(form.hoursSv()) == null
                        ? null
                        : new LocalizedText(form.hoursSv().strip(), blankToNull(form.hoursEn())));
        p.markEditedInPortal();
        store(servicePoints, p);
    }

    @RolesAllowed(Role.HUVUDMAN)
    public void deleteServicePoint(String code) {
        ServicePoint p = servicePoints.findByCode(code).orElseThrow(() -> notFound());
        if (uses("select count(c) from Choice c where c.servicePoint = :x", p) > 0) {
            throw new InvalidInputException(Map.of("delete", "commission.admin.servicePoint.inUse"));
        }
        servicePoints.delete(p);
    }

    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public List<ServiceTypeForm> serviceTypes() {
        return serviceTypes.findAllByOrderBySortOrderAscCodeAsc().stream()
                .map(t -> new ServiceTypeForm(
                        t.getCode(),
                        t.getName().sv(),
                        t.getName().en(),
                        t.getDescription().sv(),
                        t.getDescription().en(),
                        t.getScopeUnit(),
                        t.getDelivery(),
                        t.getChoiceDeadlineDays(),
                        t.getNoticePeriodDays(),
                        t.getFirstContactWorkingDays(),
                        t.getDefaultRule(),
                        t.getDefaultRuleExplanation() == null
                                ? null
                                : t.getDefaultRuleExplanation().sv(),
                        t.getDefaultRuleExplanation() == null
                                ? null
                                : t.getDefaultRuleExplanation().en(),
                        t.getVersion()))
                .toList();
    }

    /** Changes an existing service type's terms (new service types come with providers-data). */
    @RolesAllowed(Role.HUVUDMAN)
    public void saveServiceType(ServiceTypeForm form) {
        ServiceType t = serviceTypes.findByCode(form.code()).orElseThrow(() -> notFound());
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "nameSv", form.nameSv(), 120);
        optional(problems, "nameEn", form.nameEn(), 120);
        text(problems, "descriptionSv", form.descriptionSv(), 500);
        optional(problems, "descriptionEn", form.descriptionEn(), 500);
        text(problems, "defaultRuleSv", form.defaultRuleSv(), 1000);
        optional(problems, "defaultRuleEn", form.defaultRuleEn(), 1000);
        if (form.scopeUnit() == null) {
            problems.put("scopeUnit", "commission.admin.required");
        }
        if (form.delivery() == null) {
            problems.put("delivery", "commission.admin.required");
        }
        if (form.defaultRule() == null) {
            problems.put("defaultRule", "commission.admin.required");
        } else if (form.defaultRule() == DefaultProviderRule.MUNICIPAL_OWN_PRODUCTION
                && t.getDefaultProviderId() == null) {
            problems.put("defaultRule", "commission.admin.defaultRule.noMunicipalProvider");
        }
        range(problems, "choiceDeadlineDays", form.choiceDeadlineDays(), 1, 90);
        range(problems, "noticePeriodDays", form.noticePeriodDays(), 0, 90);
        range(problems, "firstContactWorkingDays", form.firstContactWorkingDays(), 1, 30);
        failIf(problems);
        sameVersion(form.version(), t.getVersion());
        t.setName(new LocalizedText(form.nameSv().strip(), blankToNull(form.nameEn())));
        t.setDescription(new LocalizedText(form.descriptionSv().strip(), blankToNull(form.descriptionEn())));
        t.setScopeUnit(form.scopeUnit());
        t.setDelivery(form.delivery());
        t.setChoiceDeadlineDays(form.choiceDeadlineDays());
        t.setNoticePeriodDays(form.noticePeriodDays());
        t.setFirstContactWorkingDays(form.firstContactWorkingDays());
        t.setDefaultRule(form.defaultRule());
        t.setDefaultRuleExplanation(new LocalizedText(form.defaultRuleSv().strip(), blankToNull(form.defaultRuleEn())));
        t.markEditedInPortal();
        store(serviceTypes, t);
    }

    /** The stored record in the version the person saw, or a new one if there is none. */
    private static <T extends CodedReference> T editable(Optional<T> stored, Long seenVersion, Supplier<T> create) {
        if (stored.isEmpty()) {
            return create.get();
        }
        sameVersion(seenVersion, stored.get().getVersion());
        return stored.get();
    }

    /** Saves now, so a save that raced another one fails here, as a concurrent edit. */
    private static <T> void store(JpaRepository<T, Long> repository, T row) {
        try {
            repository.saveAndFlush(row);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
    }

    private long uses(String jpql, Object value) {
        return entityManager
                .createQuery(jpql, Long.class)
                .setParameter("x", value)
                .getSingleResult();
    }
}
