package se.kundval.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.internal.AccessibilityFeedbackRepository;
import se.kundval.catalogue.internal.ListingErrorReportRepository;
import se.kundval.catalogue.internal.OfferingRepository;
import se.kundval.catalogue.internal.QualityIndicatorRepository;
import se.kundval.catalogue.search.ShuffleBinder;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.Provider;
import se.kundval.provider.ProviderType;
import se.kundval.register.Area;
import se.kundval.register.Delivery;
import se.kundval.register.IndicatorDefinition;
import se.kundval.register.Registers;
import se.kundval.register.ServicePoint;
import se.kundval.register.ServiceType;
import se.kundval.shared.AnonymousFormThrottle;
import se.kundval.shared.FieldChecks;
import se.kundval.shared.GeoPoint;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.Option;
import se.kundval.shared.TextLimits;

/**
 * The public catalogue: what anyone, logged in or not, may read about services and providers,
 * presented on equal terms (LOV): no paid placement, a neutral default order.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    /** A listing not confirmed by its provider for this long is flagged as possibly outdated. */
    public static final int STALE_AFTER_MONTHS = 12;

    private static final int MAX_WORDS = 10;
    private static final int MAX_WORD_LENGTH = 40;
    private static final int CARD_SPECIALISATIONS = 3;

    /** Languages staff can speak and residents can wish for (ISO 639 codes), the national minority languages first. */
    public static final List<String> STAFF_LANGUAGES = List.of(
            "sv", "fi", "sme", "smj", "sma", "yi", "rom", "en", "ar", "fa", "so", "ti", "bs", "hr", "sr", "pl", "es",
            "de", "ku", "tr", "ru", "uk", "el", "sq", "th", "zh");

    private static final AggregationKey<Map<String, Long>> AREAS = AggregationKey.of("areas");
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("languages");
    private static final AggregationKey<Map<String, Long>> SPECIALISATIONS = AggregationKey.of("specialisations");
    private static final AggregationKey<Map<ProviderType, Long>> TYPES = AggregationKey.of("types");
    private static final AggregationKey<Map<Boolean, Long>> TAKING = AggregationKey.of("taking");

    @PersistenceContext
    private EntityManager entityManager;

    private final Registers registers;
    private final OfferingRepository offerings;
    private final QualityIndicatorRepository indicators;
    private final ListingErrorReportRepository errorReports;
    private final AccessibilityFeedbackRepository feedback;
    private final Clock clock;
    private final QualityScores qualityScores;
    private final AnonymousFormThrottle throttle;

    public CatalogueService(
            Registers registers,
            OfferingRepository offerings,
            QualityIndicatorRepository indicators,
            ListingErrorReportRepository errorReports,
            AccessibilityFeedbackRepository feedback,
            Clock clock,
            QualityScores qualityScores,
            AnonymousFormThrottle throttle) {
        this.registers = registers;
        this.throttle = throttle;
        this.qualityScores = qualityScores;
        this.offerings = offerings;
        this.indicators = indicators;
        this.errorReports = errorReports;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** Every service type in the municipality's order, with its number of approved providers. */
    @PermitAll
    public List<ServiceTypeSummary> serviceTypes() {
        return offerings.serviceTypesWithApprovedProviderCount().stream()
                .map(row -> summary((ServiceType) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    /** The name of the indicator "best quality first" sorts by for a service type, if there is one. */
    @PermitAll
    public Optional<String> qualitySortIndicator(String serviceTypeCode, Locale locale) {
        return registers
                .serviceType(serviceTypeCode)
                .flatMap(qualityScores::sortIndicator)
                .map(d -> d.getName().in(locale));
    }

    @PermitAll
    public Optional<ServiceTypeSummary> serviceType(String code) {
        return serviceTypes().stream().filter(st -> st.code().equals(code)).findFirst();
    }

    private static ServiceTypeSummary summary(ServiceType st, long count) {
        return new ServiceTypeSummary(
                st.getCode(),
                st.getName(),
                st.getDescription(),
                st.getDelivery(),
                count,
                st.getDefaultRuleExplanation());
    }

    @PermitAll
    public List<ServicePointSummary> servicePoints(Locale locale) {
        return registers.servicePoints().stream()
                .sorted(Comparator.comparing(ServicePoint::getName))
                .map(sp -> new ServicePointSummary(
                        sp.getName(),
                        sp.getArea().getName(),
                        sp.getAddress(),
                        sp.getOpeningHours() == null
                                ? null
                                : sp.getOpeningHours().in(locale)))
                .toList();
    }

    @PermitAll
    public List<Option> areas() {
        return registers.areas().stream()
                .sorted(Comparator.comparing(Area::getName))
                .map(a -> new Option(a.getCode(), a.getName()))
                .toList();
    }

    @PermitAll
    public List<Option> specialisations(Locale locale) {
        return registers.specialisations().stream()
                .map(s -> new Option(s.getCode(), s.getName().in(locale)))
                .sorted(Comparator.comparing(Option::name))
                .toList();
    }

    /**
     * The specialisations some approved provider of these service types offers: a wish for anything
     * else could never rank a provider, so the case officer is not offered it (no "Café och kök" for
     * hemtjänst).
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Option> specialisationsOffered(Collection<String> serviceTypeCodes, Locale locale) {
        if (serviceTypeCodes.isEmpty()) {
            return List.of();
        }
        Set<String> offered = Set.copyOf(offerings.specialisationCodesOffered(serviceTypeCodes));
        return specialisations(locale).stream()
                .filter(o -> offered.contains(o.code()))
                .toList();
    }

    /** How many listed offerings match. */
    @PermitAll
    public long count(OfferingQuery query) {
        return session()
                .search(Offering.class)
                .where((f, root) -> filter(f, root, query, true))
                .fetchTotalHitCount();
    }

    /**
     * One page of the result list, as cards, in the query's order. The cards are built from
     * fields stored in the index (no entity is loaded), plus one query for the providers' key
     * indicators and the small registers of areas and specialisations.
     */
    @PermitAll
    public List<OfferingCard> find(OfferingQuery query, int offset, int limit, Locale locale) {
        // The area register is small and the cards need its names anyway: one read serves both.
        List<Area> allAreas = registers.areas();
        Optional<Area> area =
                allAreas.stream().filter(a -> a.getCode().equals(query.area())).findFirst();
        boolean premises = registers
                .serviceType(query.serviceType())
                .map(st -> st.getDelivery() == Delivery.PREMISES)
                .orElse(false);
        Optional<GeoPoint> from = area.map(Area::getCentre);
        Optional<GeoPoint> distanceFrom = premises ? from : Optional.empty();
        List<CardHit> hits = session()
                .search(Offering.class)
                .select(f -> f.composite()
                        .from(
                                f.field("code", String.class),
                                f.field("provider.displayName", String.class),
                                f.field("unitName", String.class),
                                f.field("provider.type", ProviderType.class),
                                f.field("provider.providerId", Long.class),
                                f.field("area", String.class).list(),
                                f.field("languages", String.class).list(),
                                f.field("specialisation", String.class).list(),
                                f.field("summarySv", String.class),
                                f.field("summaryEn", String.class),
                                f.field("takesNewCustomers", Boolean.class),
                                distanceFrom
                                        .<org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<?>>map(
                                                p -> f.distance(
                                                                "location.point",
                                                                org.hibernate.search.engine.spatial.GeoPoint.of(
                                                                        p.lat(), p.lon()))
                                                        .unit(
                                                                org.hibernate.search.engine.spatial.DistanceUnit
                                                                        .KILOMETERS))
                                        .orElseGet(() -> f.constant((Double) null)))
                        .asArray(CardHit::of))
                .where(f -> query.sort() == OfferingSort.WISHES ? rankedByWishes(f, query) : filtered(f, query))
                .sort(f -> sort(f, query, from))
                .fetchHits(offset, limit);
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<Long, List<IndicatorValue>> byProvider = indicatorsFor(
                query.serviceType(), hits.stream().map(CardHit::providerId).collect(Collectors.toSet()), locale);
        Map<String, String> areaNames = new HashMap<>();
        allAreas.forEach(a -> areaNames.put(a.getCode(), a.getName()));
        Map<String, String> specialisationNames = new HashMap<>();
        registers
                .specialisations()
                .forEach(
                        sp -> specialisationNames.put(sp.getCode(), sp.getName().in(locale)));
        return hits.stream()
                .map(h -> card(
                        h,
                        locale,
                        areaNames,
                        specialisationNames,
                        byProvider.getOrDefault(h.providerId(), List.of()),
                        query.wishes()))
                .toList();
    }

    /** What the index holds for one card. */
    private record CardHit(
            String code,
            String providerName,
            String unitName,
            ProviderType providerType,
            Long providerId,
            List<String> areas,
            List<String> languages,
            List<String> specialisations,
            String summarySv,
            String summaryEn,
            boolean takesNewCustomers,
            Double distanceKm) {

        @SuppressWarnings("unchecked")
        static CardHit of(Object[] v) {
            return new CardHit(
                    (String) v[0],
                    (String) v[1],
                    (String) v[2],
                    (ProviderType) v[3],
                    (Long) v[4],
                    (List<String>) v[5],
                    (List<String>) v[6],
                    (List<String>) v[7],
                    (String) v[8],
                    (String) v[9],
                    Boolean.TRUE.equals(v[10]),
                    (Double) v[11]);
        }
    }

    /** Counts per filter value for the current filters, so every option says what it leaves. */
    @PermitAll
    public Facets facets(OfferingQuery query) {
        SearchResult<Offering> result = session()
                .search(Offering.class)
                .where((f, root) -> filter(f, root, query, true))
                .aggregation(AREAS, f -> f.terms().field("area", String.class).maxTermCount(200))
                .aggregation(
                        LANGUAGES,
                        f -> f.terms().field("languages", String.class).maxTermCount(200))
                .aggregation(
                        SPECIALISATIONS,
                        f -> f.terms().field("specialisation", String.class).maxTermCount(200))
                .aggregation(TYPES, f -> f.terms().field("provider.type", ProviderType.class))
                .aggregation(TAKING, f -> f.terms().field("takesNewCustomers", Boolean.class))
                .fetch(0);
        Map<String, Long> types = new LinkedHashMap<>();
        result.aggregation(TYPES).forEach((k, v) -> types.put(k.name(), v));
        return new Facets(
                result.total().hitCount(),
                result.aggregation(AREAS),
                result.aggregation(LANGUAGES),
                result.aggregation(SPECIALISATIONS),
                types,
                result.aggregation(TAKING).getOrDefault(Boolean.TRUE, 0L));
    }

    /** The provider page of a listed offering; empty if unknown or no longer listed. */
    @PermitAll
    public Optional<OfferingDetails> offering(String code, Locale locale) {
        return offerings.findByCode(code).filter(Offering::isListed).map(o -> details(o, locale));
    }

    /** Several listed offerings side by side, in the order asked for; unknown codes are skipped. */
    @PermitAll
    public List<OfferingDetails> compare(List<String> codes, Locale locale) {
        return codes.stream()
                .map(code -> offering(code, locale))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Stores a report of an error in a listing for the commissioning officers. Anyone may send one,
     * a limited number per session and address.
     *
     * @throws InvalidInputException for a missing or too long message, a too long contact, or too
     *     many reports lately (by field: "message", "contact"); nothing is stored then
     */
    @PermitAll
    @Transactional
    public void reportError(String offeringCode, String message, String contact) {
        Map<String, String> problems = new LinkedHashMap<>();
        TextLimits.required(problems, "message", message, ListingErrorReport.MAX_MESSAGE);
        TextLimits.optional(problems, "contact", contact, TextLimits.CONTACT);
        problems.replace("message", TextLimits.REQUIRED, "offering.report.required");
        FieldChecks.failIf(problems);
        Offering offering = offerings
                .findByCode(offeringCode)
                .orElseThrow(() -> new InvalidInputException(Map.of("message", "offering.report.unknown")));
        throttle.check("message");
        errorReports.save(new ListingErrorReport(offering, message.strip(), blankToNull(contact), clock.instant()));
    }

    /**
     * Stores feedback on accessibility; anonymous allowed, a limited number per session and address.
     *
     * @throws InvalidInputException as {@link #reportError}; nothing is stored then
     */
    @PermitAll
    @Transactional
    public void giveAccessibilityFeedback(String page, String message, String contact) {
        Map<String, String> problems = new LinkedHashMap<>();
        TextLimits.required(problems, "message", message, AccessibilityFeedback.MAX_MESSAGE);
        TextLimits.optional(problems, "contact", contact, TextLimits.CONTACT);
        TextLimits.optional(problems, "page", page, TextLimits.PAGE);
        problems.replace("message", TextLimits.REQUIRED, "a11y.feedback.required");
        FieldChecks.failIf(problems);
        throttle.check("message");
        feedback.save(
                new AccessibilityFeedback(blankToNull(page), message.strip(), blankToNull(contact), clock.instant()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }

    private void filter(
            SearchPredicateFactory f,
            SimpleBooleanPredicateClausesCollector<?, ?> root,
            OfferingQuery query,
            boolean includeText) {
        root.add(f.match().field("serviceType.code").matching(query.serviceType()));
        root.add(f.match().field("accreditation.status").matching(AccreditationStatus.APPROVED));
        root.add(f.match().field("writtenInSwedish").matching(true));
        if (query.area() != null) {
            root.add(f.match().field("area").matching(query.area()));
        }
        query.languages().forEach(l -> root.add(f.match().field("languages").matching(l)));
        query.specialisations()
                .forEach(s -> root.add(f.match().field("specialisation").matching(s)));
        if (query.providerType() != null) {
            root.add(f.match().field("provider.type").matching(query.providerType()));
        }
        if (query.onlyTakingNewCustomers()) {
            root.add(f.match().field("takesNewCustomers").matching(true));
        }
        if (includeText) {
            List<String> words = searchWords(query.text());
            if (!words.isEmpty()) {
                root.add(text(f, words));
            }
        }
    }

    /**
     * The visitor's words rank rather than exclude: each word met adds exactly one to the score
     * (whether in a name, a text, or the name of a language, area or specialisation), so sorting
     * by score puts the offerings meeting most words first. One or two words must all match; from
     * three words on, one may be missing, so a single unlucky word does not empty the list.
     */
    private static PredicateFinalStep text(SearchPredicateFactory f, List<String> words) {
        var text = f.bool();
        for (String word : words) {
            var clause = f.bool()
                    .should(f.match()
                            .field("provider.name")
                            .field("text")
                            .field("terms")
                            .matching(word))
                    .should(f.match()
                            .field("provider.namePrefix")
                            .field("textPrefix")
                            .field("termsPrefix")
                            .matching(word));
            if (word.length() >= 5) {
                clause.should(f.match()
                        .field("provider.name")
                        .field("text")
                        .field("terms")
                        .matching(word)
                        .fuzzy(1, 1));
            }
            text.should(clause.constantScore());
        }
        text.minimumShouldMatchNumber(requiredWords(words.size()));
        return text;
    }

    /** How many of the visitor's words an offering must meet to be listed at all. */
    static int requiredWords(int words) {
        return words <= 2 ? words : words - 1;
    }

    /**
     * When a search finds nothing, the word whose removal would find the most, if any would find
     * something (the page then says "Prova utan 'xyz'").
     */
    @PermitAll
    public Optional<String> wordToDrop(OfferingQuery query) {
        List<String> words = searchWords(query.text());
        if (words.size() < 2 || count(query) > 0) {
            return Optional.empty();
        }
        String best = null;
        long bestCount = 0;
        for (String word : words) {
            List<String> rest = new java.util.ArrayList<>(words);
            rest.remove(word);
            long found = count(query.withText(String.join(" ", rest)));
            if (found > bestCount) {
                best = word;
                bestCount = found;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The visitor's words without stop words ("i", "och"): those match nothing and must not count. */
    public static List<String> searchWords(String text) {
        return words(text).stream().filter(w -> !SwedishStopWords.contains(w)).toList();
    }

    private PredicateFinalStep filtered(SearchPredicateFactory f, OfferingQuery query) {
        var all = f.and();
        filter(f, all, query, true);
        return all;
    }

    /**
     * The filters do not score; each wish met adds exactly one to the score, so sorting by score
     * orders by the number of wishes met (ties then fall to the visitor's neutral order).
     */
    private PredicateFinalStep rankedByWishes(SearchPredicateFactory f, OfferingQuery query) {
        var ranked = f.bool().filter(filtered(f, query));
        query.wishes()
                .languages()
                .forEach(l ->
                        ranked.should(f.match().field("languages").matching(l).constantScore()));
        query.wishes()
                .specialisations()
                .forEach(s -> ranked.should(
                        f.match().field("specialisation").matching(s).constantScore()));
        return ranked;
    }

    /** The visitor's words, as plain text: punctuation and query syntax are dropped. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank())
                .map(w -> w.length() > MAX_WORD_LENGTH ? w.substring(0, MAX_WORD_LENGTH) : w)
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    private SortFinalStep sort(SearchSortFactory f, OfferingQuery query, Optional<GeoPoint> from) {
        return switch (query.sort()) {
            case NAME ->
                f.field("provider.nameSort")
                        .then()
                        .field("unitNameSort")
                        .missing()
                        .first()
                        .then()
                        .field("code");
            case DISTANCE ->
                from.<SortFinalStep>map(p -> f.distance(
                                        "location.point",
                                        org.hibernate.search.engine.spatial.GeoPoint.of(p.lat(), p.lon()))
                                .then()
                                .field("code"))
                        .orElseGet(() -> neutral(f, query));
            case QUALITY ->
                f.field("qualityScore")
                        .desc()
                        .missing()
                        .last()
                        .then()
                        .field(ShuffleBinder.field(query.order()))
                        .then()
                        .field("code");
            case WISHES ->
                f.score()
                        .then()
                        .field(ShuffleBinder.field(query.order()))
                        .then()
                        .field("code");
            case NEUTRAL ->
                searchWords(query.text()).isEmpty()
                        ? neutral(f, query)
                        : f.score()
                                .then()
                                .field(ShuffleBinder.field(query.order()))
                                .then()
                                .field("code");
        };
    }

    private static SortFinalStep neutral(SearchSortFactory f, OfferingQuery query) {
        return f.field(ShuffleBinder.field(query.order())).then().field("code");
    }

    private OfferingCard card(
            CardHit h,
            Locale locale,
            Map<String, String> areaNames,
            Map<String, String> specialisationNames,
            List<IndicatorValue> indicatorValues,
            OfferingQuery.Wishes wishes) {
        List<OfferingCard.WishMet> wishesMet = new java.util.ArrayList<>();
        wishes.languages().stream()
                .filter(h.languages()::contains)
                .map(l -> languageName(l, locale))
                .sorted()
                .forEach(l -> wishesMet.add(new OfferingCard.WishMet(true, l)));
        h.specialisations().stream()
                .filter(wishes.specialisations()::contains)
                .map(specialisationNames::get)
                .filter(Objects::nonNull)
                .sorted()
                .forEach(s -> wishesMet.add(new OfferingCard.WishMet(false, s)));
        boolean english = "en".equals(locale.getLanguage()) && h.summaryEn() != null;
        List<String> specialisationList = h.specialisations().stream()
                .map(specialisationNames::get)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        return new OfferingCard(
                h.code(),
                h.providerName(),
                h.unitName(),
                h.providerType(),
                h.areas().stream()
                        .map(code -> areaNames.getOrDefault(code, code))
                        .sorted()
                        .toList(),
                languageNames(h.languages(), locale),
                specialisationList.stream().limit(CARD_SPECIALISATIONS).toList(),
                english ? h.summaryEn() : h.summarySv() == null ? "" : h.summarySv(),
                english ? "en" : "sv",
                h.takesNewCustomers(),
                h.distanceKm(),
                indicatorValues.stream().limit(2).toList(),
                wishesMet,
                wishes.size());
    }

    private OfferingDetails details(Offering o, Locale locale) {
        Map.Entry<String, OfferingText> text = text(o, locale);
        OfferingText t = text == null ? new OfferingText("", null, null, null, null) : text.getValue();
        String language = text == null ? "sv" : text.getKey();
        Provider p = o.getProvider();
        LocalDate today = LocalDate.now(clock);
        boolean stale =
                o.getLastConfirmed() == null || o.getLastConfirmed().isBefore(today.minusMonths(STALE_AFTER_MONTHS));
        List<IndicatorValue> values = indicatorsFor(o.getServiceType().getCode(), Set.of(p.getId()), locale)
                .getOrDefault(p.getId(), List.of());
        return new OfferingDetails(
                o.getCode(),
                o.getServiceType().getCode(),
                o.getServiceType().getName().in(locale),
                o.getServiceType().getDelivery(),
                p.getName(),
                o.getUnitName(),
                p.getType(),
                language,
                !language.equals(locale.getLanguage()),
                t.summary(),
                t.description(),
                t.includes(),
                t.staffCompetence(),
                t.openingHours(),
                languageNames(o, locale),
                specialisationNames(o, locale),
                areaNames(o),
                o.getAddress() != null ? o.getAddress() : p.getAddress(),
                o.getPhone() != null ? o.getPhone() : p.getPhone(),
                o.getEmail() != null ? o.getEmail() : p.getEmail(),
                p.getWebsite(),
                o.getCapacity(),
                o.isTakesNewCustomers(),
                o.getAccreditation().getValidFrom(),
                o.getLastConfirmed(),
                stale,
                values);
    }

    /** The text in the visitor's language if the provider gave one, otherwise Swedish. */
    private static Map.Entry<String, OfferingText> text(Offering o, Locale locale) {
        OfferingText own = o.getTexts().get(locale.getLanguage());
        if (own != null) {
            return Map.entry(locale.getLanguage(), own);
        }
        OfferingText sv = o.getTexts().get("sv");
        return sv == null ? null : Map.entry("sv", sv);
    }

    private static List<String> areaNames(Offering o) {
        return o.getAreas().stream().map(Area::getName).sorted().toList();
    }

    private static List<String> specialisationNames(Offering o, Locale locale) {
        return o.getSpecialisations().stream()
                .map(s -> s.getName().in(locale))
                .sorted()
                .toList();
    }

    /** Language names in the visitor's language, Swedish first, then alphabetical. */
    static List<String> languageNames(Offering o, Locale locale) {
        return languageNames(o.getLanguages(), locale);
    }

    private static List<String> languageNames(java.util.Collection<String> codes, Locale locale) {
        return codes.stream()
                .sorted(Comparator.comparing((String l) -> !"sv".equals(l)).thenComparing(l -> languageName(l, locale)))
                .map(l -> languageName(l, locale))
                .toList();
    }

    public static String languageName(String code, Locale locale) {
        String name = Locale.of(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The latest value of each indicator per provider, in the indicators' order. */
    private Map<Long, List<IndicatorValue>> indicatorsFor(String serviceType, Set<Long> providerIds, Locale locale) {
        if (providerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, QualityIndicator>> latest = new HashMap<>();
        for (QualityIndicator qi : indicators.findForProviders(serviceType, providerIds)) {
            latest.computeIfAbsent(qi.getProvider().getId(), k -> new LinkedHashMap<>())
                    .merge(qi.getIndicator().getCode(), qi, (a, b) -> a.getYear() >= b.getYear() ? a : b);
        }
        Map<Long, List<IndicatorValue>> result = new HashMap<>();
        latest.forEach((provider, byCode) -> result.put(
                provider,
                byCode.values().stream()
                        .sorted(Comparator.comparing(
                                (QualityIndicator qi) -> qi.getIndicator().getId()))
                        .map(qi -> value(qi, locale))
                        .toList()));
        return result;
    }

    private static IndicatorValue value(QualityIndicator qi, Locale locale) {
        IndicatorDefinition def = qi.getIndicator();
        IndicatorValue.Status status = qi.getValue() == null
                ? IndicatorValue.Status.NOT_MEASURED
                : qi.isPublishable() ? IndicatorValue.Status.SHOWN : IndicatorValue.Status.TOO_FEW_ANSWERS;
        return new IndicatorValue(
                def.getCode(),
                def.getName().in(locale),
                def.getUnit(),
                def.isHigherIsBetter(),
                qi.getYear(),
                status == IndicatorValue.Status.SHOWN ? qi.getValue() : null,
                qi.getRespondents(),
                qi.getSource(),
                status);
    }
}
