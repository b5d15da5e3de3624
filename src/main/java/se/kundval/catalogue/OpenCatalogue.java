package se.kundval.catalogue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.Provider;
import se.kundval.register.Area;
import se.kundval.register.IndicatorDefinition;
import se.kundval.register.Registers;
import se.kundval.register.ServiceType;
import se.kundval.register.Specialisation;

/**
 * The public catalogue for the open-data API (HSDS): plain records of what the portal's public
 * pages show, and nothing else. The open-data feature reads the catalogue only through this class.
 * Queries are bounded per page: one for the ids, one for the offerings with their provider,
 * accreditation and service type, one batch per collection (batch fetching) and one for the
 * quality indicators.
 */
@Service
@Transactional(readOnly = true)
public class OpenCatalogue {

    /** Metres per degree of latitude; distances are computed on a local flat approximation (a municipality is small). */
    private static final double METRES_PER_DEGREE = 111_320.0;

    /** A listing is public when approved and written in Swedish (as {@link Offering#isListed()}). */
    private static final String WRITTEN_IN_SWEDISH = """
            exists (select 1 from Offering sv join sv.texts svt
                    where sv.id = o.id and key(svt) = 'sv' and trim(svt.summary) <> '')""";

    @PersistenceContext
    private EntityManager entityManager;

    private final Registers registers;

    OpenCatalogue(Registers registers) {
        this.registers = registers;
    }

    /** How many listed offerings match. */
    @PermitAll
    public long countOfferings(OpenOfferingFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> query = entityManager.createQuery(
                "select count(o) from Offering o join o.accreditation a join o.provider p where " + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Listed offerings that match, in the order of their codes (stable, so pages never overlap). */
    @PermitAll
    public List<OpenOffering> offerings(OpenOfferingFilter filter, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> query = entityManager.createQuery(
                "select o.id from Offering o join o.accreditation a join o.provider p where " + where
                        + " order by o.code",
                Long.class);
        parameters.forEach(query::setParameter);
        List<Long> ids = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        return load(ids);
    }

    /**
     * One offering by code: a listed one, or one that was listed until its provider was suspended or
     * revoked (then {@link OpenOffering#active()} is false). Never a listing that was never public.
     */
    @PermitAll
    public Optional<OpenOffering> offering(String code) {
        List<Long> ids = entityManager
                .createQuery(
                        "select o.id from Offering o join o.accreditation a where o.code = :code"
                                + " and a.status in :statuses and " + WRITTEN_IN_SWEDISH,
                        Long.class)
                .setParameter("code", code)
                .setParameter(
                        "statuses",
                        Set.of(
                                AccreditationStatus.APPROVED,
                                AccreditationStatus.SUSPENDED,
                                AccreditationStatus.REVOKED))
                .getResultList();
        return load(ids).stream().findFirst();
    }

    /** The codes of every offering {@link #offering(String)} answers for. */
    @PermitAll
    public List<String> publicOfferingCodes() {
        return entityManager
                .createQuery(
                        "select o.code from Offering o join o.accreditation a where a.status in :statuses" + " and "
                                + WRITTEN_IN_SWEDISH,
                        String.class)
                .setParameter(
                        "statuses",
                        Set.of(
                                AccreditationStatus.APPROVED,
                                AccreditationStatus.SUSPENDED,
                                AccreditationStatus.REVOKED))
                .getResultList();
    }

    /** Every provider with at least one listed offering, by organisation number. */
    @PermitAll
    public List<OpenProvider> providers() {
        return providers(null);
    }

    /** Those of these providers (organisation numbers) that have at least one listed offering. */
    @PermitAll
    public List<OpenProvider> providers(Collection<String> orgnrs) {
        if (orgnrs != null && orgnrs.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = entityManager
                .createQuery(
                        """
                select p.id, st.code, st.sortOrder, max(o.modifiedAt) from Offering o join o.accreditation a
                join o.provider p join o.serviceType st
                where a.status = :approved and %s %s
                group by p.id, st.code, st.sortOrder
                """.formatted(WRITTEN_IN_SWEDISH, orgnrs == null ? "" : "and p.orgnr in :orgnrs"),
                        Object[].class)
                .setParameter("approved", AccreditationStatus.APPROVED);
        if (orgnrs != null) {
            query.setParameter("orgnrs", orgnrs);
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, List<Object[]>> byProvider = rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0]));
        if (byProvider.isEmpty()) {
            return List.of();
        }
        List<Provider> providers = entityManager
                .createQuery("select p from Provider p where p.id in :ids", Provider.class)
                .setParameter("ids", byProvider.keySet())
                .getResultList();
        return providers.stream()
                .map(p -> {
                    List<Object[]> types = byProvider.get(p.getId());
                    types.sort(
                            Comparator.comparing((Object[] r) -> (Integer) r[2]).thenComparing(r -> (String) r[1]));
                    Instant modified = types.stream()
                            .map(r -> (Instant) r[3])
                            .max(Comparator.naturalOrder())
                            .orElse(null);
                    return new OpenProvider(
                            p.getOrgnr().toString(),
                            p.getName(),
                            p.getType() == null ? null : p.getType().name(),
                            p.getLegalForm(),
                            p.getAddress(),
                            p.getPhone(),
                            p.getEmail(),
                            p.getWebsite(),
                            types.stream().map(r -> (String) r[1]).toList(),
                            modified);
                })
                .sorted(Comparator.comparing(OpenProvider::orgnr))
                .toList();
    }

    /** The terms of the Kundval taxonomy: service types in the municipality's order, then specialisations by code. */
    @PermitAll
    public List<OpenTerm> terms() {
        List<OpenTerm> terms = new ArrayList<>();
        registers.serviceTypes().stream()
                .sorted(Comparator.comparing(ServiceType::getSortOrder).thenComparing(ServiceType::getCode))
                .forEach(st -> terms.add(
                        new OpenTerm(OpenTerm.Kind.SERVICE_TYPE, st.getCode(), st.getName(), st.getDescription())));
        registers.specialisations().stream()
                .sorted(Comparator.comparing(Specialisation::getCode))
                .forEach(s -> terms.add(new OpenTerm(OpenTerm.Kind.SPECIALISATION, s.getCode(), s.getName(), null)));
        return terms;
    }

    @PermitAll
    public List<OpenArea> areas() {
        return registers.areas().stream()
                .sorted(Comparator.comparing(Area::getCode))
                .map(a -> new OpenArea(a.getCode(), a.getName(), a.getCentre()))
                .toList();
    }

    /**
     * The catalogue's current version and last change, in one statement over small aggregates, so a
     * harvester's repeated request can be answered "not modified" without building the answer.
     */
    @PermitAll
    public OpenCatalogueStamp stamp() {
        StringBuilder sql = new StringBuilder("select concat_ws('-'");
        for (String table : List.of(
                "offering",
                "provider",
                "accreditation",
                "service_type",
                "area",
                "specialisation",
                "quality_indicator",
                "indicator_definition")) {
            sql.append(", (select count(*) from ")
                    .append(table)
                    .append("), (select coalesce(sum(version), 0) from ")
                    .append(table)
                    .append(")");
        }
        // Microseconds since the epoch, by plain arithmetic: DATETIMEs are stored in UTC
        // (hibernate.jdbc.time_zone), and this reads them without the session's time zone.
        sql.append(", (select max(modified_at) from offering)),"
                + " timestampdiff(microsecond, '1970-01-01 00:00:00', greatest(coalesce((select max(modified_at) from offering), '1970-01-02'),"
                + " coalesce((select max(recorded_at) from accreditation_event), '1970-01-02')))");
        Query query = entityManager.createNativeQuery(sql.toString());
        Object[] row = (Object[]) query.getSingleResult();
        // MariaDB types a concatenation of numbers and dates as binary: the driver hands out bytes.
        String version =
                row[0] instanceof byte[] bytes ? new String(bytes, StandardCharsets.US_ASCII) : String.valueOf(row[0]);
        return new OpenCatalogueStamp(version, instant(row[1]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Number micros) {
            return Instant.EPOCH.plus(micros.longValue(), ChronoUnit.MICROS);
        }
        return Instant.ofEpochSecond(86_400);
    }

    private static String where(OpenOfferingFilter f, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("a.status = :approved and ").append(WRITTEN_IN_SWEDISH);
        parameters.put("approved", AccreditationStatus.APPROVED);
        if (f.serviceTypeCode() != null) {
            where.append(" and o.serviceType.code = :serviceType");
            parameters.put("serviceType", f.serviceTypeCode());
        }
        if (f.specialisationCode() != null) {
            where.append(" and exists (select 1 from Offering so join so.specialisations s where so.id = o.id"
                    + " and s.code = :specialisation)");
            parameters.put("specialisation", f.specialisationCode());
        }
        if (f.providerOrgnrs() != null) {
            where.append(" and p.orgnr in :orgnrs");
            parameters.put("orgnrs", f.providerOrgnrs().isEmpty() ? Set.of("-") : f.providerOrgnrs());
        }
        if (f.modifiedAfter() != null) {
            where.append(" and o.modifiedAt >= :modifiedAfter");
            parameters.put("modifiedAfter", f.modifiedAfter());
        }
        if (f.search() != null && !f.search().isBlank()) {
            // Each word must occur somewhere (AND); the collation makes LIKE case-insensitive.
            String[] words = f.search().trim().split("\\s+");
            for (int i = 0; i < Math.min(words.length, 10); i++) {
                String name = "word" + i;
                where.append(" and (p.name like :")
                        .append(name)
                        .append(" escape '!' or o.unitName like :")
                        .append(name)
                        .append(
                                " escape '!' or exists (select 1 from Offering tx join tx.texts t where tx.id = o.id and")
                        .append(" (t.summary like :")
                        .append(name)
                        .append(" escape '!' or t.description like :")
                        .append(name)
                        .append(" escape '!')))");
                parameters.put(name, "%" + escapeLike(words[i]) + "%");
            }
        }
        if (f.premisesOnly() || f.postcode() != null || f.near() != null) {
            where.append(" and o.address is not null and o.location is not null");
        }
        if (f.postcode() != null) {
            where.append(" and replace(o.address, ' ', '') like :postcode escape '!'");
            parameters.put("postcode", "%" + escapeLike(f.postcode().replace(" ", "")) + "%");
        }
        if (f.near() != null && f.withinMetres() != null) {
            double metresPerLon =
                    METRES_PER_DEGREE * Math.cos(Math.toRadians(f.near().lat()));
            where.append(" and ((o.location.lat - :lat) * :mLat) * ((o.location.lat - :lat) * :mLat)"
                    + " + ((o.location.lon - :lon) * :mLon) * ((o.location.lon - :lon) * :mLon) <= :r2");
            parameters.put("lat", f.near().lat());
            parameters.put("lon", f.near().lon());
            parameters.put("mLat", METRES_PER_DEGREE);
            parameters.put("mLon", metresPerLon);
            parameters.put("r2", (double) f.withinMetres() * f.withinMetres());
        }
        return where.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private List<OpenOffering> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Offering> byId =
                entityManager.createQuery("""
                select o from Offering o join fetch o.provider join fetch o.accreditation join fetch o.serviceType
                where o.id in :ids
                """, Offering.class).setParameter("ids", ids).getResultList().stream()
                        .collect(Collectors.toMap(Offering::getId, Function.identity()));
        Map<String, List<OpenIndicator>> indicators = indicators(byId.values());
        List<OpenOffering> result = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Offering o = byId.get(id);
            if (o != null) {
                result.add(toRecord(
                        o,
                        indicators.getOrDefault(
                                key(o.getProvider().getId(), o.getServiceType().getId()), List.of())));
            }
        }
        return result;
    }

    private static OpenOffering toRecord(Offering o, List<OpenIndicator> indicators) {
        return new OpenOffering(
                o.getCode(),
                o.getProvider().getOrgnr().toString(),
                o.getProvider().getName(),
                o.getUnitName(),
                o.getServiceType().getCode(),
                o.getAccreditation().getStatus().isListable(),
                o.getAccreditation().getValidFrom(),
                o.getLastConfirmed(),
                o.getModifiedAt(),
                new TreeMap<>(o.getTexts()),
                o.getLanguages().stream().sorted().toList(),
                o.getAreas().stream()
                        .sorted(Comparator.comparing(Area::getCode))
                        .map(a -> new OpenArea(a.getCode(), a.getName(), a.getCentre()))
                        .toList(),
                o.getSpecialisations().stream()
                        .map(Specialisation::getCode)
                        .sorted()
                        .toList(),
                o.getAddress(),
                o.getLocation(),
                o.getPhone(),
                o.getEmail(),
                o.getCapacity(),
                o.isTakesNewCustomers(),
                indicators);
    }

    /** The latest value of each indicator per provider and service type, for the offerings given, in one query. */
    private Map<String, List<OpenIndicator>> indicators(Collection<Offering> offerings) {
        Set<Long> providerIds =
                offerings.stream().map(o -> o.getProvider().getId()).collect(Collectors.toSet());
        if (providerIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, QualityIndicator>> latest = new HashMap<>();
        for (QualityIndicator qi : entityManager
                .createQuery(
                        "select qi from QualityIndicator qi join fetch qi.indicator where qi.provider.id in :ids",
                        QualityIndicator.class)
                .setParameter("ids", providerIds)
                .getResultList()) {
            latest.computeIfAbsent(
                            key(qi.getProvider().getId(), qi.getServiceType().getId()), k -> new LinkedHashMap<>())
                    .merge(qi.getIndicator().getCode(), qi, (x, y) -> x.getYear() >= y.getYear() ? x : y);
        }
        Map<String, List<OpenIndicator>> result = new HashMap<>();
        latest.forEach((key, byCode) -> result.put(
                key,
                byCode.values().stream()
                        .sorted(Comparator.comparing(
                                QualityIndicator::getIndicator, Comparator.comparing(IndicatorDefinition::getCode)))
                        .map(OpenCatalogue::indicator)
                        .toList()));
        return result;
    }

    private static OpenIndicator indicator(QualityIndicator qi) {
        IndicatorDefinition d = qi.getIndicator();
        boolean tooFew = qi.getValue() != null && !qi.isPublishable();
        return new OpenIndicator(
                d.getCode(),
                d.getName(),
                d.getUnit(),
                d.isHigherIsBetter(),
                qi.getYear(),
                qi.isPublishable() ? qi.getValue() : null,
                qi.getRespondents(),
                qi.getSource(),
                tooFew);
    }

    private static String key(Long providerId, Long serviceTypeId) {
        return providerId + "/" + serviceTypeId;
    }
}
