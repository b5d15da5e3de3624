package se.kundval.referencedata;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import se.kundval.catalogue.OfferingText;
import se.kundval.catalogue.QualityIndicatorCsv;
import se.kundval.choice.ContactPreference;
import se.kundval.identity.Organisationsnummer;
import se.kundval.identity.Personnummer;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.ProviderType;
import se.kundval.referencedata.ReferenceData.AccreditationRow;
import se.kundval.referencedata.ReferenceData.AreaRow;
import se.kundval.referencedata.ReferenceData.EntitlementRow;
import se.kundval.referencedata.ReferenceData.IndicatorRow;
import se.kundval.referencedata.ReferenceData.OfferingRow;
import se.kundval.referencedata.ReferenceData.ProviderRow;
import se.kundval.referencedata.ReferenceData.QualityRow;
import se.kundval.referencedata.ReferenceData.RequirementRow;
import se.kundval.referencedata.ReferenceData.ResidentRow;
import se.kundval.referencedata.ReferenceData.ServicePointRow;
import se.kundval.referencedata.ReferenceData.ServiceTypeRow;
import se.kundval.referencedata.ReferenceData.SpecialisationRow;
import se.kundval.register.DefaultProviderRule;
import se.kundval.register.Delivery;
import se.kundval.register.IndicatorUnit;
import se.kundval.register.ScopeUnit;
import se.kundval.shared.GeoPoint;
import se.kundval.shared.LocalizedText;
import se.kundval.shared.ReferenceDataException;
import se.kundval.shared.YamlNode;

/**
 * Reads and validates providers-data before anything is written: formats, check digits,
 * enumerations, lengths and every cross-reference between the files. The format is documented in
 * providers-data/README.md.
 *
 * <p>The data may come from several folders, read as one: the municipality's reference data
 * (providers-data/reference, or the operator's own folder) and, with the demo switch only, the
 * demo content (providers-data/demo). A file may be in any of them; the items of the same file in
 * several folders are read one after the other, and cross-references may point from one folder
 * into another (a demo offering to a service type of the reference data). The reference files are
 * required; the rest (providers, accreditations, offerings, quality figures, residents) is optional,
 * so a production folder need not contain any of them.
 */
public final class ReferenceDataReader {

    static final int SUMMARY_MAX = 300;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,60}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What every municipality has to describe; without these files nothing can be offered. */
    static final Set<String> REQUIRED_FILES = Set.of(
            "areas.yaml",
            "specialisations.yaml",
            "service-types.yaml",
            "indicators.yaml",
            "service-points.yaml",
            "requirements.yaml");

    private final List<Path> folders;

    public ReferenceDataReader(Path folder) {
        this(List.of(folder));
    }

    public ReferenceDataReader(List<Path> folders) {
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("no providers-data folder");
        }
        this.folders = List.copyOf(folders);
    }

    public ReferenceData read() {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new ReferenceDataException(
                        folder.toString(), 0, null, "the providers-data folder does not exist");
            }
        }
        List<AreaRow> areas = areas();
        Set<String> areaCodes = codes(areas, AreaRow::code);
        List<SpecialisationRow> specialisations = specialisations();
        Set<String> specialisationCodes = codes(specialisations, SpecialisationRow::code);
        Map<Organisationsnummer, ProviderRow> providers = providers();
        List<ServiceTypeRow> serviceTypes = serviceTypes(providers.keySet());
        Map<String, ServiceTypeRow> serviceTypeByCode = new HashMap<>();
        serviceTypes.forEach(st -> serviceTypeByCode.put(st.code(), st));
        List<IndicatorRow> indicators = indicators(serviceTypeByCode.keySet());
        List<ServicePointRow> servicePoints = servicePoints(areaCodes);
        List<RequirementRow> requirements = requirements(serviceTypeByCode.keySet());
        Map<String, AccreditationRow> accreditations = accreditations(providers.keySet(), serviceTypeByCode.keySet());
        List<OfferingRow> offerings =
                offerings(providers.keySet(), serviceTypeByCode, accreditations, areaCodes, specialisationCodes);
        List<QualityRow> quality = qualityIndicators(
                providers.keySet(), serviceTypeByCode.keySet(), codes(indicators, IndicatorRow::code));
        List<ResidentRow> residents = residents(areaCodes, serviceTypeByCode.keySet(), specialisationCodes);
        return new ReferenceData(
                areas,
                specialisations,
                List.copyOf(providers.values()),
                serviceTypes,
                indicators,
                servicePoints,
                requirements,
                List.copyOf(accreditations.values()),
                offerings,
                quality,
                residents);
    }

    private static <T> Set<String> codes(List<T> rows, Function<T, String> code) {
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> codes.add(code.apply(r)));
        return codes;
    }

    /** The file's items from every folder that has the file, in the order of the folders. */
    private List<YamlNode> items(String file, String rootKey) {
        List<Path> present = present(file);
        if (present.isEmpty() && REQUIRED_FILES.contains(file)) {
            throw new ReferenceDataException(file, 0, null, "the file is missing");
        }
        List<YamlNode> items = new ArrayList<>();
        for (Path path : present) {
            YamlNode root = YamlNode.read(path);
            root.allowOnly(Set.of(rootKey));
            items.addAll(root.list(rootKey));
        }
        return items;
    }

    private List<Path> present(String file) {
        return folders.stream()
                .map(folder -> folder.resolve(file))
                .filter(Files::isRegularFile)
                .toList();
    }

    private static String code(YamlNode item, String field, Set<String> seen) {
        String code = item.string(field);
        if (!CODE.matcher(code).matches()) {
            throw item.error(field, "use only A–Z, 0–9, _ and -, at most 60 characters");
        }
        if (!seen.add(code)) {
            throw item.error(field, "'" + code + "' appears twice");
        }
        return code;
    }

    private static String reference(YamlNode item, String field, Set<String> known, String what) {
        String value = item.string(field);
        if (!known.contains(value)) {
            throw item.error(field, "unknown " + what + " '" + value + "'");
        }
        return value;
    }

    private static Set<String> references(YamlNode item, String field, Set<String> known, String what) {
        Set<String> values = new LinkedHashSet<>();
        for (YamlNode value : item.list(field)) {
            String v = value.scalar();
            if (!known.contains(v)) {
                throw value.error(null, "unknown " + what + " '" + v + "'");
            }
            values.add(v);
        }
        return values;
    }

    private static Organisationsnummer orgnr(YamlNode item, String field) {
        String value = item.string(field);
        Organisationsnummer.problemWith(value).ifPresent(problem -> {
            throw item.error(
                    field,
                    switch (problem) {
                        case FORMAT -> "not an organisationsnummer (NNNNNN-NNNN)";
                        case NOT_LEGAL_ENTITY -> "the third digit must be 2 or more for a legal entity";
                        case CHECK_DIGIT -> "the check digit is wrong";
                    });
        });
        return Organisationsnummer.parse(value);
    }

    private static LocalizedText localized(YamlNode item, String field) {
        Map<String, String> texts = item.texts(field);
        return new LocalizedText(texts.get("sv"), texts.get("en"));
    }

    private static LocalizedText optionalLocalized(YamlNode item, String field) {
        return item.optional(field).isPresent() ? localized(item, field) : null;
    }

    private static GeoPoint location(YamlNode item, String field) {
        YamlNode point = item.required(field).allowOnly(Set.of("lat", "lon"));
        BigDecimal lat = point.decimal("lat", BigDecimal.valueOf(-90), BigDecimal.valueOf(90));
        BigDecimal lon = point.decimal("lon", BigDecimal.valueOf(-180), BigDecimal.valueOf(180));
        return new GeoPoint(lat.doubleValue(), lon.doubleValue());
    }

    private static String optionalEmail(YamlNode item, String field) {
        String email = item.optionalString(field).orElse(null);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw item.error(field, "not an e-mail address");
        }
        return email;
    }

    private List<AreaRow> areas() {
        List<AreaRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : items("areas.yaml", "areas")) {
            item.allowOnly(Set.of("code", "name", "centre"));
            rows.add(new AreaRow(code(item, "code", seen), item.string("name", 120), location(item, "centre")));
        }
        return rows;
    }

    private List<SpecialisationRow> specialisations() {
        List<SpecialisationRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : items("specialisations.yaml", "specialisations")) {
            item.allowOnly(Set.of("code", "name"));
            rows.add(new SpecialisationRow(code(item, "code", seen), localized(item, "name")));
        }
        return rows;
    }

    private Map<Organisationsnummer, ProviderRow> providers() {
        Map<Organisationsnummer, ProviderRow> rows = new LinkedHashMap<>();
        for (YamlNode item : items("providers.yaml", "providers")) {
            item.allowOnly(Set.of("orgnr", "name", "type", "legalForm", "address", "phone", "email", "website"));
            Organisationsnummer orgnr = orgnr(item, "orgnr");
            if (rows.containsKey(orgnr)) {
                throw item.error("orgnr", "'" + orgnr + "' appears twice");
            }
            rows.put(
                    orgnr,
                    new ProviderRow(
                            orgnr,
                            item.string("name", 200),
                            item.enumValue("type", ProviderType.class),
                            item.optionalString("legalForm").orElse(null),
                            item.optionalString("address").orElse(null),
                            item.optionalString("phone").orElse(null),
                            optionalEmail(item, "email"),
                            item.optionalString("website").orElse(null)));
        }
        return rows;
    }

    private List<ServiceTypeRow> serviceTypes(Set<Organisationsnummer> providers) {
        List<ServiceTypeRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : items("service-types.yaml", "serviceTypes")) {
            item.allowOnly(Set.of(
                    "code",
                    "name",
                    "description",
                    "scopeUnit",
                    "delivery",
                    "choiceDeadlineDays",
                    "noticePeriodDays",
                    "firstContactWorkingDays",
                    "sortOrder",
                    "defaultProvider"));
            String code = code(item, "code", seen);
            YamlNode rule = item.required("defaultProvider").allowOnly(Set.of("rule", "provider", "explanation"));
            DefaultProviderRule ruleType = rule.enumValue("rule", DefaultProviderRule.class);
            Organisationsnummer defaultProvider = null;
            if (rule.optional("provider").isPresent()) {
                defaultProvider = orgnr(rule, "provider");
                if (!providers.contains(defaultProvider)) {
                    throw rule.error("provider", "no provider with organisationsnummer " + defaultProvider);
                }
            } else if (ruleType == DefaultProviderRule.MUNICIPAL_OWN_PRODUCTION) {
                throw rule.error("provider", "is required for MUNICIPAL_OWN_PRODUCTION");
            }
            rows.add(new ServiceTypeRow(
                    code,
                    localized(item, "name"),
                    localized(item, "description"),
                    item.enumValue("scopeUnit", ScopeUnit.class),
                    item.enumValue("delivery", Delivery.class),
                    item.integer("choiceDeadlineDays", 1, 90),
                    item.integer("noticePeriodDays", 0, 90),
                    item.integer("firstContactWorkingDays", 1, 30),
                    item.integer("sortOrder", 0, 1000),
                    ruleType,
                    defaultProvider,
                    localized(rule, "explanation")));
        }
        return rows;
    }

    private List<IndicatorRow> indicators(Set<String> serviceTypes) {
        List<IndicatorRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : items("indicators.yaml", "indicators")) {
            item.allowOnly(Set.of("code", "name", "description", "unit", "higherIsBetter", "serviceTypes"));
            rows.add(new IndicatorRow(
                    code(item, "code", seen),
                    localized(item, "name"),
                    optionalLocalized(item, "description"),
                    item.enumValue("unit", IndicatorUnit.class),
                    item.bool("higherIsBetter"),
                    references(item, "serviceTypes", serviceTypes, "service type")));
        }
        return rows;
    }

    private List<ServicePointRow> servicePoints(Set<String> areas) {
        List<ServicePointRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : items("service-points.yaml", "servicePoints")) {
            item.allowOnly(Set.of("code", "name", "area", "address", "openingHours", "location"));
            rows.add(new ServicePointRow(
                    code(item, "code", seen),
                    item.string("name", 200),
                    reference(item, "area", areas, "area"),
                    item.string("address", 300),
                    localized(item, "openingHours"),
                    location(item, "location")));
        }
        return rows;
    }

    private List<RequirementRow> requirements(Set<String> serviceTypes) {
        List<RequirementRow> rows = new ArrayList<>();
        Map<String, Set<String>> seen = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (YamlNode item : items("requirements.yaml", "requirements")) {
            item.allowOnly(Set.of("serviceType", "code", "text", "attachmentRequired"));
            String serviceType = reference(item, "serviceType", serviceTypes, "service type");
            String code = code(item, "code", seen.computeIfAbsent(serviceType, k -> new HashSet<>()));
            boolean attachment = item.optional("attachmentRequired").isPresent() && item.bool("attachmentRequired");
            rows.add(new RequirementRow(
                    serviceType, code, localized(item, "text"), attachment, order.merge(serviceType, 1, Integer::sum)));
        }
        return rows;
    }

    private Map<String, AccreditationRow> accreditations(Set<Organisationsnummer> providers, Set<String> serviceTypes) {
        Map<String, AccreditationRow> rows = new LinkedHashMap<>();
        for (YamlNode item : items("accreditations.yaml", "accreditations")) {
            item.allowOnly(Set.of("provider", "serviceType", "status", "validFrom", "decidedOn", "reason"));
            Organisationsnummer provider = orgnr(item, "provider");
            if (!providers.contains(provider)) {
                throw item.error("provider", "no provider with organisationsnummer " + provider);
            }
            String serviceType = reference(item, "serviceType", serviceTypes, "service type");
            AccreditationStatus status = item.enumValue("status", AccreditationStatus.class);
            LocalDate validFrom = item.optionalDate("validFrom").orElse(null);
            if (validFrom == null
                    && (status == AccreditationStatus.APPROVED || status == AccreditationStatus.SUSPENDED)) {
                throw item.error("validFrom", "is required for " + status);
            }
            LocalizedText reason = optionalLocalized(item, "reason");
            if (reason == null
                    && (status == AccreditationStatus.REJECTED
                            || status == AccreditationStatus.SUSPENDED
                            || status == AccreditationStatus.REVOKED)) {
                throw item.error("reason", "is required for " + status);
            }
            String key = provider + "/" + serviceType;
            if (rows.containsKey(key)) {
                throw item.error(null, "a second accreditation for " + provider + " and " + serviceType);
            }
            rows.put(
                    key,
                    new AccreditationRow(provider, serviceType, status, validFrom, item.date("decidedOn"), reason));
        }
        return rows;
    }

    private List<OfferingRow> offerings(
            Set<Organisationsnummer> providers,
            Map<String, ServiceTypeRow> serviceTypes,
            Map<String, AccreditationRow> accreditations,
            Set<String> areas,
            Set<String> specialisations) {
        List<OfferingRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : items("offerings.yaml", "offerings")) {
            item.allowOnly(Set.of(
                    "code",
                    "provider",
                    "serviceType",
                    "unitName",
                    "summary",
                    "description",
                    "includes",
                    "staffCompetence",
                    "languages",
                    "specialisations",
                    "areas",
                    "capacity",
                    "takesNewCustomers",
                    "address",
                    "location",
                    "phone",
                    "email",
                    "openingHours",
                    "lastConfirmed"));
            String code = code(item, "code", seen);
            Organisationsnummer provider = orgnr(item, "provider");
            if (!providers.contains(provider)) {
                throw item.error("provider", "no provider with organisationsnummer " + provider);
            }
            String serviceTypeCode = reference(item, "serviceType", serviceTypes.keySet(), "service type");
            if (!accreditations.containsKey(provider + "/" + serviceTypeCode)) {
                throw item.error(
                        "serviceType",
                        "the provider has no accreditation for " + serviceTypeCode + " in accreditations.yaml");
            }
            Map<String, String> summary = item.texts("summary");
            Map<String, String> description = item.optionalTexts("description").orElse(Map.of());
            Map<String, String> includes = item.optionalTexts("includes").orElse(Map.of());
            Map<String, String> competence =
                    item.optionalTexts("staffCompetence").orElse(Map.of());
            Map<String, String> hours = item.optionalTexts("openingHours").orElse(Map.of());
            for (Map.Entry<String, String> s : summary.entrySet()) {
                if (s.getValue().length() > SUMMARY_MAX) {
                    throw item.error(
                            "summary." + s.getKey(),
                            "is " + s.getValue().length() + " characters; at most " + SUMMARY_MAX + " allowed");
                }
            }
            Map<String, OfferingText> texts = new LinkedHashMap<>();
            for (String field : List.of("description", "includes", "staffCompetence", "openingHours")) {
                Map<String, String> byLanguage = switch (field) {
                    case "description" -> description;
                    case "includes" -> includes;
                    case "staffCompetence" -> competence;
                    default -> hours;
                };
                for (String language : byLanguage.keySet()) {
                    if (!summary.containsKey(language)) {
                        throw item.error(field + "." + language, "has no summary in the same language");
                    }
                }
            }
            for (String language : summary.keySet()) {
                texts.put(
                        language,
                        new OfferingText(
                                summary.get(language),
                                description.get(language),
                                includes.get(language),
                                competence.get(language),
                                hours.get(language)));
            }
            Set<String> languages = new LinkedHashSet<>();
            for (YamlNode language : item.list("languages")) {
                if (!LANGUAGE.matcher(language.scalar()).matches()) {
                    throw language.error(null, "not a language code (ISO 639-1, e.g. sv, fi, ar)");
                }
                languages.add(language.scalar());
            }
            Set<String> specs = references(item, "specialisations", specialisations, "specialisation");
            if (specs.size() > 6) {
                throw item.error("specialisations", "at most 6 specialisations");
            }
            Set<String> served = references(item, "areas", areas, "area");
            if (served.isEmpty()) {
                throw item.error("areas", "at least one area is required");
            }
            boolean atPremises = serviceTypes.get(serviceTypeCode).delivery() == Delivery.PREMISES;
            String address = item.optionalString("address").orElse(null);
            GeoPoint location = item.optional("location").isPresent() ? location(item, "location") : null;
            if (atPremises && (address == null || location == null)) {
                throw item.error(
                        address == null ? "address" : "location",
                        "is required: " + serviceTypeCode + " is delivered at the provider's premises");
            }
            rows.add(new OfferingRow(
                    code,
                    provider,
                    serviceTypeCode,
                    item.optionalString("unitName").orElse(null),
                    texts,
                    languages,
                    specs,
                    served,
                    item.integer("capacity", 0, 100_000),
                    item.bool("takesNewCustomers"),
                    address,
                    location,
                    item.optionalString("phone").orElse(null),
                    optionalEmail(item, "email"),
                    item.optionalDate("lastConfirmed").orElse(null)));
        }
        return rows;
    }

    private List<QualityRow> qualityIndicators(
            Set<Organisationsnummer> providers, Set<String> serviceTypes, Set<String> indicators) {
        String file = "quality-indicators.csv";
        List<QualityRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<QualityIndicatorCsv.Row> parsed = new ArrayList<>();
        for (Path path : present(file)) {
            try {
                parsed.addAll(QualityIndicatorCsv.parse(file, Files.readAllLines(path, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new ReferenceDataException(file, 0, null, "cannot be read: " + e.getMessage());
            }
        }
        for (QualityIndicatorCsv.Row row : parsed) {
            if (!providers.contains(row.provider())) {
                throw new ReferenceDataException(
                        file, row.line(), "orgnr", "no provider with organisationsnummer " + row.provider());
            }
            if (!serviceTypes.contains(row.serviceType())) {
                throw new ReferenceDataException(
                        file, row.line(), "serviceType", "unknown service type '" + row.serviceType() + "'");
            }
            if (!indicators.contains(row.indicator())) {
                throw new ReferenceDataException(
                        file, row.line(), "indicator", "unknown indicator '" + row.indicator() + "'");
            }
            if (!seen.add(row.provider() + "/" + row.serviceType() + "/" + row.indicator() + "/" + row.year())) {
                throw new ReferenceDataException(
                        file,
                        row.line(),
                        null,
                        "the same provider, service type, indicator" + " and year appear twice");
            }
            rows.add(new QualityRow(
                    row.provider(),
                    row.serviceType(),
                    row.indicator(),
                    row.year(),
                    row.value(),
                    row.respondents(),
                    row.source(),
                    row.national()));
        }
        return rows;
    }

    private List<ResidentRow> residents(Set<String> areas, Set<String> serviceTypes, Set<String> specialisations) {
        List<ResidentRow> rows = new ArrayList<>();
        Set<Personnummer> seen = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (YamlNode item : items("residents.yaml", "residents")) {
            item.allowOnly(Set.of(
                    "personnummer",
                    "firstName",
                    "lastName",
                    "area",
                    "contactPreference",
                    "email",
                    "phone",
                    "entitlements"));
            Personnummer personnummer = personnummer(item, "personnummer");
            if (!seen.add(personnummer)) {
                throw item.error("personnummer", "appears twice");
            }
            List<EntitlementRow> entitlements = new ArrayList<>();
            for (YamlNode e : item.list("entitlements")) {
                e.allowOnly(Set.of("key", "serviceType", "conversationDaysAgo", "officer", "scope", "wishes"));
                String key = code(e, "key", keys);
                Set<String> languages = Set.of();
                Set<String> wishedSpecs = Set.of();
                String wishText = null;
                if (e.optional("wishes").isPresent()) {
                    YamlNode wishes = e.required("wishes").allowOnly(Set.of("languages", "specialisations", "text"));
                    languages = new LinkedHashSet<>(wishes.strings("languages"));
                    wishedSpecs = references(wishes, "specialisations", specialisations, "specialisation");
                    wishText = wishes.optional("text").isPresent()
                            ? wishes.texts("text").get("sv")
                            : null;
                }
                entitlements.add(new EntitlementRow(
                        key,
                        reference(e, "serviceType", serviceTypes, "service type"),
                        e.integer("conversationDaysAgo", 0, 365),
                        e.string("officer", 100),
                        e.decimal("scope", BigDecimal.ZERO, BigDecimal.valueOf(744)),
                        languages,
                        wishedSpecs,
                        wishText));
            }
            rows.add(new ResidentRow(
                    personnummer,
                    item.string("firstName", 100),
                    item.string("lastName", 100),
                    reference(item, "area", areas, "area"),
                    item.enumValue("contactPreference", ContactPreference.class),
                    optionalEmail(item, "email"),
                    item.optionalString("phone").orElse(null),
                    entitlements));
        }
        return rows;
    }

    static Personnummer personnummer(YamlNode item, String field) {
        String value = item.string(field);
        Personnummer.problemWith(value).ifPresent(problem -> {
            // The value itself is left out of the message: personnummer never go into logs.
            throw item.error(
                    field,
                    switch (problem) {
                        case FORMAT -> "not a personnummer (YYYYMMDD-NNNN)";
                        case DATE -> "not a real date of birth";
                        case CHECK_DIGIT -> "the check digit is wrong";
                    });
        });
        return Personnummer.parse(value);
    }
}
