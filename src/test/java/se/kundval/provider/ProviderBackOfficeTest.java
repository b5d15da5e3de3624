package se.kundval.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.audit.AccessLogLine;
import se.kundval.audit.AuditService;
import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.ListingForm;
import se.kundval.catalogue.ListingService;
import se.kundval.catalogue.OfferingCard;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.OfferingText;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.choice.CustomerLine;
import se.kundval.choice.ProviderCustomerService;
import se.kundval.identity.Personnummer;
import se.kundval.identity.TestLogins;
import se.kundval.notification.Message;
import se.kundval.notification.MessageService;
import se.kundval.register.Delivery;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.InvalidInputException;

/**
 * The provider back office on a real MariaDB: an application from draft to submitted, the
 * listing editor (publishing at once, history, optimistic locking, suspension, logo), new
 * customers, and that one provider can never reach another's data.
 */
@IntegrationTest
public class ProviderBackOfficeTest {

    /** Demo providers: one without accreditations, and two accredited ones. */
    static final String NEW_PROVIDER = "559012-3450";

    static final String OMSORGSGRUPPEN = "556677-8899";
    static final String KREATIVA = "556894-2170";

    @Autowired
    ProviderService providers;

    @Autowired
    ListingService listings;

    @Autowired
    ProviderCustomerService customers;

    @Autowired
    ChoiceService choices;

    @Autowired
    MessageService messages;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CatalogueTestData data;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    AuditService audit;

    /** A minimal file that is a PDF by content (header and end-of-file marker). */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static ApplicationForm.ApplicationDraft draft(
            String email, Set<String> declarations, Set<String> areas, Integer capacity) {
        return new ApplicationForm.ApplicationDraft(
                "Aktiebolag",
                "Skurusundsvägen 3, 131 46 Nacka",
                "Lina Ström",
                email,
                "08-555 012 34",
                declarations,
                areas,
                capacity,
                "Undersköterskor med demensutbildning.");
    }

    @Test
    void aProviderDraftsAnApplicationStepByStepAndSubmitsIt() {
        String type = data.serviceType(Delivery.HOME);
        data.requirement(type, "FSKATT", "Vi har F-skattsedel.", false);
        data.requirement(type, "FORSAKRING", "Vi har ansvarsförsäkring.", true);
        TestLogins.provider(NEW_PROVIDER);

        long id = providers.startApplication(type);
        ApplicationForm form = providers.application(id, Locale.of("sv")).orElseThrow();
        assertThat(form.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(form.draft().address()).isEqualTo("Skurusundsvägen 3, 131 46 Nacka");
        assertThat(form.requirements())
                .extracting(ApplicationForm.RequirementLine::code)
                .containsExactly("FSKATT", "FORSAKRING");

        assertThatThrownBy(() ->
                        providers.saveStep(id, form.version(), 1, draft("inte-en-adress", Set.of(), Set.of(), null), 2))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("contactEmail"));
        long v = providers.saveStep(
                id, form.version(), 1, draft("lina@nyaomsorgen.example", Set.of(), Set.of(), null), 2);
        v = providers.saveStep(
                id, v, 2, draft("lina@nyaomsorgen.example", Set.of("FSKATT", "FORSAKRING"), Set.of(), null), 3);
        v = providers.saveStep(id, v, 3, draft("lina@nyaomsorgen.example", Set.of(), Set.of("BOO", "ORMINGE"), 25), 4);
        assertThat(providers.application(id, Locale.of("sv")).orElseThrow().step())
                .isEqualTo(4);

        // Attachments: a PDF by content, not by name.
        assertThatThrownBy(() -> providers.addAttachment(id, "intyg.pdf", "<html>not a pdf</html>".getBytes(), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                // Offered without naming a requirement, it is the first proof still missing.
                                .containsEntry("attachments.FORSAKRING", "provider.application.attachment.notPdf"));
        assertThatThrownBy(() -> providers.addAttachment(
                        id, "stor.pdf", new byte[ProviderService.MAX_ATTACHMENT_BYTES + 1], false))
                .isInstanceOf(InvalidInputException.class);
        long beforeSubmit = v;
        assertThatThrownBy(() -> providers.submit(id, beforeSubmit))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("attachments"));
        providers.addAttachment(id, "forsakring.pdf", pdf("försäkringsbrev"), true);

        ApplicationForm ready = providers.application(id, Locale.of("sv")).orElseThrow();
        assertThat(ready.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("forsakring.pdf");
            assertThat(a.confidential()).isTrue();
        });
        assertThat(providers.attachment(ready.attachments().get(0).id()))
                .hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                        .startsWith("%PDF-"));
        providers.submit(id, ready.version());

        ApplicationForm submitted = providers.application(id, Locale.of("sv")).orElseThrow();
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.editable()).isFalse();
        assertThat(providers.dashboard(Locale.of("sv")).accreditations())
                .filteredOn(a -> a.serviceTypeCode().equals(type))
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AccreditationStatus.APPLIED));
        assertThatThrownBy(() ->
                        providers.saveStep(id, submitted.version(), 1, draft("x@y.se", Set.of(), Set.of(), null), 2))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aProviderAnswersACompletionRequestAndTheApplicationGoesBackToTheOfficers() {
        TestLogins.provider(OMSORGSGRUPPEN);
        long id = providers.startApplication(data.serviceType(Delivery.HOME));
        // The commissioning officers' side asks for more (their views come with [commission]).
        jdbc.update("update accreditation_application set status = 'COMPLETION_REQUESTED' where id = ?", id);
        jdbc.update(
                "insert into application_message (application_id, author_role, author, text, created_at)"
                        + " values (?, 'OFFICER', 'huvudman', 'Skicka ert IVO-tillstånd.', now(6))",
                id);
        ApplicationForm asked = providers.application(id, Locale.of("sv")).orElseThrow();
        assertThat(asked.editable()).isTrue();
        assertThat(asked.messages())
                .extracting(ApplicationForm.MessageLine::text)
                .containsExactly("Skicka ert IVO-tillstånd.");

        assertThatThrownBy(() -> providers.answer(id, asked.version(), " ")).isInstanceOf(InvalidInputException.class);
        providers.answer(id, asked.version(), "Tillståndet är bifogat.");

        ApplicationForm answered = providers.application(id, Locale.of("sv")).orElseThrow();
        assertThat(answered.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(answered.messages())
                .extracting(ApplicationForm.MessageLine::role)
                .containsExactly(ApplicationMessage.AuthorRole.OFFICER, ApplicationMessage.AuthorRole.PROVIDER);
    }

    @Test
    void aSavedListingIsInTheCatalogueAtOnceAndAConcurrentSaveFailsLoudly() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .byExistingProvider(OMSORGSGRUPPEN)
                .unit("Redigering " + type)
                .create();
        TestLogins.provider(OMSORGSGRUPPEN);
        ListingForm first = listings.listing(code, Locale.of("sv")).orElseThrow();
        ListingForm second = listings.listing(code, Locale.of("sv")).orElseThrow();

        Map<String, OfferingText> texts = new HashMap<>();
        texts.put(
                "sv",
                new OfferingText(
                        "Vi pratar persiska och har nattpatrull.",
                        "**Trygg** hemtjänst.\n\n- dag\n- natt",
                        null,
                        null,
                        null));
        ListingForm.ListingDraft edited = new ListingForm.ListingDraft(
                texts,
                Set.of("sv", "fa"),
                Set.of("DEMENS"),
                Set.of("BOO", "ORMINGE"),
                "Värmdövägen 84",
                "08-123 456 00",
                null,
                12,
                true);
        listings.save(code, first.version(), edited);

        List<OfferingCard> found =
                catalogue.find(OfferingQuery.all(type, 0).withText("nattpatrull"), 0, 10, Locale.of("sv"));
        assertThat(found).extracting(OfferingCard::code).containsExactly(code);
        ListingForm after = listings.listing(code, Locale.of("sv")).orElseThrow();
        assertThat(after.lastConfirmed()).isEqualTo(LocalDate.now());
        assertThat(after.history())
                .first()
                .satisfies(c -> assertThat(c.fields())
                        .contains("texts.sv", "languages", "specialisations", "areas", "capacity"));

        Map<String, OfferingText> other = new HashMap<>();
        other.put("sv", new OfferingText("Någon annans text.", "Annan beskrivning.", null, null, null));
        assertThatThrownBy(() -> listings.save(
                        code,
                        second.version(),
                        new ListingForm.ListingDraft(
                                other, Set.of("sv"), Set.of(), Set.of("BOO"), null, null, null, 5, true)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(listings.listing(code, Locale.of("sv"))
                        .orElseThrow()
                        .draft()
                        .texts()
                        .get("sv")
                        .summary())
                .isEqualTo("Vi pratar persiska och har nattpatrull.");

        Map<String, OfferingText> tooLong = new HashMap<>();
        tooLong.put("sv", new OfferingText("x".repeat(301), "", null, null, null));
        assertThatThrownBy(() -> listings.save(
                        code,
                        after.version(),
                        new ListingForm.ListingDraft(
                                tooLong, Set.of(), Set.of(), Set.of(), null, "abc", "nej", -1, true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsKeys(
                                        "summary.sv",
                                        "description.sv",
                                        "languages",
                                        "areas",
                                        "phone",
                                        "email",
                                        "capacity"));

        data.setStatus(code, AccreditationStatus.SUSPENDED);
        ListingForm suspended = listings.listing(code, Locale.of("sv")).orElseThrow();
        assertThat(suspended.publishable()).isFalse();
        assertThatThrownBy(() -> listings.save(code, suspended.version(), edited))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsValue("provider.listing.notPublishable"));
    }

    @Test
    void aLogoIsReencodedAndScaledAndAnythingButPngOrJpegIsRefused() throws Exception {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .byExistingProvider(OMSORGSGRUPPEN)
                .unit("Logga " + type)
                .create();
        TestLogins.provider(OMSORGSGRUPPEN);
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes();
        assertThatThrownBy(() -> listings.setLogo(code, svg))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("logo", "provider.listing.logo.type"));

        BufferedImage big = new BufferedImage(1200, 400, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(big, "jpeg", jpeg);
        listings.setLogo(code, jpeg.toByteArray());

        byte[] stored = listings.publicLogo(code).orElseThrow();
        BufferedImage read = ImageIO.read(new java.io.ByteArrayInputStream(stored));
        assertThat(read.getWidth()).isEqualTo(600);
        assertThat(read.getHeight()).isEqualTo(200);
        assertThat(stored).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void theProviderSeesItsNewCustomersWithoutPersonnummerAndSetsTheStartDate() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .byExistingProvider(OMSORGSGRUPPEN)
                .unit("Kunder " + type)
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);
        String reference = choices.choose(entitlement, code).reference();

        TestLogins.provider(OMSORGSGRUPPEN);
        CustomerLine line = customers.myCustomers(Locale.of("sv")).stream()
                .filter(c -> c.reference().equals(reference))
                .findFirst()
                .orElseThrow();
        assertThat(line.residentName()).isEqualTo("Test Person");
        assertThat(line.toString())
                .doesNotContain(p.digits())
                .doesNotContain(p.digits().substring(2, 8));
        assertThat(line.waitingForAcknowledgement()).isTrue();
        assertThat(customers.countWaiting()).isPositive();

        assertThatThrownBy(() -> customers.acknowledge(
                        reference, line.version(), LocalDate.now().minusDays(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(customers.acknowledge(
                        reference, line.version(), LocalDate.now().plusDays(3)))
                .isTrue();

        Map<String, Object> choice =
                jdbc.queryForMap("select acknowledged_at, start_date from choice where reference = ?", reference);
        assertThat(choice.get("acknowledged_at")).isNotNull();
        assertThat(((java.sql.Date) choice.get("start_date")).toLocalDate())
                .isEqualTo(LocalDate.now().plusDays(3));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event a join resident r on r.id = a.resident_id"
                                + " where r.personnummer = ? and a.action = 'PROVIDER_READ_CUSTOMER'",
                        Integer.class,
                        p.digits()))
                .isPositive();
        ChoiceTestData.logInAs(p);
        assertThat(choices.myEntitlements(Locale.of("sv")))
                .filteredOn(e -> e.id() == entitlement)
                .singleElement()
                .satisfies(e -> assertThat(e.history().get(0).startDate())
                        .isEqualTo(LocalDate.now().plusDays(3)));
        assertThat(messages.myMessages(10))
                .extracting(Message::subject)
                .anyMatch(s -> s.contains("har tagit emot ditt val"));
    }

    @Test
    void aFormerCustomersContactDetailsAreShownForNinetyDaysAfterTheChoiceEndedAndTakingACustomerOnIsAudited() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .byExistingProvider(OMSORGSGRUPPEN)
                .unit("Tidigare " + type)
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        jdbc.update(
                "update resident set phone = '070-123 45 67', email = 'tidigare@example.org',"
                        + " contact_preference = 'PHONE' where personnummer = ?",
                p.digits());
        ChoiceTestData.logInAs(p);
        String reference = choices.choose(entitlement, code).reference();
        TestLogins.provider(OMSORGSGRUPPEN);
        long seen = customers.myCustomers(Locale.of("sv")).stream()
                .filter(c -> c.reference().equals(reference))
                .findFirst()
                .orElseThrow()
                .version();
        customers.acknowledge(reference, seen, LocalDate.now(clock));
        ChoiceTestData.logInAs(p);
        assertThat(audit.myAccessLog()).extracting(AccessLogLine::action).contains("PROVIDER_ACKNOWLEDGED");

        // The choice ended 90 days ago: the last day the contact details are shown.
        LocalDate today = LocalDate.now(clock);
        jdbc.update(
                "update choice set status = 'ENDED', valid_to = ? where reference = ?", today.minusDays(90), reference);
        TestLogins.provider(OMSORGSGRUPPEN);
        assertThat(line(reference)).satisfies(l -> {
            assertThat(l.phone()).isEqualTo("070-123 45 67");
            assertThat(l.email()).isEqualTo("tidigare@example.org");
            assertThat(l.contactWithheld()).isFalse();
        });
        // One day more, and they are gone; the customer is still listed by name for the provider's records.
        jdbc.update("update choice set valid_to = ? where reference = ?", today.minusDays(91), reference);
        assertThat(line(reference)).satisfies(l -> {
            assertThat(l.phone()).isNull();
            assertThat(l.email()).isNull();
            assertThat(l.contactWithheld()).isTrue();
            assertThat(l.contactShownUntil()).isEqualTo(today.minusDays(1));
            assertThat(l.residentName()).isEqualTo("Test Person");
        });
    }

    private CustomerLine line(String reference) {
        return customers.myCustomers(Locale.of("sv")).stream()
                .filter(c -> c.reference().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void oneProviderNeverReachesAnothersApplicationsFilesListingsOrCustomers() {
        String type = data.serviceType(Delivery.HOME);
        String kreativasListing = data.anOffering()
                .ofType(type)
                .byExistingProvider(KREATIVA)
                .unit("Kreativa " + type)
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);
        String kreativasCustomer = choices.choose(entitlement, kreativasListing).reference();
        TestLogins.provider(KREATIVA);
        long kreativasApplication = providers.startApplication(data.serviceType(Delivery.HOME));
        providers.addAttachment(kreativasApplication, "hemlig.pdf", pdf("hemlig"), true);
        long kreativasFile = providers
                .application(kreativasApplication, Locale.of("sv"))
                .orElseThrow()
                .attachments()
                .get(0)
                .id();
        long version = providers
                .application(kreativasApplication, Locale.of("sv"))
                .orElseThrow()
                .version();

        TestLogins.provider(OMSORGSGRUPPEN);
        assertThat(providers.application(kreativasApplication, Locale.of("sv"))).isEmpty();
        assertThat(providers.attachment(kreativasFile)).isEmpty();
        providers.removeAttachment(kreativasFile);
        assertThatThrownBy(() -> providers.saveStep(
                        kreativasApplication, version, 1, draft("a@b.se", Set.of(), Set.of(), null), 2))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> providers.addAttachment(kreativasApplication, "x.pdf", pdf("x"), false))
                .isInstanceOf(InvalidInputException.class);
        assertThat(listings.listing(kreativasListing, Locale.of("sv"))).isEmpty();
        assertThatThrownBy(() -> listings.confirmUnchanged(kreativasListing, 0))
                .isInstanceOf(InvalidInputException.class);
        assertThat(listings.myListings(Locale.of("sv")))
                .extracting(l -> l.code())
                .doesNotContain(kreativasListing);
        assertThat(customers.acknowledge(kreativasCustomer, 0, LocalDate.now())).isFalse();
        assertThat(customers.myCustomers(Locale.of("sv")))
                .extracting(CustomerLine::reference)
                .doesNotContain(kreativasCustomer);

        TestLogins.provider(KREATIVA);
        assertThat(providers
                        .application(kreativasApplication, Locale.of("sv"))
                        .orElseThrow()
                        .attachments())
                .hasSize(1);
    }

    /** An application of the new provider with steps 1–3 saved and every requirement ticked. */
    private long readyApart(String type, Set<String> declarations) {
        long id = providers.startApplication(type);
        long v = providers.application(id, Locale.of("sv")).orElseThrow().version();
        v = providers.saveStep(id, v, 1, draft("lina@nyaomsorgen.example", Set.of(), Set.of(), null), 2);
        v = providers.saveStep(id, v, 2, draft("lina@nyaomsorgen.example", declarations, Set.of(), null), 3);
        providers.saveStep(id, v, 3, draft("lina@nyaomsorgen.example", Set.of(), Set.of("BOO"), 25), 4);
        return id;
    }

    @Test
    void theSameFileIsRefusedAsProofOfASecondRequirementAndEachRequirementNeedsItsOwn() {
        String type = data.serviceType(Delivery.HOME);
        data.requirement(type, "FORSAKRING", "Vi har ansvarsförsäkring.", true);
        data.requirement(type, "IVO", "Vi har tillstånd från IVO.", true);
        TestLogins.provider(NEW_PROVIDER);
        long id = readyApart(type, Set.of("FORSAKRING", "IVO"));

        byte[] insurance = pdf("försäkringsbrev");
        providers.addAttachment(id, "FORSAKRING", "forsakring.pdf", insurance, false);
        // The same bytes under another name are still the same file (SHA-256).
        assertThatThrownBy(() -> providers.addAttachment(id, "IVO", "ivo-tillstand.pdf", insurance.clone(), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        Map.entry("attachments.IVO", "provider.application.attachment.sameFile")));
        ApplicationForm half = providers.application(id, Locale.of("sv")).orElseThrow();
        assertThat(half.attachments())
                .singleElement()
                .satisfies(a -> assertThat(a.requirementCode()).isEqualTo("FORSAKRING"));
        assertThat(half.withoutProof())
                .extracting(ApplicationForm.RequirementLine::text)
                .containsExactly("Vi har tillstånd från IVO.");
        assertThatThrownBy(() -> providers.submit(id, half.version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("attachments"));
        assertThat(jdbc.queryForObject(
                        "select sha256 from application_attachment where application_id = ?", String.class, id))
                .isEqualTo(java.util.HexFormat.of().formatHex(sha256(insurance)));

        providers.addAttachment(id, "IVO", "ivo-tillstand.pdf", pdf("tillstånd från IVO"), false);
        ApplicationForm ready = providers.application(id, Locale.of("sv")).orElseThrow();
        assertThat(ready.withoutProof()).isEmpty();
        assertThat(ready.proofsOf("IVO"))
                .extracting(ApplicationForm.AttachmentLine::fileName)
                .containsExactly("ivo-tillstand.pdf");
        providers.submit(id, ready.version());
        assertThat(providers.application(id, Locale.of("sv")).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void submittingGivesAStoredReferenceNumberTheProcessingTimeAndAMessageThatLinksToTheApplication() {
        String type = data.serviceType(Delivery.HOME);
        data.requirement(type, "FSKATT", "Vi har F-skattsedel.", false);
        TestLogins.provider(NEW_PROVIDER);
        long id = readyApart(type, Set.of());

        ApplicationForm draft = providers.application(id, Locale.of("sv")).orElseThrow();
        assertThat(draft.reference()).isNull();
        assertThat(draft.undeclared())
                .extracting(ApplicationForm.RequirementLine::text)
                .containsExactly("Vi har F-skattsedel.");
        assertThatThrownBy(() -> providers.submit(id, draft.version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("declarations"));
        long v = providers.saveStep(
                id, draft.version(), 2, draft("lina@nyaomsorgen.example", Set.of("FSKATT"), Set.of(), null), 5);
        providers.submit(id, v);

        ApplicationForm submitted = providers.application(id, Locale.of("sv")).orElseThrow();
        int year = java.time.LocalDate.now(clock).getYear();
        assertThat(submitted.reference()).isEqualTo("ANS-%d-%04d".formatted(year, id));
        assertThat(jdbc.queryForObject(
                        "select reference from accreditation_application where id = ?", String.class, id))
                .isEqualTo(submitted.reference());
        assertThat(submitted.processingWeeks()).isEqualTo(6);
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(providers.dashboard(Locale.of("sv")).applications())
                .filteredOn(a -> a.id() == id)
                .singleElement()
                .satisfies(a -> assertThat(a.reference()).isEqualTo(submitted.reference()));

        assertThat(messages.myMessages(20))
                .filteredOn(m -> m.body().contains(submitted.reference()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.body()).contains("ungefär 6 veckor");
                    assertThat(m.linkPath()).isEqualTo(BackOfficePages.applicationPath(id));
                    assertThat(m.linkLabel()).isEqualTo(BackOfficePages.APPLICATION_LABEL);
                });
    }

    @Test
    void theListingHistoryNamesThePersonNotTheUserName() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .byExistingProvider(OMSORGSGRUPPEN)
                .unit("Historik " + type)
                .create();
        TestLogins.provider(OMSORGSGRUPPEN);
        ListingForm before = listings.listing(code, Locale.of("sv")).orElseThrow();
        listings.confirmUnchanged(code, before.version());

        ListingForm after = listings.listing(code, Locale.of("sv")).orElseThrow();
        assertThat(after.history()).first().satisfies(c -> {
            assertThat(c.actor()).isEqualTo("Test Provider");
            assertThat(c.fields()).isEqualTo("confirmed unchanged");
        });
        assertThat(jdbc.queryForObject(
                        "select actor from listing_change lc join offering o on o.id = lc.offering_id"
                                + " where o.code = ? order by lc.id desc limit 1",
                        String.class,
                        code))
                .isEqualTo("test-provider-" + OMSORGSGRUPPEN);
    }

    @Test
    void theNewCustomerMessageLinksToTheCustomerAndWritesTheDateInWords() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .byExistingProvider(OMSORGSGRUPPEN)
                .unit("Meddelande " + type)
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);
        String reference = choices.choose(entitlement, code).reference();

        TestLogins.provider(OMSORGSGRUPPEN);
        String today = LocalDate.now(clock)
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv")));
        assertThat(messages.myMessages(50))
                .filteredOn(m -> m.body().contains(reference))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.body()).contains("från " + today).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
                    assertThat(m.linkPath()).isEqualTo("/kontor/kunder?kund=" + reference);
                    assertThat(m.linkLabel()).isEqualTo("messages.link.customer");
                });
    }
}
