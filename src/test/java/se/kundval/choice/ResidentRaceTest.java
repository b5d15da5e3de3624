package se.kundval.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.choice.internal.ResidentRepository;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.identity.SignedIn;
import se.kundval.register.Delivery;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.PersonnummerMaskingFilter;
import se.kundval.shared.RecordOrigin;

/**
 * Several officers registering the same new person at once, racing the person's own first login,
 * end with one resident; and whatever goes wrong, no log line carries the personnummer. Also: a
 * registration never silently overwrites an e-mail address or phone number someone else stored
 * after the officer's look-up.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ResidentRaceTest {

    private static final int OFFICERS = 6;

    @Autowired
    OfficerService officerService;

    @Autowired
    ResidentOnSignIn residentOnSignIn;

    @Autowired
    ResidentRepository residents;

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void officersAndTheFirstLoginRacingForTheSamePersonMakeOneResidentAndLogNoPersonnummer(CapturedOutput output)
            throws Exception {
        String type = catalogue.serviceType(Delivery.HOME);
        Personnummer p = ChoiceTestData.newPersonnummer();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(OFFICERS + 1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int i = 0; i < OFFICERS; i++) {
                String officer = "race-officer-" + i;
                done.add(pool.submit(() -> {
                    ChoiceTestData.logInAsOfficer(officer);
                    try {
                        start.await();
                        return officerService.registerConversation(form(p, type, "greta@example.se", null));
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            done.add(pool.submit(() -> {
                start.await();
                residentOnSignIn.signedIn(new SignedIn(resident(p), "Greta", "Garbo"));
                return null;
            }));
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForObject(
                        "select count(*) from resident where personnummer = ?", Integer.class, p.digits()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from guidance_conversation c join resident r on r.id = c.resident_id"
                                + " where r.personnummer = ?",
                        Integer.class,
                        p.digits()))
                .as("every officer's conversation is stored, for the one resident")
                .isEqualTo(OFFICERS);
        assertNoPersonnummer(output, p);
    }

    @Test
    void aDuplicateKeyErrorFromTheDatabaseReachesTheLogWithoutThePersonnummer(CapturedOutput output) {
        Personnummer p = ChoiceTestData.newPersonnummer();
        residents.saveAndFlush(named(new Resident(p, clock.instant(), RecordOrigin.PORTAL)));

        // The database's own message quotes the duplicate key; the driver, Hibernate and we log it.
        assertThatThrownBy(() -> residents.saveAndFlush(named(new Resident(p, clock.instant(), RecordOrigin.PORTAL))))
                .isInstanceOfSatisfying(DataIntegrityViolationException.class, e -> {
                    assertThat(e.getMostSpecificCause().getMessage()).contains(p.digits());
                    LoggerFactory.getLogger(ResidentRaceTest.class).error("Could not store {}", p.formatted(), e);
                });
        LoggerFactory.getLogger(ResidentRaceTest.class)
                .warn("Short forms {} and {}", p.formatted().substring(2), p.digits());

        assertThat(output.getAll()).contains(PersonnummerMaskingFilter.MASK).contains("Could not store");
        assertNoPersonnummer(output, p);
    }

    @Test
    void aRegistrationNeverSilentlyOverwritesContactDetailsStoredAfterTheLookUp() {
        String type = catalogue.serviceType(Delivery.HOME);
        Personnummer p = ChoiceTestData.newPersonnummer();
        ChoiceTestData.logInAsOfficer("race-first");
        officerService.registerConversation(form(p, type, "first@example.se", "070-111 11 11"));
        ChoiceTestData.logInAsOfficer("race-second");
        long seen = officerService
                .findResident(p.formatted(), "GUIDANCE_CONVERSATION")
                .orElseThrow()
                .version();
        ChoiceTestData.logInAsOfficer("race-third");
        officerService.registerConversation(
                form(p, type, "third@example.se", "070-333 33 33").withResidentVersion(seen));
        int conversations = conversations(p);

        // The second officer saves with the version they saw, which the third has replaced.
        ChoiceTestData.logInAsOfficer("race-second");
        assertThatThrownBy(() -> officerService.registerConversation(
                        form(p, type, "second@example.se", null).withResidentVersion(seen)))
                .isInstanceOf(ConcurrentEditException.class);
        // An officer who never looked the person up cannot replace the address either.
        assertThatThrownBy(() -> officerService.registerConversation(form(p, type, "fourth@example.se", null)))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(jdbc.queryForMap("select email, phone from resident where personnummer = ?", p.digits()))
                .containsEntry("email", "third@example.se")
                .containsEntry("phone", "070-333 33 33");
        assertThat(conversations(p))
                .as("nothing of the refused registrations is stored")
                .isEqualTo(conversations);
        assertThat(jdbc.queryForList(
                        "select detail from audit_event a join resident r on r.id = a.resident_id"
                                + " where r.personnummer = ? and a.action = 'UPDATE_RESIDENT_DETAILS'",
                        String.class,
                        p.digits()))
                .as("the changed fields are recorded, not their values")
                .containsExactly("changed: email, phone");
    }

    private int conversations(Personnummer p) {
        return jdbc.queryForObject(
                "select count(*) from guidance_conversation c join resident r on r.id = c.resident_id"
                        + " where r.personnummer = ?",
                Integer.class,
                p.digits());
    }

    private static void assertNoPersonnummer(CapturedOutput output, Personnummer p) {
        String log = output.getAll();
        assertThat(log).doesNotContain(p.digits());
        assertThat(log).doesNotContain(p.formatted());
        assertThat(log)
                .doesNotContain(p.digits().substring(2, 8) + "-" + p.digits().substring(8));
    }

    private static Resident named(Resident resident) {
        resident.setFirstName("Greta");
        resident.setLastName("Garbo");
        return resident;
    }

    private static KundvalUser resident(Personnummer p) {
        KundvalUser user = new KundvalUser(
                "bankid-" + p.digits().substring(8),
                "Greta Garbo",
                Set.of(Role.RESIDENT),
                Optional.of(p),
                Optional.empty());
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + Role.RESIDENT));
        return user;
    }

    private ConversationForm form(Personnummer p, String type, String email, String phone) {
        return new ConversationForm(
                p.formatted(),
                "Greta",
                "Garbo",
                "BOO",
                ContactPreference.EMAIL,
                email,
                phone,
                LocalDate.now(clock),
                List.of(new ConversationForm.Grant(type, new BigDecimal("10"), null)),
                Set.of(),
                Set.of(),
                null,
                null);
    }
}
