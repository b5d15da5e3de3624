package se.kundval.opendata.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kundval.catalogue.OfferingText;
import se.kundval.catalogue.OpenArea;
import se.kundval.catalogue.OpenIndicator;
import se.kundval.catalogue.OpenOffering;
import se.kundval.catalogue.OpenProvider;
import se.kundval.catalogue.OpenTerm;

/**
 * Kundval's catalogue as HSDS 3.0 objects with the Swedish LOV profile's additions (see
 * docs/open-data.md for every field). Texts are the Swedish ones; the other languages a provider
 * wrote are in the profile's {@code translations}.
 */
public final class HsdsMapper {

    private static final Locale SWEDISH = Locale.of("sv");
    private static final Pattern POSTCODE = Pattern.compile("(\\d{3})\\s?(\\d{2})\\s+(\\p{L}[\\p{L} .-]*)$");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ISO_INSTANT;

    private final String baseUrl;
    private final Map<String, OpenTerm> serviceTypes = new LinkedHashMap<>();
    private final Map<String, OpenTerm> specialisations = new LinkedHashMap<>();
    private final Map<String, OpenProvider> providers;
    private final String region;

    /**
     * @param baseUrl   the portal's address as the caller reached it (links to provider pages)
     * @param providers the listed providers by organisation number
     * @param region    the county (län) every address is in, HSDS's required state_province
     */
    public HsdsMapper(String baseUrl, List<OpenTerm> terms, Map<String, OpenProvider> providers, String region) {
        this.baseUrl = baseUrl;
        this.providers = providers;
        this.region = region;
        for (OpenTerm t : terms) {
            (t.kind() == OpenTerm.Kind.SERVICE_TYPE ? serviceTypes : specialisations).put(t.code(), t);
        }
    }

    public static String timestamp(Instant instant) {
        return instant == null ? null : MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** A service with HSDS's one-to-one fields and its organization: the shape of list pages. */
    public Map<String, Object> serviceSummary(OpenOffering o) {
        return summary(o).map();
    }

    /** Only what a harvester needs to decide whether to fetch the service again ({@code minimal=true}). */
    public Map<String, Object> serviceMinimal(OpenOffering o) {
        return new Json()
                .put("id", HsdsIds.service(o.code()))
                .put("name", name(o))
                .put("status", o.active() ? "active" : "inactive")
                .put("last_modified", timestamp(o.modifiedAt()))
                .map();
    }

    private Json summary(OpenOffering o) {
        OfferingText sv = o.texts().get("sv");
        OpenTerm type = serviceTypes.get(o.serviceTypeCode());
        String typeName = type == null ? o.serviceTypeCode() : type.name().sv();
        return new Json()
                .put("id", HsdsIds.service(o.code()))
                .put("organization_id", HsdsIds.organization(o.providerOrgnr()))
                .put("name", name(o))
                .put("alternate_name", typeName)
                .put("description", description(sv))
                .put("url", baseUrl + "/utforare/" + o.code())
                .put(
                        "email",
                        o.email() != null
                                ? o.email()
                                : provider(o).map(OpenProvider::email).orElse(null))
                .put("status", o.active() ? "active" : "inactive")
                .put(
                        "application_process",
                        "Du väljer utförare efter ett beslut om " + typeName.toLowerCase(SWEDISH)
                                + " från kommunen: logga in på " + baseUrl
                                + "/mina-val eller få hjälp på en servicepunkt.")
                .put("fees_description", "Samma avgift hos alla utförare: kommunen beslutar om avgiften (LOV).")
                .put(
                        "accreditations",
                        "Auktoriserad av kommunen enligt lagen (2008:962) om valfrihetssystem (LOV)"
                                + " för " + typeName.toLowerCase(SWEDISH)
                                + (o.accreditedSince() == null ? "" : " från " + o.accreditedSince()) + ".")
                .put(
                        "assured_date",
                        o.lastConfirmed() == null ? null : o.lastConfirmed().toString())
                .put("last_modified", timestamp(o.modifiedAt()))
                .put("organization", provider(o).map(this::organizationSummary).orElse(null));
    }

    /** A service with everything related: the shape of {@code /services/{id}} and {@code full=true}. */
    public Map<String, Object> serviceFull(OpenOffering o) {
        String id = HsdsIds.service(o.code());
        Json service = summary(o);
        if (o.phone() != null) {
            service.put(
                    "phones",
                    List.of(new Json()
                            .put("id", HsdsIds.of("phone", "service", o.code()))
                            .put("service_id", id)
                            .put("number", o.phone())
                            .map()));
        }
        OfferingText sv = o.texts().get("sv");
        if (sv != null && sv.openingHours() != null && !sv.openingHours().isBlank()) {
            service.put(
                    "schedules",
                    List.of(new Json()
                            .put("id", HsdsIds.of("schedule", o.code()))
                            .put("service_id", id)
                            .put("description", sv.openingHours())
                            .map()));
        }
        service.put(
                "service_areas", o.areas().stream().map(a -> serviceArea(o, a)).toList());
        if (o.address() != null && o.location() != null) {
            service.put("service_at_locations", List.of(serviceAtLocation(o, false)));
        }
        service.put(
                "languages",
                o.languages().stream()
                        .map(code -> new Json()
                                .put("id", HsdsIds.of("language", o.code(), code))
                                .put("service_id", id)
                                .put("name", languageName(code))
                                .put("code", code)
                                .map())
                        .toList());
        service.put("attributes", attributes(o));
        // The profile's additions.
        service.put("takes_new_customers", o.takesNewCustomers());
        service.put(
                "capacities",
                List.of(new Json()
                        .put("id", HsdsIds.of("service_capacity", o.code()))
                        .put("service_id", id)
                        .put(
                                "unit",
                                new Json()
                                        .put("id", HsdsIds.of("unit", "place"))
                                        .put("name", "plats")
                                        .put("scheme", "kundval")
                                        .put("identifier", "place")
                                        .map())
                        .put("maximum", o.capacity())
                        .put(
                                "description",
                                o.takesNewCustomers() ? "Tar emot nya kunder." : "Tar inte emot nya kunder just nu.")
                        .put("updated", timestamp(o.modifiedAt()))
                        .map()));
        service.put(
                "quality_indicators",
                o.indicators().stream().map(HsdsMapper::indicator).toList());
        service.put("translations", translations(o.texts()));
        return service.map();
    }

    private Map<String, Object> serviceArea(OpenOffering o, OpenArea a) {
        return new Json()
                .put("id", HsdsIds.of("service_area", o.code(), a.code()))
                .put("service_id", HsdsIds.service(o.code()))
                .put("name", a.name())
                .put("description", "Kommundel " + a.name())
                .put("area_code", a.code())
                .map();
    }

    private List<Map<String, Object>> attributes(OpenOffering o) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        String id = HsdsIds.service(o.code());
        OpenTerm type = serviceTypes.get(o.serviceTypeCode());
        if (type != null) {
            attributes.add(attribute(o, id, type));
        }
        for (String code : o.specialisationCodes()) {
            OpenTerm term = specialisations.get(code);
            if (term != null) {
                attributes.add(attribute(o, id, term));
            }
        }
        return attributes;
    }

    private Map<String, Object> attribute(OpenOffering o, String serviceId, OpenTerm term) {
        String termId = termId(term);
        return new Json()
                .put("id", HsdsIds.of("attribute", o.code(), term.kind().name(), term.code()))
                .put("link_id", serviceId)
                .put("taxonomy_term_id", termId)
                .put("link_type", term.kind() == OpenTerm.Kind.SERVICE_TYPE ? "service_type" : "specialisation")
                .put("link_entity", "service")
                .put("taxonomy_term", term(term))
                .map();
    }

    /** A service at the provider's premises, with its location. */
    public Map<String, Object> serviceAtLocation(OpenOffering o, boolean withService) {
        Json sal = new Json()
                .put("id", HsdsIds.serviceAtLocation(o.code()))
                .put("service_id", HsdsIds.service(o.code()))
                .put("location_id", HsdsIds.location(o.code()))
                .put("location", location(o));
        if (withService) {
            sal.put("service", serviceSummary(o));
        }
        return sal.map();
    }

    private Map<String, Object> location(OpenOffering o) {
        String id = HsdsIds.location(o.code());
        Json address = new Json()
                .put("id", HsdsIds.of("address", o.code()))
                .put("location_id", id)
                .put("address_type", "physical")
                .put("country", "SE")
                .put("state_province", region);
        Matcher m = POSTCODE.matcher(o.address().trim());
        if (m.find()) {
            String street = o.address().substring(0, m.start()).replaceAll("[,\\s]+$", "");
            address.put("address_1", street.isBlank() ? o.address() : street)
                    .put("postal_code", m.group(1) + " " + m.group(2))
                    .put("city", m.group(3).trim());
        } else {
            // An address the provider wrote without a postcode: the whole line, no postcode or town known.
            address.put("address_1", o.address());
            address.map().put("postal_code", "");
            address.map().put("city", "");
        }
        return new Json()
                .put("id", id)
                .put("location_type", "physical")
                .put("organization_id", HsdsIds.organization(o.providerOrgnr()))
                .put("name", o.unitName() != null ? o.providerName() + " – " + o.unitName() : o.providerName())
                .put("latitude", o.location().lat())
                .put("longitude", o.location().lon())
                .put("addresses", List.of(address.map()))
                .map();
    }

    /** The organization's one-to-one fields and its organisationsnummer. */
    public Map<String, Object> organizationSummary(OpenProvider p) {
        String id = HsdsIds.organization(p.orgnr());
        String types = p.serviceTypeCodes().stream()
                .map(c -> serviceTypes.containsKey(c)
                        ? serviceTypes.get(c).name().sv().toLowerCase(SWEDISH)
                        : c)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return new Json()
                .put("id", id)
                .put("name", p.name())
                .put("description", p.name() + " är auktoriserad utförare i kommunens kundval (LOV) för " + types + ".")
                .put("email", p.email())
                .put("website", website(p.website()))
                .put("legal_status", p.legalForm())
                .put(
                        "organization_identifiers",
                        List.of(new Json()
                                .put("id", HsdsIds.of("organization_identifier", p.orgnr()))
                                .put("organization_id", id)
                                .put("identifier_scope", "national")
                                .put("identifier_type", "SE-BLV")
                                .put("identifier", p.orgnr())
                                .map()))
                .put("provider_type", p.type() == null ? null : p.type().toLowerCase(Locale.ROOT))
                .map();
    }

    /** The organization with its phone and its services (summaries, or full with {@code fullServices}). */
    public Map<String, Object> organizationFull(OpenProvider p, List<OpenOffering> offerings, boolean fullServices) {
        Map<String, Object> org = organizationSummary(p);
        if (p.phone() != null) {
            org.put(
                    "phones",
                    List.of(new Json()
                            .put("id", HsdsIds.of("phone", "organization", p.orgnr()))
                            .put("organization_id", HsdsIds.organization(p.orgnr()))
                            .put("number", p.phone())
                            .map()));
        }
        List<Map<String, Object>> services = offerings.stream()
                .map(o -> fullServices ? serviceFull(o) : serviceSummary(o))
                .toList();
        // The organization is already the enclosing object: no need to repeat it in each service.
        services.forEach(s -> s.remove("organization"));
        if (!services.isEmpty()) {
            org.put("services", services);
        }
        return org;
    }

    public Map<String, Object> taxonomy() {
        return new Json()
                .put("id", HsdsIds.taxonomy())
                .put("name", "Kundval")
                .put(
                        "description",
                        "Kundvals tjänsteområden (de tjänster invånare väljer utförare för enligt LOV)"
                                + " och utförarnas inriktningar.")
                .put("uri", baseUrl + "/api/hsds/taxonomies/" + HsdsIds.taxonomy())
                .put("version", "1")
                .map();
    }

    public static String termId(OpenTerm term) {
        return HsdsIds.term(term.kind().name(), term.code());
    }

    public Map<String, Object> term(OpenTerm t) {
        Json term = new Json()
                .put("id", termId(t))
                .put("code", (t.kind() == OpenTerm.Kind.SERVICE_TYPE ? "service_type/" : "specialisation/") + t.code())
                .put("name", t.name().sv())
                .put(
                        "description",
                        t.description() != null
                                ? t.description().sv()
                                : (t.kind() == OpenTerm.Kind.SERVICE_TYPE ? "Tjänsteområde: " : "Inriktning: ")
                                        + t.name().sv())
                .put("taxonomy", "Kundval")
                .put("taxonomy_id", HsdsIds.taxonomy())
                .put("language", "sv")
                .put("term_uri", baseUrl + "/api/hsds/taxonomy_terms/" + termId(t));
        if (t.name().en() != null) {
            term.put(
                    "translations",
                    Map.of(
                            "en",
                            new Json()
                                    .put("name", t.name().en())
                                    .put(
                                            "description",
                                            t.description() == null
                                                    ? null
                                                    : t.description().en())
                                    .map()));
        }
        return term.map();
    }

    private static Map<String, Object> indicator(OpenIndicator i) {
        Json json = new Json()
                .put("code", i.code())
                .put("name", i.name().sv())
                .put("name_en", i.name().en())
                .put("unit", i.unit() == null ? null : i.unit().name().toLowerCase(Locale.ROOT))
                .put("higher_is_better", i.higherIsBetter())
                .put("year", i.year())
                .put("value", i.value())
                .put("respondents", i.respondents())
                .put("source", i.source())
                .put("too_few_respondents", i.tooFewRespondents());
        return json.map();
    }

    private static Map<String, Object> translations(Map<String, OfferingText> texts) {
        Map<String, Object> result = new LinkedHashMap<>();
        texts.forEach((lang, t) -> result.put(
                lang,
                new Json()
                        .put("summary", t.summary())
                        .put("description", t.description())
                        .put("includes", t.includes())
                        .put("staff_competence", t.staffCompetence())
                        .put("opening_hours", t.openingHours())
                        .map()));
        return result;
    }

    private Optional<OpenProvider> provider(OpenOffering o) {
        return Optional.ofNullable(providers.get(o.providerOrgnr()));
    }

    private static String name(OpenOffering o) {
        return o.unitName() != null ? o.providerName() + " – " + o.unitName() : o.providerName();
    }

    /** The summary, then the description (Markdown) when the provider wrote one. */
    private static String description(OfferingText sv) {
        if (sv == null) {
            return null;
        }
        return sv.description() == null || sv.description().isBlank()
                ? sv.summary()
                : sv.summary() + "\n\n" + sv.description();
    }

    private static String website(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        return website.matches("(?i)^https?://.*") ? website : "https://" + website;
    }

    static String languageName(String code) {
        String name = Locale.of(code).getDisplayLanguage(SWEDISH);
        return name.isBlank() || name.equals(code) ? code : name;
    }
}
