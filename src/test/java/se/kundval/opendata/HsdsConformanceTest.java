package se.kundval.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.ListingForm;
import se.kundval.catalogue.ListingService;
import se.kundval.catalogue.OfferingText;
import se.kundval.identity.TestLogins;
import se.kundval.opendata.internal.HsdsIds;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.ProviderType;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;

/**
 * The open-data API against HSDS 3.0's official JSON Schemas and Kundval's profile: every endpoint,
 * the whole sample municipality and edge cases, walked page by page as the Open Referral UK validator
 * does. Each test scopes its edge cases to its own service type (a taxonomy term), so tests never
 * see each other's data. Requests go through the whole servlet stack of the shared test context
 * (the API's filter, Spring Security's filter chains, the dispatcher) with MockMvc: a second,
 * web-server context would open the same search index twice.
 */
@IntegrationTest
class HsdsConformanceTest {

    private static final HsdsSchemas SCHEMAS = HsdsSchemas.load();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HSDS = HsdsSchemas.HSDS;
    private static final String PROFILE = HsdsSchemas.PROFILE;

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("hsdsFilter")
    FilterRegistrationBean<?> hsdsFilter;

    @Autowired
    CatalogueTestData data;

    @Autowired
    ListingService listings;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(hsdsFilter.getFilter())
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void rootNamesVersionProfileAndOpenApiAndTheyResolve() {
        JsonNode root = get("/api/hsds/");
        assertThat(root.get("version").asString()).isEqualTo("3.0");
        String profile = root.get("profile").asString();
        String openApi = root.get("openapi_url").asString();
        assertThat(profile).isEqualTo(base() + "/api/hsds/profile");
        assertThat(openApi).isEqualTo(base() + "/api/hsds/openapi.json");

        JsonNode profileIndex = getAbsolute(profile);
        assertThat(profileIndex.get("modifications").properties()).isNotEmpty();
        // Each modification the profile names is served exactly as it is in the repository.
        Map<String, String> files = HsdsSchemas.read("classpath:hsds/profile/*.json");
        for (Map.Entry<String, JsonNode> file :
                profileIndex.get("modifications").properties()) {
            assertThat(getAbsolute(file.getValue().asString())).isEqualTo(JSON.readTree(files.get(file.getKey())));
        }
        // The OpenAPI document is HSDS's own with the profile's openapi.json merged in (RFC 7386):
        // the standard paths are exactly HSDS's.
        JsonNode expected = HsdsSchemas.mergePatch(
                JSON.readTree(
                        HsdsSchemas.read("classpath:hsds/schema/openapi.json").get("openapi.json")),
                JSON.readTree(files.get("openapi.json")));
        JsonNode served = getAbsolute(openApi);
        assertThat(served).isEqualTo(expected);
        assertThat(served.get("openapi").asString()).isEqualTo("3.1.0");
    }

    @Test
    void wholeSampleMunicipalityConformsToHsdsAndTheProfile() {
        List<String> serviceIds = walk("/api/hsds/services", 100, HSDS + "compiled/service_list.json");
        assertThat(serviceIds).as("the sample municipality's services").hasSizeGreaterThan(20);
        walkAgainst("/api/hsds/services?full=true", 100, HSDS + "service.json", PROFILE + "service.json");
        for (String id : serviceIds.subList(0, 25)) {
            JsonNode service = get("/api/hsds/services/" + id);
            assertValid(service, HSDS + "service.json", PROFILE + "service.json");
            assertThat(service.get("status").asString()).isEqualTo("active");
        }

        List<String> organizationIds = walk("/api/hsds/organizations", 20, HSDS + "compiled/organization_list.json");
        walkAgainst("/api/hsds/organizations", 20, HSDS + "organization.json", PROFILE + "organization.json");
        walkAgainst("/api/hsds/organizations?full=true", 20, HSDS + "organization.json", PROFILE + "organization.json");
        for (String id : organizationIds.subList(0, 10)) {
            JsonNode organization = get("/api/hsds/organizations/" + id + "?full_service=true");
            assertValid(organization, HSDS + "organization.json", PROFILE + "organization.json");
            assertThat(organization
                            .get("organization_identifiers")
                            .get(0)
                            .get("identifier")
                            .asString())
                    .matches("\\d{6}-\\d{4}");
            for (JsonNode service : organization.get("services")) {
                assertValid(service, HSDS + "service.json", PROFILE + "service.json");
            }
        }

        List<String> atLocations =
                walk("/api/hsds/service_at_locations", 20, HSDS + "compiled/service_at_location_list.json");
        assertThat(atLocations)
                .as("premises of daglig verksamhet and arbetsträning")
                .isNotEmpty();
        walkAgainst(
                "/api/hsds/service_at_locations?full=true",
                20,
                HSDS + "service_at_location.json",
                PROFILE + "service_at_location.json");
        for (String id : atLocations.subList(0, Math.min(5, atLocations.size()))) {
            assertValid(
                    get("/api/hsds/service_at_locations/" + id),
                    HSDS + "service_at_location.json",
                    PROFILE + "service_at_location.json");
        }

        List<String> taxonomies = walk("/api/hsds/taxonomies", 10, HSDS + "taxonomy.json");
        assertThat(taxonomies).containsExactly(HsdsIds.taxonomy());
        assertValid(
                get("/api/hsds/taxonomies/" + taxonomies.get(0)), HSDS + "taxonomy.json", PROFILE + "taxonomy.json");
        List<String> terms = walk("/api/hsds/taxonomy_terms", 10, HSDS + "taxonomy_term.json");
        walkAgainst("/api/hsds/taxonomy_terms", 10, PROFILE + "taxonomy_term.json");
        assertValid(
                get("/api/hsds/taxonomy_terms/" + terms.get(0)),
                HSDS + "taxonomy_term.json",
                PROFILE + "taxonomy_term.json");
    }

    @Test
    void paginationWalksLikeTheOpenReferralValidatorEmptyAndLastPagesIncluded() {
        String type = data.serviceType(Delivery.HOME);
        for (int i = 0; i < 7; i++) {
            data.anOffering()
                    .ofType(type)
                    .by("Sidföretaget " + i)
                    .summary("Hjälp i hemmet " + i + ".")
                    .description(null)
                    .create();
        }
        String term = "&taxonomy_term_id=" + HsdsIds.term("SERVICE_TYPE", type);
        List<String> ids = walk("/api/hsds/services?x=1" + term, 3, HSDS + "compiled/service_list.json");
        assertThat(ids).hasSize(7);

        JsonNode last = get("/api/hsds/services?page=3&per_page=3" + term);
        assertThat(last.get("size").asInt()).isEqualTo(1);
        assertThat(last.get("last_page").asBoolean()).isTrue();
        assertThat(last.get("first_page").asBoolean()).isFalse();
        JsonNode beyond = get("/api/hsds/services?page=4&per_page=3" + term);
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("contents")).isEmpty();
        assertThat(beyond.get("total_items").asInt()).isEqualTo(7);

        // A filter nothing matches: an empty first page that is also the last.
        JsonNode none = get("/api/hsds/services?search=finnsintenagonstans" + term);
        assertThat(none.get("total_items").asInt()).isZero();
        assertThat(none.get("empty").asBoolean()).isTrue();
        assertThat(none.get("first_page").asBoolean()).isTrue();
        assertThat(none.get("last_page").asBoolean()).isTrue();

        // The whole set as ndjson: one valid service a line, the same ones as the pages.
        Response ndjson = raw("/api/hsds/services?format=ndjson" + term);
        assertThat(ndjson.statusCode()).isEqualTo(200);
        assertThat(ndjson.header("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        List<String> lines = ndjson.body().lines().toList();
        assertThat(lines).hasSize(7);
        List<String> exported = new ArrayList<>();
        for (String line : lines) {
            JsonNode service = JSON.readTree(line);
            assertValid(service, HSDS + "compiled/service_list.json");
            exported.add(service.get("id").asString());
        }
        assertThat(exported).containsExactlyElementsOf(ids);
    }

    @Test
    void filtersCombineWithAnd() {
        String type = data.serviceType(Delivery.PREMISES);
        String name = "Filterbolaget" + type;
        String demens = data.anOffering()
                .ofType(type)
                .by(name + " Demens")
                .providerType(ProviderType.PRIVATE)
                .summary("Dagverksamhet med demenskunskap.")
                .description(null)
                .speaking("sv", "fi")
                .specialisedIn("DEMENS")
                .in("BOO")
                .takingNewCustomers(true)
                .create();
        data.anOffering()
                .ofType(type)
                .by(name + " Annat")
                .providerType(ProviderType.PRIVATE)
                .summary("Dagverksamhet.")
                .description(null)
                .speaking("sv")
                .specialisedIn()
                .in("FISKSATRA")
                .takingNewCustomers(true)
                .create();
        String typeTerm = HsdsIds.term("SERVICE_TYPE", type);
        String demensTerm = HsdsIds.term("SPECIALISATION", "DEMENS");

        JsonNode both = get("/api/hsds/services?taxonomy_term_id=" + typeTerm + "&search=" + name);
        assertThat(both.get("total_items").asInt()).isEqualTo(2);
        JsonNode one = get("/api/hsds/services?taxonomy_term_id=" + demensTerm + "&search=" + name);
        assertThat(ids(one)).containsExactly(HsdsIds.service(demens));
        JsonNode organization = get("/api/hsds/services?taxonomy_term_id=" + typeTerm + "&organization_id="
                + one.get("contents").get(0).get("organization_id").asString());
        assertThat(ids(organization)).containsExactly(HsdsIds.service(demens));

        // Premises: postcode of the test address, and proximity from that postcode's centroid.
        JsonNode atPostcode = get("/api/hsds/service_at_locations?search=" + name + "&postcode=" + enc("131 30"));
        assertThat(atPostcode.get("total_items").asInt()).isEqualTo(2);
        walkAgainst(
                "/api/hsds/service_at_locations?search=" + name + "&postcode=13130",
                10,
                HSDS + "compiled/service_at_location_list.json");
        JsonNode near = get("/api/hsds/service_at_locations?search=" + name + "&postcode=13130&proximity=100000");
        assertThat(near.get("total_items").asInt()).isEqualTo(2);
        assertThat(get("/api/hsds/service_at_locations?search=" + name + "&postcode=99999")
                        .get("total_items")
                        .asInt())
                .isZero();
    }

    @Test
    void suspendedProviderIsGoneFromListsAtOnceAndInactiveById() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .by("Avstängda Omsorgen AB")
                .summary("Hemtjänst.")
                .description("Vi hjälper till.")
                .create();
        String term = "&taxonomy_term_id=" + HsdsIds.term("SERVICE_TYPE", type);
        assertThat(ids(get("/api/hsds/services?per_page=10" + term))).containsExactly(HsdsIds.service(code));

        data.setStatus(code, AccreditationStatus.SUSPENDED);

        JsonNode list = get("/api/hsds/services?per_page=10" + term);
        assertThat(list.get("total_items").asInt()).isZero();
        assertValid(list.get("contents"), HSDS + "compiled/service_list.json");
        JsonNode service = get("/api/hsds/services/" + HsdsIds.service(code));
        assertThat(service.get("status").asString()).isEqualTo("inactive");
        assertValid(service, HSDS + "service.json", PROFILE + "service.json");
        assertThat(get("/api/hsds/organizations?search=" + enc("Avstängda Omsorgen"))
                        .get("total_items")
                        .asInt())
                .isZero();
    }

    @Test
    void textsInSeveralLanguagesQualityBelowFiveRespondentsAndCapacity() {
        String type = data.serviceType(Delivery.PREMISES);
        String code = data.anOffering()
                .ofType(type)
                .by("Flerspråkiga Verkstaden AB")
                .providerType(ProviderType.COOPERATIVE)
                .summary("Snickeri och café.")
                .description("Vi **bygger** möbler.")
                .speaking("sv", "fi", "ar")
                .specialisedIn("NEUROPSYKIATRI")
                .in("BOO", "ALTA")
                .takingNewCustomers(false)
                .create();
        data.linkIndicator(type, "NOJDHET");
        data.indicator(code, "NOJDHET", 2025, new BigDecimal("91.5"), 40);
        data.indicator(code, "BEMOTANDE", 2025, new BigDecimal("99"), 3);
        edit(
                code,
                Map.of(
                        "sv",
                        new OfferingText(
                                "Snickeri och café.",
                                "Vi **bygger** möbler.",
                                "Lunch ingår.",
                                "Snickare.",
                                "Vardagar 8–16."),
                        "en",
                        new OfferingText(
                                "Carpentry and café.", "We **build** furniture.", null, null, "Weekdays 8–16."),
                        "fi",
                        new OfferingText("Puusepänverstas ja kahvila.", null, null, null, null)));

        JsonNode service = get("/api/hsds/services/" + HsdsIds.service(code));
        assertValid(service, HSDS + "service.json", PROFILE + "service.json");
        assertThat(service.get("translations").get("en").get("summary").asString())
                .isEqualTo("Carpentry and café.");
        assertThat(service.get("translations").get("fi").get("summary").asString())
                .isEqualTo("Puusepänverstas ja kahvila.");
        assertThat(service.get("languages"))
                .extracting(l -> l.get("code").asString())
                .containsExactly("ar", "fi", "sv");
        assertThat(service.get("schedules").get(0).get("description").asString())
                .isEqualTo("Vardagar 8–16.");
        assertThat(service.get("service_areas"))
                .extracting(a -> a.get("name").asString())
                .containsExactlyInAnyOrder("Boo", "Älta");
        assertThat(service.get("attributes"))
                .extracting(a -> a.get("taxonomy_term").get("code").asString())
                .containsExactly("service_type/" + type, "specialisation/NEUROPSYKIATRI");
        assertThat(service.get("takes_new_customers").asBoolean()).isFalse();
        assertThat(service.get("capacities").get(0).get("maximum").asInt()).isEqualTo(20);
        Map<String, JsonNode> indicators = new HashMap<>();
        service.get("quality_indicators")
                .forEach(i -> indicators.put(i.get("code").asString(), i));
        assertThat(indicators.get("NOJDHET").get("value").decimalValue()).isEqualByComparingTo("91.5");
        assertThat(indicators.get("NOJDHET").get("respondents").asInt()).isEqualTo(40);
        assertThat(indicators.get("BEMOTANDE").has("value"))
                .as("suppressed under 5 respondents")
                .isFalse();
        assertThat(indicators.get("BEMOTANDE").get("too_few_respondents").asBoolean())
                .isTrue();
        assertThat(service.get("assured_date").asString())
                .isEqualTo(LocalDate.now().toString());
        // No personnummer shape (YYYYMMDD-NNNN) anywhere once the UUIDs are taken out.
        assertThat(service.toString().replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", ""))
                .doesNotContainPattern("(19|20)\\d{6}-?\\d{4}");
    }

    @Test
    void modifiedAfterFindsAnEditMadeInTheListingEditor() throws InterruptedException {
        String type = data.serviceType(Delivery.HOME);
        String edited = data.anOffering()
                .ofType(type)
                .by("Ändrade Omsorgen AB")
                .summary("Hemtjänst.")
                .description("Vi hjälper dig hemma.")
                .create();
        String untouched = data.anOffering()
                .ofType(type)
                .by("Orörda Omsorgen AB")
                .summary("Hemtjänst.")
                .description(null)
                .create();
        String term = "&taxonomy_term_id=" + HsdsIds.term("SERVICE_TYPE", type);
        Thread.sleep(20);
        Instant before = Instant.now();
        Thread.sleep(20);
        assertThat(get("/api/hsds/services?modified_after=" + enc(before.toString()) + term)
                        .get("total_items")
                        .asInt())
                .isZero();

        // Only a collection changes (the staff languages): the offering still counts as modified.
        TestLogins.provider(orgnr(edited));
        try {
            ListingForm form = listings.listing(edited, Locale.of("sv")).orElseThrow();
            ListingForm.ListingDraft d = form.draft();
            listings.save(
                    edited,
                    form.version(),
                    new ListingForm.ListingDraft(
                            d.texts(),
                            Set.of("sv", "so"),
                            d.specialisations(),
                            d.areas(),
                            d.address(),
                            d.phone(),
                            d.email(),
                            d.capacity(),
                            d.takesNewCustomers()));
        } finally {
            TestLogins.logOut();
        }

        JsonNode changed = get("/api/hsds/services?modified_after=" + enc(before.toString()) + term);
        assertThat(ids(changed)).containsExactly(HsdsIds.service(edited)).doesNotContain(HsdsIds.service(untouched));
        assertThat(Instant.parse(
                        changed.get("contents").get(0).get("last_modified").asString()))
                .isAfterOrEqualTo(before.truncatedTo(ChronoUnit.MILLIS));
        JsonNode minimal = get("/api/hsds/services?minimal=true&modified_after=" + enc(before.toString()) + term);
        assertValid(minimal.get("contents").get(0), HSDS + "compiled/service_list.json");
        // The id never changes with an edit.
        assertThat(get("/api/hsds/services/" + HsdsIds.service(edited)).get("languages"))
                .hasSize(2);
    }

    @Test
    void repeatRequestCostsNothingUntilTheCatalogueChanges() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .by("Etaggens Omsorg AB")
                .summary("Hemtjänst.")
                .description(null)
                .create();
        String path = "/api/hsds/services?taxonomy_term_id=" + HsdsIds.term("SERVICE_TYPE", type);
        Response first = raw(path);
        String etag = first.header("ETag").orElseThrow();
        assertThat(first.header("Last-Modified")).isPresent();
        assertThat(first.header("Cache-Control").orElseThrow())
                .contains("no-cache")
                .contains("public");

        Response again = raw(path, "If-None-Match", etag);
        assertThat(again.statusCode())
                .as("sent " + etag + ", got " + again.header("ETag"))
                .isEqualTo(304);
        assertThat(again.body()).isEmpty();

        data.setSummary(code, "Hemtjänst, nu med ny text.");
        Response afterEdit = raw(path, "If-None-Match", etag);
        assertThat(afterEdit.statusCode()).isEqualTo(200);
        assertThat(afterEdit.header("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(afterEdit.body()).contains("nu med ny text");
    }

    @Test
    void publicStatelessWithJsonErrorsAndNeverAStackTrace() {
        Response ok = raw("/api/hsds/services?per_page=1");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.header("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(ok.header("Content-Type").orElseThrow()).startsWith("application/json");

        for (String path : List.of(
                "/api/hsds/services?page=abc",
                "/api/hsds/services?per_page=0",
                "/api/hsds/services?per_page=100000",
                "/api/hsds/services?modified_after=igår",
                "/api/hsds/services?minimal=kanske",
                "/api/hsds/services?format=xml",
                "/api/hsds/services?taxonomy_term_id=nej",
                "/api/hsds/services/inte-ett-id",
                "/api/hsds/service_at_locations?proximity=100",
                "/api/hsds/service_at_locations?postcode=abc")) {
            assertJsonError(raw(path), 400, path);
        }
        for (String path : List.of(
                "/api/hsds/services/" + UUID.randomUUID(),
                "/api/hsds/organizations/" + UUID.randomUUID(),
                "/api/hsds/taxonomy_terms/" + UUID.randomUUID(),
                "/api/hsds/finns-inte",
                "/api/hsds/profile/finns.json")) {
            assertJsonError(raw(path), 404, path);
        }
        Response post = perform(MockMvcRequestBuilders.post(URI.create(base() + "/api/hsds/services"))
                .content("{}")
                .header("Content-Type", "application/json"));
        assertJsonError(post, 405, "POST");

        // No session, no cookie of any kind: the API never reaches Vaadin or the login.
        for (String path : List.of(
                "/api/hsds/",
                "/api/hsds/services",
                "/api/hsds/finns-inte",
                "/api/hsds/services?page=abc",
                "/api/hsds/organizations")) {
            Response response = raw(path);
            assertThat(response.result().getRequest().getSession(false))
                    .as(path)
                    .isNull();
            assertThat(response.headers("Set-Cookie")).as(path).isEmpty();
            assertThat(response.result().getResponse().getCookies()).as(path).isEmpty();
        }
        Response preflight = perform(MockMvcRequestBuilders.options(URI.create(base() + "/api/hsds/services"))
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET"));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).hasValue("*");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void assertJsonError(Response response, int status, String what) {
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(response.header("Content-Type").orElseThrow()).as(what).startsWith("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asInt()).as(what).isEqualTo(status);
        assertThat(body.get("message").asString()).as(what).isNotBlank();
        assertThat(response.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(response.header("Access-Control-Allow-Origin")).as(what).hasValue("*");
    }

    /**
     * Every page of a list, as the Open Referral UK validator walks it: page numbers, first/last flags,
     * sizes and totals agree on every page, no id twice, and every item valid against the schemas.
     */
    private List<String> walk(String path, int perPage, String... schemaIris) {
        String separator = path.contains("?") ? "&" : "?";
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long totalItems = -1;
        for (int page = 1; ; page++) {
            JsonNode node = get(path + separator + "page=" + page + "&per_page=" + perPage);
            long total = node.get("total_items").asLong();
            long totalPages = node.get("total_pages").asLong();
            if (totalItems < 0) {
                totalItems = total;
            }
            assertThat(total).as("total_items on page " + page).isEqualTo(totalItems);
            assertThat(totalPages).isEqualTo((total + perPage - 1) / perPage);
            assertThat(node.get("page_number").asInt()).isEqualTo(page);
            assertThat(node.get("first_page").asBoolean()).isEqualTo(page == 1);
            assertThat(node.get("last_page").asBoolean()).isEqualTo(page >= totalPages);
            assertThat(node.get("size").asInt()).isEqualTo(node.get("contents").size());
            assertThat(node.get("empty").asBoolean())
                    .isEqualTo(node.get("contents").isEmpty());
            if (page < totalPages) {
                assertThat(node.get("size").asInt()).isEqualTo(perPage);
            }
            for (JsonNode item : node.get("contents")) {
                assertValid(item, schemaIris);
                String id = item.get("id").asString();
                assertThat(seen.add(id)).as("id " + id + " only once").isTrue();
                ids.add(id);
            }
            if (node.get("last_page").asBoolean()) {
                break;
            }
        }
        assertThat(ids).hasSize((int) totalItems);
        return ids;
    }

    private void walkAgainst(String path, int perPage, String... schemaIris) {
        walk(path, perPage, schemaIris);
    }

    private static void assertValid(JsonNode node, String... schemaIris) {
        if (node.isArray()) {
            node.forEach(item -> assertValid(item, schemaIris));
            return;
        }
        for (String iri : schemaIris) {
            assertThat(SCHEMAS.errors(iri, node))
                    .as("errors against " + iri + " in " + node)
                    .isEmpty();
        }
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("contents").spliterator(), false)
                .map(n -> n.get("id").asString())
                .toList();
    }

    private void edit(String code, Map<String, OfferingText> texts) {
        TestLogins.provider(orgnr(code));
        try {
            ListingForm form = listings.listing(code, Locale.of("sv")).orElseThrow();
            ListingForm.ListingDraft d = form.draft();
            listings.save(
                    code,
                    form.version(),
                    new ListingForm.ListingDraft(
                            texts,
                            d.languages(),
                            d.specialisations(),
                            d.areas(),
                            d.address(),
                            d.phone(),
                            d.email(),
                            d.capacity(),
                            d.takesNewCustomers()));
        } finally {
            TestLogins.logOut();
        }
    }

    private String orgnr(String offeringCode) {
        JsonNode service = get("/api/hsds/services/" + HsdsIds.service(offeringCode));
        return service.get("organization")
                .get("organization_identifiers")
                .get(0)
                .get("identifier")
                .asString();
    }

    private String base() {
        return "http://localhost";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode get(String path) {
        return getAbsolute(base() + path);
    }

    private JsonNode getAbsolute(String url) {
        Response response = send(url);
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private Response raw(String path, String... headers) {
        return send(base() + path, headers);
    }

    private Response send(String url, String... headers) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return perform(request);
    }

    private Response perform(MockHttpServletRequestBuilder request) {
        try {
            return new Response(mvc.perform(request).andReturn());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response as the tests read it. */
    private record Response(MvcResult result) {
        int statusCode() {
            return result.getResponse().getStatus();
        }

        Optional<String> header(String name) {
            return Optional.ofNullable(result.getResponse().getHeader(name));
        }

        List<String> headers(String name) {
            return result.getResponse().getHeaders(name);
        }

        String body() {
            try {
                return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
