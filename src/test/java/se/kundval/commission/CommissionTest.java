package se.kundval.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.ListingForm;
import se.kundval.catalogue.ListingLine;
import se.kundval.catalogue.ListingService;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.OfferingText;
import se.kundval.catalogue.QualityImportReport;
import se.kundval.catalogue.QualityImportService;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.choice.DefaultProviderJob;
import se.kundval.identity.Personnummer;
import se.kundval.identity.TestLogins;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.ApplicationForm;
import se.kundval.provider.ApplicationReview;
import se.kundval.provider.ApplicationReviewService;
import se.kundval.provider.ApplicationStatus;
import se.kundval.provider.OversightService;
import se.kundval.provider.ProviderBackOfficeTest;
import se.kundval.provider.ProviderService;
import se.kundval.provider.ProviderTestData;
import se.kundval.provider.ReviewQueueLine;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.TextLimits;

/**
 * The commissioning officers' work on a real MariaDB: decisions (approve → the provider can
 * publish; reject with reason; completion and resubmission), four-eyes, suspension taking a
 * provider out of the catalogue and reopening residents' choices, and the checked CSV import.
 */
@IntegrationTest
class CommissionTest {

    @Autowired
    OversightService oversight;

    @Autowired
    QualityImportService qualityImport;

    @Autowired
    ApplicationReviewService reviews;

    @Autowired
    ProviderService providers;

    @Autowired
    ListingService listings;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    ChoiceService choices;

    @Autowired
    CatalogueTestData data;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProviderTestData applications;

    @Autowired
    FollowUpService followUps;

    @Autowired
    DefaultProviderJob defaultProviderJob;

    private long submitted(String type) {
        return applications.submittedApplication(type);
    }

    /** The ids of every requirement on the application's checklist, as an officer ticks them all. */
    private Set<Long> everyRequirement(long id) {
        return reviews.review(id, Locale.of("sv")).orElseThrow().checklist().stream()
                .map(ApplicationReview.ChecklistItem::requirementId)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void approvingNeedsEveryRequirementTickedByTheOfficer() {
        String type = data.serviceType(Delivery.HOME);
        data.requirement(type, "IVO-" + type, "Tillstånd från IVO", false);
        data.requirement(type, "FORS-" + type, "Ansvarsförsäkring", false);
        long id = applications.submittedApplication(type, Set.of("IVO-" + type, "FORS-" + type));
        TestLogins.commissioner("huvudman-a");
        List<ApplicationReview.ChecklistItem> checklist =
                reviews.review(id, Locale.of("sv")).orElseThrow().checklist();
        assertThat(checklist)
                .extracting(ApplicationReview.ChecklistItem::requirement)
                .containsExactly("Tillstånd från IVO", "Ansvarsförsäkring");
        long before = version(id);

        for (Set<Long> ticked : List.of(Set.<Long>of(), Set.of(checklist.get(0).requirementId()))) {
            assertThatThrownBy(() -> reviews.approve(id, before, LocalDate.now(), ticked))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems()).containsEntry("checklist", "commission.approve.unchecked"));
        }
        assertThat(reviews.review(id, Locale.of("sv")).orElseThrow().status())
                .as("nothing decided")
                .isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(version(id)).isEqualTo(before);

        reviews.approve(id, before, LocalDate.now(), everyRequirement(id));
        assertThat(reviews.review(id, Locale.of("sv")).orElseThrow().status()).isEqualTo(ApplicationStatus.DECIDED);
    }

    private long version(long id) {
        return reviews.review(id, Locale.of("sv")).orElseThrow().version();
    }

    @Test
    void anApprovedProviderCanPublishItsPageWhichResidentsThenSee() {
        String type = data.serviceType(Delivery.HOME);
        long id = submitted(type);
        TestLogins.commissioner("huvudman-a");
        assertThat(reviews.reviewQueue(Locale.of("sv")))
                .extracting(ReviewQueueLine::applicationId)
                .contains(id);

        reviews.approve(id, version(id), LocalDate.now(), everyRequirement(id));

        assertThat(reviews.review(id, Locale.of("sv")).orElseThrow().status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(reviews.reviewQueue(Locale.of("sv")))
                .extracting(ReviewQueueLine::applicationId)
                .doesNotContain(id);
        TestLogins.provider("559012-3450");
        ListingLine page = listings.myListings(Locale.of("sv")).stream()
                .filter(l -> l.serviceTypeName().equals("Testtjänst " + type))
                .findFirst()
                .orElseThrow();
        assertThat(page.status()).isEqualTo(AccreditationStatus.APPROVED);
        // Not shown to residents until it is written in Swedish.
        assertThat(catalogue.count(OfferingQuery.all(type, 0))).isZero();
        ListingForm form = listings.listing(page.code(), Locale.of("sv")).orElseThrow();
        assertThat(form.publishable()).isTrue();
        Map<String, OfferingText> texts = new HashMap<>();
        texts.put("sv", new OfferingText("Ny hemtjänst i Boo.", "Vi är nya.", null, null, null));
        listings.save(
                page.code(),
                form.version(),
                new ListingForm.ListingDraft(texts, Set.of("sv"), Set.of(), Set.of("BOO"), null, null, null, 20, true));
        assertThat(catalogue.count(OfferingQuery.all(type, 0))).isEqualTo(1);
        assertThat(providers.dashboard(Locale.of("sv")).accreditations())
                .filteredOn(a -> a.serviceTypeCode().equals(type))
                .singleElement()
                .satisfies(a -> assertThat(a.timeline())
                        .extracting(e -> e.status())
                        .containsExactly(AccreditationStatus.APPLIED, AccreditationStatus.APPROVED));
    }

    @Test
    void aRejectionNeedsAReasonWhichTheProviderGets() {
        long id = submitted(data.serviceType(Delivery.HOME));
        TestLogins.commissioner("huvudman-a");
        assertThatThrownBy(() -> reviews.reject(id, version(id), " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("reason", "commission.decision.reason.required"));
        reviews.reject(id, version(id), "Ansvarsförsäkring saknas.");
        TestLogins.provider("559012-3450");
        ApplicationForm form = providers.application(id, Locale.of("sv")).orElseThrow();
        assertThat(form.status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(form.messages())
                .extracting(ApplicationForm.MessageLine::text)
                .contains("Ansvarsförsäkring saknas.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification n join provider p on p.id = n.provider_id"
                                + " where p.orgnr = '559012-3450' and n.topic = 'ACCREDITATION_REJECTED'",
                        Integer.class))
                .isPositive();
    }

    @Test
    void aCompletionRequestGoesBackToTheProviderAndTheAnswerBackToTheQueue() {
        long id = submitted(data.serviceType(Delivery.HOME));
        TestLogins.commissioner("huvudman-a");
        reviews.requestCompletion(id, version(id), "Skicka ert IVO-tillstånd.");
        assertThat(reviews.reviewQueue(Locale.of("sv")))
                .extracting(ReviewQueueLine::applicationId)
                .doesNotContain(id);
        TestLogins.provider("559012-3450");
        ApplicationForm asked = providers.application(id, Locale.of("sv")).orElseThrow();
        assertThat(asked.status()).isEqualTo(ApplicationStatus.COMPLETION_REQUESTED);
        providers.addAttachment(id, "ivo.pdf", ProviderBackOfficeTest.pdf("ivo"), false);
        providers.answer(
                id, providers.application(id, Locale.of("sv")).orElseThrow().version(), "Tillståndet är bifogat.");
        TestLogins.commissioner("huvudman-a");
        assertThat(reviews.reviewQueue(Locale.of("sv")))
                .extracting(ReviewQueueLine::applicationId)
                .contains(id);
        assertThat(reviews.review(id, Locale.of("sv")).orElseThrow().attachments())
                .extracting(a -> a.fileName())
                .containsExactly("ivo.pdf");
    }

    @Test
    void overLongContactDetailsInACorrectionAreRefusedByFieldAndNothingIsStored() {
        long id = submitted(data.serviceType(Delivery.HOME));
        TestLogins.commissioner("huvudman-a");
        long before = version(id);

        assertThatThrownBy(() -> reviews.correctContact(
                        id, before, "N".repeat(201), "lina@" + "x".repeat(200) + ".se", "0".repeat(41)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("contactName", TextLimits.TOO_LONG)
                                .containsEntry("contactEmail", TextLimits.TOO_LONG)
                                .containsEntry("contactPhone", TextLimits.TOO_LONG));

        assertThat(version(id)).as("nothing stored").isEqualTo(before);
    }

    @Test
    void anOfficerWhoEditedAnApplicationMayNotDecideIt() {
        long id = submitted(data.serviceType(Delivery.HOME));
        TestLogins.commissioner("huvudman-a");
        reviews.correctContact(id, version(id), "Lina Ström", "lina.strom@nyaomsorgen.example", "08-555 012 35");
        assertThatThrownBy(() -> reviews.approve(id, version(id), LocalDate.now(), everyRequirement(id)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("decision", "commission.decision.fourEyes"));
        assertThatThrownBy(() -> reviews.reject(id, version(id), "Nej.")).isInstanceOf(InvalidInputException.class);
        TestLogins.commissioner("huvudman-b");
        reviews.approve(id, version(id), LocalDate.now(), everyRequirement(id));
        assertThat(reviews.review(id, Locale.of("sv")).orElseThrow().status()).isEqualTo(ApplicationStatus.DECIDED);
    }

    @Test
    void aSuspendedProviderLeavesTheCatalogueAtOnceAndItsCustomersMayChooseAgain() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .by("Avstängs " + type)
                .summary("Text.")
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);
        String reference = choices.choose(entitlement, code).reference();
        assertThat(catalogue.count(OfferingQuery.all(type, 0))).isEqualTo(1);

        TestLogins.commissioner("huvudman-a");
        long accreditation = data.accreditationId(code);
        assertThatThrownBy(() -> oversight.suspend(accreditation, accreditationVersion(accreditation), ""))
                .isInstanceOf(InvalidInputException.class);
        oversight.suspend(accreditation, accreditationVersion(accreditation), "Brister i bemanningen.");

        assertThat(catalogue.count(OfferingQuery.all(type, 0))).isZero();
        assertThat(catalogue.offering(code, Locale.of("sv"))).isEmpty();
        assertThat(jdbc.queryForObject("select status from choice where reference = ?", String.class, reference))
                .isEqualTo("PROVIDER_REMOVED");
        assertThat(jdbc.queryForObject("select status from choice_entitlement where id = ?", String.class, entitlement))
                .isEqualTo("WAITING_FOR_CHOICE");

        oversight.liftSuspension(accreditation, accreditationVersion(accreditation));
        assertThat(catalogue.count(OfferingQuery.all(type, 0))).isEqualTo(1);
        oversight.revoke(accreditation, accreditationVersion(accreditation), "Upprepade brister.");
        assertThat(catalogue.count(OfferingQuery.all(type, 0))).isZero();
        assertThatThrownBy(() -> oversight.liftSuspension(accreditation, accreditationVersion(accreditation)))
                .isInstanceOf(InvalidInputException.class);
    }

    private long accreditationVersion(long accreditation) {
        return jdbc.queryForObject("select version from accreditation where id = ?", Long.class, accreditation);
    }

    @Test
    void aQualityFileIsCheckedWholeAndStoredOnlyWithoutErrors() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .by("Kvalitet " + type)
                .summary("Text.")
                .create();
        String orgnr = jdbc.queryForObject(
                "select p.orgnr from offering o join provider p on p.id = o.provider_id" + " where o.code = ?",
                String.class,
                code);
        String header = "orgnr;serviceType;indicator;year;value;respondents;source\n";
        String bad = header
                + orgnr + ";" + type + ";NOJDHET;2025;91;120;Testenkät\n"
                + "556677-8890;" + type + ";NOJDHET;2025;91;120;Testenkät\n"
                + orgnr + ";FINNS_INTE;NOJDHET;2025;91;120;Testenkät\n"
                + orgnr + ";" + type + ";NOJDHET;tjugo;91;120;Testenkät\n";
        TestLogins.commissioner("huvudman-a");
        QualityImportReport report = qualityImport.checkQualityFile(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(report.rowsOk()).isEqualTo(1);
        assertThat(report.problems())
                .extracting(QualityImportReport.RowProblem::line)
                .containsExactly(3, 4, 5);
        assertThatThrownBy(() -> qualityImport.importQualityFile(bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class);
        String stored =
                "select count(*) from quality_indicator q join provider p on p.id = q.provider_id where p.orgnr = ?";
        assertThat(jdbc.queryForObject(stored, Integer.class, orgnr)).isZero();

        String good = header + orgnr + ";" + type + ";NOJDHET;2025;91;120;Testenkät\n";
        assertThat(qualityImport
                        .checkQualityFile(good.getBytes(StandardCharsets.UTF_8))
                        .clean())
                .isTrue();
        assertThat(qualityImport.importQualityFile(good.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(stored, Integer.class, orgnr)).isEqualTo(1);
    }

    @Test
    void theFollowUpFiguresCountWhatHappened() {
        String type = data.serviceType(Delivery.HOME);
        String alfa = data.anOffering()
                .ofType(type)
                .by("Alfa " + type)
                .summary("Text.")
                .create();
        String beta = data.anOffering()
                .ofType(type)
                .by("Beta " + type)
                .summary("Text.")
                .create();
        data.lastConfirmed(beta, LocalDate.now().minusYears(2));
        Personnummer first = ChoiceTestData.newPersonnummer();
        Personnummer second = ChoiceTestData.newPersonnummer();
        Personnummer third = ChoiceTestData.newPersonnummer();
        long e1 = residents.residentWithEntitlement(first, "BOO", type);
        long e2 = residents.residentWithEntitlement(second, "BOO", type);
        long e3 = residents.residentWithEntitlement(third, "BOO", type);
        ChoiceTestData.logInAs(first);
        choices.choose(e1, alfa);
        choices.choose(e1, beta);
        ChoiceTestData.logInAs(second);
        choices.choose(e2, beta);
        // The third does not choose in time: the default provider (rotation) is applied.
        jdbc.update(
                "update choice_entitlement set deadline = ? where id = ?",
                LocalDate.now().minusDays(1),
                e3);
        defaultProviderJob.applyDueDefaults();
        long id = submitted(type);
        TestLogins.commissioner("huvudman-a");
        reviews.approve(id, version(id), LocalDate.now(), everyRequirement(id));

        FollowUp f = followUps.followUp(type, LocalDate.now().minusDays(1), LocalDate.now(), Locale.of("sv"));

        assertThat(f.choicesMade()).isEqualTo(3);
        assertThat(f.changes()).isEqualTo(1);
        assertThat(f.firstChoices()).isEqualTo(2);
        assertThat(f.defaultApplied()).isEqualTo(1);
        assertThat(f.defaultSharePercent()).isCloseTo(33.3, org.assertj.core.api.Assertions.within(0.1));
        // Customers today: three people, three customers. The first resident is still Alfa's until
        // the change to Beta starts; Beta has the second; the default went to one of them.
        assertThat(f.marketShare()).hasSize(2);
        assertThat(f.marketShare().stream()
                        .mapToLong(FollowUp.ProviderShare::customers)
                        .sum())
                .isEqualTo(3);
        assertThat(f.marketShare().stream()
                        .mapToDouble(FollowUp.ProviderShare::percent)
                        .sum())
                .isCloseTo(100.0, org.assertj.core.api.Assertions.within(0.01));
        assertThat(f.capacityUse()).extracting(FollowUp.CapacityUse::offering).contains("Alfa " + type, "Beta " + type);
        assertThat(f.processingDays()).containsExactly(0L);
        assertThat(f.staleListings())
                .extracting(FollowUp.StaleListing::code)
                .contains(beta)
                .doesNotContain(alfa);
        assertThat(followUps
                        .followUp(
                                type,
                                LocalDate.now().minusYears(3),
                                LocalDate.now().minusYears(2),
                                Locale.of("sv"))
                        .choicesMade())
                .isZero();
        assertThatThrownBy(() -> followUps.followUp(
                        type, LocalDate.now(), LocalDate.now().minusDays(1), Locale.of("sv")))
                .isInstanceOf(InvalidInputException.class);
    }
}
