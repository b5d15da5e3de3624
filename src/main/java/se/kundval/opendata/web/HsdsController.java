package se.kundval.opendata.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import se.kundval.catalogue.OpenCatalogue;
import se.kundval.catalogue.OpenCatalogueStamp;
import se.kundval.catalogue.OpenOffering;
import se.kundval.catalogue.OpenOfferingFilter;
import se.kundval.catalogue.OpenProvider;
import se.kundval.catalogue.OpenTerm;
import se.kundval.opendata.internal.HsdsIds;
import se.kundval.opendata.internal.HsdsMapper;
import se.kundval.opendata.internal.ServiceIds;
import se.kundval.shared.GeoPoint;

/**
 * Kundval's catalogue as an Open Referral HSDS 3.0 API with the Swedish LOV profile: public, read
 * only, JSON. Every answer carries an ETag derived from the catalogue's current version
 * ({@link OpenCatalogue#stamp()}), so a repeated request is answered 304 before anything is built.
 */
@RestController
@RequestMapping(HsdsController.BASE)
class HsdsController {

    static final String BASE = "/api/hsds";
    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;
    private static final int EXPORT_BATCH = 100;
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    /** Caches may keep an answer but must ask again each time: a suspended provider must vanish at once. */
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    private static final Pattern POSTCODE = Pattern.compile("^\\d{3}\\s?\\d{2}$");
    private static final Set<String> PROFILE_FILES = Set.of(
            "service.json",
            "organization.json",
            "organization_identifier.json",
            "service_area.json",
            "taxonomy_term.json",
            "openapi.json");

    private final OpenCatalogue catalogue;
    private final ServiceIds serviceIds;
    private final JsonMapper json;
    private final String region;

    HsdsController(
            OpenCatalogue catalogue,
            ServiceIds serviceIds,
            JsonMapper json,
            @Value("${kundval.opendata.region}") String region) {
        this.catalogue = catalogue;
        this.serviceIds = serviceIds;
        this.json = json;
        this.region = region;
    }

    @GetMapping({"", "/"})
    ResponseEntity<Object> root(ServletWebRequest request) {
        String base = baseUrl();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "3.0");
        root.put("profile", base + BASE + "/profile");
        root.put("openapi_url", base + BASE + "/openapi.json");
        return conditional(request, () -> root);
    }

    @GetMapping("/services")
    ResponseEntity<Object> services(
            @RequestParam Map<String, String> parameters, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        Params p = new Params(parameters);
        OpenOfferingFilter filter = serviceFilter(p, false);
        boolean minimal = p.flag("minimal");
        boolean full = p.flag("full");
        return offeringList(
                p,
                filter,
                request,
                response,
                (mapper, o) ->
                        minimal ? mapper.serviceMinimal(o) : full ? mapper.serviceFull(o) : mapper.serviceSummary(o));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<Object> service(@PathVariable String id, ServletWebRequest request) {
        uuid("id", id);
        return conditional(request, () -> {
            OpenOffering o = serviceIds
                    .offeringCode(id)
                    .flatMap(catalogue::offering)
                    .filter(found -> HsdsIds.service(found.code()).equals(id))
                    .orElseThrow(() -> HsdsProblem.notFound("service"));
            return mapper(catalogue.terms(), List.of(o)).serviceFull(o);
        });
    }

    @GetMapping("/service_at_locations")
    ResponseEntity<Object> serviceAtLocations(
            @RequestParam Map<String, String> parameters, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        Params p = new Params(parameters);
        OpenOfferingFilter filter = serviceFilter(p, true);
        boolean full = p.flag("full");
        return offeringList(p, filter, request, response, (mapper, o) -> mapper.serviceAtLocation(o, full));
    }

    @GetMapping("/service_at_locations/{id}")
    ResponseEntity<Object> serviceAtLocation(@PathVariable String id, ServletWebRequest request) {
        uuid("id", id);
        return conditional(request, () -> {
            OpenOffering o = serviceIds
                    .offeringCode(id)
                    .flatMap(catalogue::offering)
                    .filter(found -> HsdsIds.serviceAtLocation(found.code()).equals(id))
                    .filter(found -> found.active() && found.address() != null && found.location() != null)
                    .orElseThrow(() -> HsdsProblem.notFound("service at location"));
            return mapper(catalogue.terms(), List.of(o)).serviceAtLocation(o, true);
        });
    }

    @GetMapping("/organizations")
    ResponseEntity<Object> organizations(
            @RequestParam Map<String, String> parameters, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        Params p = new Params(parameters);
        String search = p.text("search");
        boolean full = p.flag("full");
        boolean fullService = p.flag("full_service");
        return list(
                p,
                request,
                response,
                () -> providers().values().stream()
                        .filter(o -> search == null || matches(search, o.name()))
                        .toList(),
                page -> organizations(page, full || fullService, fullService));
    }

    /** The organizations of one page; with their services, read for the whole page at once. */
    private List<Map<String, Object>> organizations(
            List<OpenProvider> providers, boolean withServices, boolean fullServices) {
        HsdsMapper mapper = new HsdsMapper(
                baseUrl(),
                catalogue.terms(),
                providers.stream().collect(Collectors.toMap(OpenProvider::orgnr, Function.identity())),
                region);
        if (!withServices || providers.isEmpty()) {
            return providers.stream().map(mapper::organizationSummary).toList();
        }
        Map<String, List<OpenOffering>> byOrgnr = catalogue
                .offerings(
                        new OpenOfferingFilter(
                                null,
                                null,
                                null,
                                providers.stream().map(OpenProvider::orgnr).collect(Collectors.toSet()),
                                null,
                                false,
                                null,
                                null,
                                null),
                        0,
                        Integer.MAX_VALUE)
                .stream()
                .collect(Collectors.groupingBy(OpenOffering::providerOrgnr));
        return providers.stream()
                .map(o -> mapper.organizationFull(o, byOrgnr.getOrDefault(o.orgnr(), List.of()), fullServices))
                .toList();
    }

    @GetMapping("/organizations/{id}")
    ResponseEntity<Object> organization(
            @PathVariable String id, @RequestParam Map<String, String> parameters, ServletWebRequest request) {
        uuid("id", id);
        boolean fullService = new Params(parameters).flag("full_service");
        return conditional(request, () -> {
            OpenProvider provider = providers().values().stream()
                    .filter(o -> HsdsIds.organization(o.orgnr()).equals(id))
                    .findFirst()
                    .orElseThrow(() -> HsdsProblem.notFound("organization"));
            return organizations(List.of(provider), true, fullService).getFirst();
        });
    }

    @GetMapping("/taxonomies")
    ResponseEntity<Object> taxonomies(
            @RequestParam Map<String, String> parameters, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        Params p = new Params(parameters);
        String search = p.text("search");
        return list(
                p,
                request,
                response,
                () -> {
                    Map<String, Object> taxonomy = mapper().taxonomy();
                    return search == null
                                    || matches(
                                            search, (String) taxonomy.get("name"), (String) taxonomy.get("description"))
                            ? List.of(taxonomy)
                            : List.<Map<String, Object>>of();
                },
                Function.identity());
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<Object> taxonomy(@PathVariable String id, ServletWebRequest request) {
        uuid("id", id);
        return conditional(request, () -> {
            if (!HsdsIds.taxonomy().equals(id)) {
                throw HsdsProblem.notFound("taxonomy");
            }
            return mapper().taxonomy();
        });
    }

    @GetMapping("/taxonomy_terms")
    ResponseEntity<Object> taxonomyTerms(
            @RequestParam Map<String, String> parameters, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        Params p = new Params(parameters);
        String search = p.text("search");
        String taxonomyId = p.uuid("taxonomy_id");
        String parentId = p.uuid("parent_id");
        p.flag("top_only");
        return list(
                p,
                request,
                response,
                () -> {
                    // The Kundval taxonomy is flat: every term is a top term, none has a parent.
                    if (taxonomyId != null && !taxonomyId.equals(HsdsIds.taxonomy()) || parentId != null) {
                        return List.<OpenTerm>of();
                    }
                    return catalogue.terms().stream()
                            .filter(t -> search == null
                                    || matches(search, t.name().sv(), t.name().en()))
                            .toList();
                },
                page -> {
                    HsdsMapper mapper = mapper();
                    return page.stream().map(mapper::term).toList();
                });
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<Object> taxonomyTerm(@PathVariable String id, ServletWebRequest request) {
        uuid("id", id);
        return conditional(request, () -> {
            HsdsMapper mapper = mapper();
            return catalogue.terms().stream()
                    .filter(t -> HsdsMapper.termId(t).equals(id))
                    .findFirst()
                    .map(mapper::term)
                    .orElseThrow(() -> HsdsProblem.notFound("taxonomy term"));
        });
    }

    /** The API's OpenAPI 3.1 document: HSDS's own, adapted (src/main/resources/hsds/openapi.json). */
    @GetMapping("/openapi.json")
    ResponseEntity<Object> openApi(ServletWebRequest request) throws IOException {
        return staticJson(request, new ClassPathResource("hsds/openapi.json"));
    }

    /** The profile's description: what it is and where its JSON Merge Patch files are. */
    @GetMapping("/profile")
    ResponseEntity<Object> profile(ServletWebRequest request) {
        String base = baseUrl();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", "Kundval – svensk LOV-profil för HSDS");
        profile.put("version", "1.0.0");
        profile.put("hsds_version", "3.0");
        profile.put("uri", base + BASE + "/profile");
        profile.put(
                "description",
                "Öppna data om utförare och tjänster i kommunens valfrihetssystem enligt lagen"
                        + " (2008:962) om valfrihetssystem (LOV). Ändringarna mot HSDS 3.0 är JSON Merge Patch-filer"
                        + " (RFC 7386) över HSDS-schemana med samma filnamn.");
        profile.put("documentation", base + "/oppna-data");
        profile.put("hsds_schemas", "https://github.com/openreferral/specification/tree/3.0/schema");
        profile.put(
                "modifications",
                PROFILE_FILES.stream()
                        .sorted()
                        .collect(Collectors.toMap(
                                Function.identity(),
                                f -> base + BASE + "/profile/" + f,
                                (a, b) -> a,
                                LinkedHashMap::new)));
        return conditional(request, () -> profile);
    }

    @GetMapping("/profile/{file}")
    ResponseEntity<Object> profileFile(@PathVariable String file, ServletWebRequest request) throws IOException {
        if (!PROFILE_FILES.contains(file)) {
            throw HsdsProblem.notFound("profile file");
        }
        return staticJson(request, new ClassPathResource("hsds/profile/" + file));
    }

    /** Anything else under the base: a JSON 404 (not the portal's HTML page, which would start a session). */
    @GetMapping("/**")
    ResponseEntity<Object> unknown() {
        throw new HsdsProblem(HttpStatus.NOT_FOUND, "No such endpoint. See " + BASE + "/openapi.json.");
    }

    // --- lists -------------------------------------------------------------------------------

    private interface OfferingView {
        Map<String, Object> apply(HsdsMapper mapper, OpenOffering offering);
    }

    private ResponseEntity<Object> offeringList(
            Params p,
            OpenOfferingFilter filter,
            ServletWebRequest request,
            HttpServletResponse response,
            OfferingView view)
            throws IOException {
        if (p.ndjson()) {
            return ndjson(request, response, out -> {
                List<OpenTerm> terms = catalogue.terms();
                for (int offset = 0; ; offset += EXPORT_BATCH) {
                    List<OpenOffering> batch =
                            filter == null ? List.of() : catalogue.offerings(filter, offset, EXPORT_BATCH);
                    HsdsMapper mapper = mapper(terms, batch);
                    for (OpenOffering o : batch) {
                        out.write(json.writeValueAsBytes(view.apply(mapper, o)));
                        out.write('\n');
                    }
                    if (batch.size() < EXPORT_BATCH) {
                        return;
                    }
                }
            });
        }
        int page = p.page();
        int perPage = p.perPage();
        return conditional(request, () -> {
            long total = filter == null ? 0 : catalogue.countOfferings(filter);
            List<OpenOffering> offerings = filter == null
                    ? List.of()
                    : catalogue.offerings(
                            filter, (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * perPage), perPage);
            HsdsMapper mapper = mapper(catalogue.terms(), offerings);
            return page(
                    total,
                    page,
                    perPage,
                    offerings.stream().map(o -> view.apply(mapper, o)).toList());
        });
    }

    /**
     * A list whose items are few enough to hold (organizations, taxonomies, terms): the matching items
     * are selected whole, only one page of them (or one batch at a time for ndjson) is turned into JSON.
     */
    private <T> ResponseEntity<Object> list(
            Params p,
            ServletWebRequest request,
            HttpServletResponse response,
            Supplier<List<T>> all,
            Function<List<T>, List<Map<String, Object>>> view)
            throws IOException {
        if (p.ndjson()) {
            return ndjson(request, response, out -> {
                List<T> items = all.get();
                for (int from = 0; from < items.size(); from += EXPORT_BATCH) {
                    for (Map<String, Object> item :
                            view.apply(items.subList(from, Math.min(items.size(), from + EXPORT_BATCH)))) {
                        out.write(json.writeValueAsBytes(item));
                        out.write('\n');
                    }
                }
            });
        }
        int page = p.page();
        int perPage = p.perPage();
        return conditional(request, () -> {
            List<T> items = all.get();
            long from = Math.min(items.size(), (long) (page - 1) * perPage);
            long to = Math.min(items.size(), from + perPage);
            return page(items.size(), page, perPage, view.apply(items.subList((int) from, (int) to)));
        });
    }

    private static Map<String, Object> page(long total, int page, int perPage, List<Map<String, Object>> contents) {
        long totalPages = (total + perPage - 1) / perPage;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("total_items", total);
        result.put("total_pages", totalPages);
        result.put("page_number", page);
        result.put("size", contents.size());
        result.put("first_page", page == 1);
        result.put("last_page", page >= totalPages);
        result.put("empty", contents.isEmpty());
        result.put("contents", contents);
        return result;
    }

    private interface Export {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The whole set, one JSON object a line, unpaginated (format=ndjson), written as it is read. */
    private ResponseEntity<Object> ndjson(ServletWebRequest request, HttpServletResponse response, Export export)
            throws IOException {
        OpenCatalogueStamp stamp = catalogue.stamp();
        String etag = etag(stamp, request);
        if (request.checkNotModified(etag, stamp.lastModified().toEpochMilli())) {
            response.setHeader("Cache-Control", REVALIDATE.getHeaderValue());
            return null;
        }
        response.setHeader("Cache-Control", REVALIDATE.getHeaderValue());
        response.setContentType(NDJSON.toString());
        response.setCharacterEncoding("UTF-8");
        if (!"HEAD".equals(request.getRequest().getMethod())) {
            OutputStream out = response.getOutputStream();
            export.writeTo(out);
            out.flush();
        }
        return null;
    }

    // --- conditional requests ---------------------------------------------------------------

    private ResponseEntity<Object> conditional(ServletWebRequest request, Supplier<Object> body) {
        OpenCatalogueStamp stamp = catalogue.stamp();
        String etag = etag(stamp, request);
        if (request.checkNotModified(etag, stamp.lastModified().toEpochMilli())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(REVALIDATE)
                    .lastModified(stamp.lastModified())
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .lastModified(stamp.lastModified())
                .cacheControl(REVALIDATE)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body.get());
    }

    /** Same catalogue version, address and question: same answer. The host is in it because answers hold links. */
    private String etag(OpenCatalogueStamp stamp, ServletWebRequest request) {
        HttpServletRequest http = request.getRequest();
        return "\""
                + sha256(stamp.version() + "|" + baseUrl() + "|" + http.getRequestURI() + "?" + http.getQueryString())
                        .substring(0, 32)
                + "\"";
    }

    private ResponseEntity<Object> staticJson(ServletWebRequest request, ClassPathResource resource)
            throws IOException {
        byte[] content;
        try (InputStream in = resource.getInputStream()) {
            content = in.readAllBytes();
        }
        String etag = "\"" + sha256(new String(content, StandardCharsets.UTF_8)).substring(0, 32) + "\"";
        CacheControl cache = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(cache)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.readTree(content));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- parameters --------------------------------------------------------------------------

    /**
     * The filter for services (and services at locations), or null when a filter names something
     * that does not exist (an unknown organization or term): then nothing matches.
     */
    private OpenOfferingFilter serviceFilter(Params p, boolean atLocations) {
        String search = p.text("search");
        String termId = p.uuid("taxonomy_term_id");
        String taxonomyId = p.uuid("taxonomy_id");
        String organizationId = p.uuid("organization_id");
        Instant modifiedAfter = p.instant("modified_after");
        String postcode = atLocations ? p.postcode() : null;
        Integer proximity = atLocations ? p.positive("proximity") : null;
        if (proximity != null && postcode == null) {
            throw HsdsProblem.badParameter("proximity", "needs a postcode to measure from");
        }
        if (taxonomyId != null && !taxonomyId.equals(HsdsIds.taxonomy())) {
            return null;
        }
        String serviceType = null;
        String specialisation = null;
        if (termId != null) {
            Optional<OpenTerm> term = catalogue.terms().stream()
                    .filter(t -> HsdsMapper.termId(t).equals(termId))
                    .findFirst();
            if (term.isEmpty()) {
                return null;
            }
            if (term.get().kind() == OpenTerm.Kind.SERVICE_TYPE) {
                serviceType = term.get().code();
            } else {
                specialisation = term.get().code();
            }
        }
        String orgnr = null;
        if (organizationId != null) {
            orgnr = providers().values().stream()
                    .filter(o -> HsdsIds.organization(o.orgnr()).equals(organizationId))
                    .map(OpenProvider::orgnr)
                    .findFirst()
                    .orElse(null);
            if (orgnr == null) {
                return null;
            }
        }
        Set<String> orgnrs = orgnr == null ? null : Set.of(orgnr);
        OpenOfferingFilter filter = new OpenOfferingFilter(
                search, serviceType, specialisation, orgnrs, modifiedAfter, atLocations, postcode, null, null);
        if (proximity != null) {
            // The postcode's centroid: the mean position of the catalogue's premises in it (no postcode
            // register is needed, and a postcode without premises has no centroid: nothing is near it).
            List<OpenOffering> inPostcode = catalogue.offerings(
                    new OpenOfferingFilter(null, null, null, null, null, true, postcode, null, null),
                    0,
                    Integer.MAX_VALUE);
            if (inPostcode.isEmpty()) {
                return null;
            }
            GeoPoint centroid = new GeoPoint(
                    inPostcode.stream()
                            .mapToDouble(o -> o.location().lat())
                            .average()
                            .orElseThrow(),
                    inPostcode.stream()
                            .mapToDouble(o -> o.location().lon())
                            .average()
                            .orElseThrow());
            filter = new OpenOfferingFilter(
                    search, serviceType, specialisation, orgnrs, modifiedAfter, true, null, centroid, proximity);
        }
        return filter;
    }

    private static void uuid(String name, String value) {
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw HsdsProblem.badParameter(name, "a UUID is expected");
        }
        if (value.length() != 36) {
            throw HsdsProblem.badParameter(name, "a UUID is expected");
        }
    }

    private static List<String> words(String search) {
        return List.of(search.trim().split("\\s+"));
    }

    private static boolean matches(String search, String... texts) {
        return words(search).stream()
                .allMatch(w -> Arrays.stream(texts)
                        .anyMatch(t -> t != null && t.toLowerCase().contains(w.toLowerCase())));
    }

    /** The query parameters HSDS defines; unknown ones are ignored, malformed ones are a 400. */
    private static final class Params {
        private final Map<String, String> values;

        Params(Map<String, String> values) {
            this.values = values;
        }

        String text(String name) {
            String v = values.get(name);
            if (v != null && v.length() > 200) {
                throw HsdsProblem.badParameter(name, "at most 200 characters");
            }
            return v == null || v.isBlank() ? null : v.trim();
        }

        int page() {
            return integer("page", 1, 1, Integer.MAX_VALUE / MAX_PER_PAGE);
        }

        int perPage() {
            return integer("per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
        }

        private int integer(String name, int fallback, int min, int max) {
            String v = values.get(name);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            try {
                int i = Integer.parseInt(v.trim());
                if (i >= min && i <= max) {
                    return i;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw HsdsProblem.badParameter(name, "a whole number from " + min + " to " + max + " is expected");
        }

        Integer positive(String name) {
            return values.get(name) == null || values.get(name).isBlank() ? null : integer(name, 0, 1, 1_000_000);
        }

        boolean flag(String name) {
            String v = values.get(name);
            if (v == null || v.isBlank() || v.equalsIgnoreCase("false")) {
                return false;
            }
            if (v.equalsIgnoreCase("true")) {
                return true;
            }
            throw HsdsProblem.badParameter(name, "true or false is expected");
        }

        boolean ndjson() {
            String v = values.get("format");
            if (v == null || v.isBlank() || v.equalsIgnoreCase("json")) {
                return false;
            }
            if (v.equalsIgnoreCase("ndjson")) {
                return true;
            }
            throw HsdsProblem.badParameter("format", "json or ndjson is expected");
        }

        String uuid(String name) {
            String v = text(name);
            if (v != null) {
                HsdsController.uuid(name, v);
            }
            return v;
        }

        String postcode() {
            String v = text("postcode");
            if (v != null && !POSTCODE.matcher(v).matches()) {
                throw HsdsProblem.badParameter("postcode", "a Swedish postcode such as 131 30 is expected");
            }
            return v;
        }

        /** A date-time with offset (2026-12-01T08:00:00Z) or a date (from its start, UTC). */
        Instant instant(String name) {
            String v = text(name);
            if (v == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e2) {
                    throw HsdsProblem.badParameter(name, "a date-time such as 2026-12-01T08:00:00Z is expected");
                }
            }
        }
    }

    // --- the catalogue ---------------------------------------------------------------------------

    private Map<String, OpenProvider> providers() {
        return catalogue.providers().stream()
                .collect(Collectors.toMap(OpenProvider::orgnr, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** A mapper for objects that need no provider details (taxonomies, terms). */
    private HsdsMapper mapper() {
        return new HsdsMapper(baseUrl(), catalogue.terms(), Map.of(), region);
    }

    /** A mapper for these offerings: only their providers are read. */
    private HsdsMapper mapper(List<OpenTerm> terms, List<OpenOffering> offerings) {
        Set<String> orgnrs = offerings.stream().map(OpenOffering::providerOrgnr).collect(Collectors.toSet());
        return new HsdsMapper(
                baseUrl(),
                terms,
                catalogue.providers(orgnrs).stream()
                        .collect(Collectors.toMap(OpenProvider::orgnr, Function.identity())),
                region);
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .replaceQuery(null)
                .build()
                .toUriString();
    }
}
