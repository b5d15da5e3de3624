package se.kundval.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.TestLogins;
import se.kundval.provider.ApplicationReviewService;
import se.kundval.provider.ProviderTestData;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.RetentionTask;

/**
 * Retention (gallring) on a real MariaDB over simulated days: each kind's records older than its
 * period are removed by the module that owns them, younger ones are kept, and every run is itself
 * an audit event that says how many of each kind went (and nothing about whom).
 */
@IntegrationTest
class RetentionJobTest {

    private static final Duration PERIOD = Duration.ofDays(30);

    @Autowired
    List<RetentionTask> tasks;

    @Autowired
    AuditTrail audit;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    ProviderTestData providers;

    @Autowired
    ApplicationReviewService reviews;

    /** The project's clock, moved on by whole days as the test needs. */
    private static final class SimulatedClock extends Clock {
        private Instant now = Instant.now();

        void advanceDays(int days) {
            now = now.plus(Duration.ofDays(days));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private RetentionJob job(SimulatedClock clock, Map<String, Duration> periods) {
        return new RetentionJob(tasks, periods, audit, new TransactionTemplate(transactionManager), clock);
    }

    private Map<String, Duration> everyKind(Duration period) {
        Map<String, Duration> periods = new HashMap<>();
        tasks.forEach(t -> periods.put(t.kind(), period));
        periods.put("audit-events", period.plusDays(AUDIT_FLOOR_DAYS));
        return periods;
    }

    /** A day more than the database's floor for deleting audit events. */
    private static final int AUDIT_FLOOR_DAYS = 366;

    @Test
    void anAuditEventLessThanAYearOldIsNeverDeletedWhateverCutoffIsDeclared() {
        long recent = insert("insert into audit_event (occurred_at, actor, actor_role, action)"
                + " values (utc_timestamp(6) - interval 200 day, 'hl-y', 'handlaggare', 'READ_RESIDENT')");
        // What a compromised application could try: declare a cutoff in the future itself.
        assertThatThrownBy(() -> jdbc.execute((java.sql.Connection c) -> {
                    try (var s = c.createStatement()) {
                        s.execute("set @kundval_audit_retention_cutoff = utc_timestamp(6) + interval 1 day");
                        try {
                            return s.executeUpdate("delete from audit_event where id = " + recent);
                        } finally {
                            s.execute("set @kundval_audit_retention_cutoff = null");
                        }
                    }
                }))
                .hasMessageContaining("audit events cannot be deleted");
        assertThat(exists("audit-events", recent)).isTrue();
        Map<String, Duration> tooShort = everyKind(PERIOD);
        tooShort.put("audit-events", Duration.ofDays(90));
        assertThatThrownBy(() -> job(new SimulatedClock(), tooShort))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 365 days");
    }

    /** One record of every kind, {@code daysOld} days old by its own retention date; their ids by kind. */
    private Map<String, Long> recordsAged(int daysOld, long residentId, long entitlementId, long offeringId) {
        Map<String, Long> ids = new HashMap<>();
        ids.put(
                "audit-events",
                insert(
                        "insert into audit_event (occurred_at, actor, actor_role, resident_id, action, detail)"
                                + " values (utc_timestamp(6) - interval ? day, 'hl-retention', 'handlaggare', ?,"
                                + " 'READ_RESIDENT', 'retention test')",
                        // Audit events are kept at least a year (the database's floor): their ages and
                        // period are a year longer, the rest of the story the same.
                        daysOld + AUDIT_FLOOR_DAYS,
                        residentId));
        ids.put(
                "notifications",
                insert(
                        "insert into notification (recipient_type, resident_id, topic, subject, body, created_at,"
                                + " mail_status) values ('RESIDENT', ?, 'TEST', 'Test', 'Text.',"
                                + " utc_timestamp(6) - interval ? day, 'NOT_SENT')",
                        residentId,
                        daysOld));
        ids.put(
                "ended-choices",
                insert(
                        "insert into choice (reference, entitlement_id, offering_id, status, made_at, valid_from,"
                                + " valid_to, made_by, actor) values (?, ?, ?, 'ENDED', utc_timestamp(6) - interval"
                                + " 400 day, curdate() - interval 400 day, curdate() - interval ? day, 'RESIDENT',"
                                + " 'test')",
                        CatalogueTestData.unique("G"),
                        entitlementId,
                        offeringId,
                        daysOld));
        ids.put(
                "error-reports",
                insert(
                        "insert into listing_error_report (offering_id, message, contact, created_at, status,"
                                + " handled_at, handled_by) values (?, 'Fel telefonnummer.', 'a@example.se',"
                                + " utc_timestamp(6) - interval 400 day, 'HANDLED', utc_timestamp(6) - interval ? day,"
                                + " 'huvudman-a')",
                        offeringId,
                        daysOld));
        ids.put(
                "accessibility-feedback",
                insert(
                        "insert into accessibility_feedback (page, message, contact, created_at, status)"
                                + " values ('/', 'Svår kontrast.', 'b@example.se', utc_timestamp(6) - interval ? day,"
                                + " 'NEW')",
                        daysOld));
        long application = providers.submittedApplication(catalogue.serviceType(Delivery.HOME));
        TestLogins.commissioner("huvudman-retention");
        try {
            reviews.reject(
                    application,
                    reviews.review(application, Locale.of("sv")).orElseThrow().version(),
                    "Underlag saknas.");
        } finally {
            TestLogins.logOut();
        }
        jdbc.update(
                "insert into application_attachment (application_id, file_name, size_bytes, content, confidential,"
                        + " uploaded_by, uploaded_at) values (?, 'forsakring.pdf', 3, x'255044', false, 'lina',"
                        + " utc_timestamp(6))",
                application);
        jdbc.update(
                "update accreditation_application set decided_at = utc_timestamp(6) - interval ? day where id = ?",
                daysOld,
                application);
        ids.put("rejected-applications", application);
        return ids;
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }

    private static final Map<String, String> TABLES = Map.of(
            "audit-events", "audit_event",
            "notifications", "notification",
            "ended-choices", "choice",
            "error-reports", "listing_error_report",
            "accessibility-feedback", "accessibility_feedback",
            "rejected-applications", "accreditation_application");

    private boolean exists(String kind, long id) {
        return jdbc.queryForObject("select count(*) from " + TABLES.get(kind) + " where id = ?", Integer.class, id) > 0;
    }

    private int runRecords() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'RETENTION_RUN' and actor = 'gallring'"
                        + " and actor_role = 'system' and resident_id is null",
                Integer.class);
    }

    private String lastRunDetail() {
        return jdbc.queryForObject(
                "select detail from audit_event where action = 'RETENTION_RUN' order by id desc limit 1", String.class);
    }

    @Test
    void everyKindOlderThanItsPeriodIsRemovedYoungerKeptAndEachRunIsAudited() {
        assertThat(tasks).extracting(RetentionTask::kind).containsExactlyInAnyOrderElementsOf(TABLES.keySet());
        String type = catalogue.serviceType(Delivery.HOME);
        long entitlement = residents.residentWithEntitlement(ChoiceTestData.newPersonnummer(), "BOO", type);
        long resident =
                jdbc.queryForObject("select resident_id from choice_entitlement where id = ?", Long.class, entitlement);
        long offering = jdbc.queryForObject(
                "select id from offering where code = ?",
                Long.class,
                catalogue
                        .anOffering()
                        .ofType(type)
                        .by("Gallring AB")
                        .summary("Text.")
                        .create());
        Map<String, Long> old = recordsAged(40, resident, entitlement, offering);
        Map<String, Long> younger = recordsAged(20, resident, entitlement, offering);
        Map<String, Long> fresh = recordsAged(0, resident, entitlement, offering);
        long oldAttachments = jdbc.queryForObject(
                "select count(*) from application_attachment where application_id = ?",
                Long.class,
                old.get("rejected-applications"));
        assertThat(oldAttachments).isEqualTo(1);
        SimulatedClock clock = new SimulatedClock();
        RetentionJob job = job(clock, everyKind(PERIOD));
        int runsBefore = runRecords();

        // Day 0: only what is more than 30 days old goes.
        RetentionJob.Report first = job.run();

        for (String kind : TABLES.keySet()) {
            assertThat(exists(kind, old.get(kind))).as("40 days old %s", kind).isFalse();
            assertThat(exists(kind, younger.get(kind)))
                    .as("20 days old %s", kind)
                    .isTrue();
            assertThat(exists(kind, fresh.get(kind))).as("new %s", kind).isTrue();
            assertThat(first.removed().get(kind)).as("count of %s", kind).isPositive();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from application_attachment where application_id = ?",
                        Long.class,
                        old.get("rejected-applications")))
                .as("the rejected application's files")
                .isZero();
        assertThat(runRecords()).isEqualTo(runsBefore + 1);
        assertThat(lastRunDetail())
                .contains("audit-events=", "notifications=", "ended-choices=", "error-reports=")
                .contains("accessibility-feedback=", "rejected-applications=")
                .doesNotContain(String.valueOf(resident));

        // Eleven days later the 20-day-old records are past 30 days; the new ones are not.
        clock.advanceDays(11);
        job.run();

        for (String kind : TABLES.keySet()) {
            assertThat(exists(kind, younger.get(kind)))
                    .as("31 days old %s", kind)
                    .isFalse();
            assertThat(exists(kind, fresh.get(kind))).as("11 days old %s", kind).isTrue();
        }
        assertThat(runRecords()).isEqualTo(runsBefore + 2);
    }

    @Test
    void aPeriodOfZeroKeepsThatKindAndCurrentChoicesAndUnhandledReportsAreNeverRemoved() {
        String type = catalogue.serviceType(Delivery.HOME);
        long entitlement = residents.residentWithEntitlement(ChoiceTestData.newPersonnummer(), "BOO", type);
        long resident =
                jdbc.queryForObject("select resident_id from choice_entitlement where id = ?", Long.class, entitlement);
        long offering = jdbc.queryForObject(
                "select id from offering where code = ?",
                Long.class,
                catalogue
                        .anOffering()
                        .ofType(type)
                        .by("Kvar AB")
                        .summary("Text.")
                        .create());
        long activeChoice = insert(
                "insert into choice (reference, entitlement_id, offering_id, status, made_at, valid_from, made_by,"
                        + " actor) values (?, ?, ?, 'ACTIVE', utc_timestamp(6) - interval 900 day,"
                        + " curdate() - interval 900 day, 'RESIDENT', 'test')",
                CatalogueTestData.unique("G"),
                entitlement,
                offering);
        long unhandledReport = insert(
                "insert into listing_error_report (offering_id, message, created_at, status)"
                        + " values (?, 'Fel.', utc_timestamp(6) - interval 900 day, 'NEW')",
                offering);
        long oldNotification = insert(
                "insert into notification (recipient_type, resident_id, topic, subject, body, created_at, mail_status)"
                        + " values ('RESIDENT', ?, 'TEST', 'Test', 'Text.', utc_timestamp(6) - interval 900 day,"
                        + " 'NOT_SENT')",
                resident);
        Map<String, Duration> periods = everyKind(PERIOD);
        periods.put("notifications", Duration.ZERO);

        RetentionJob.Report report = job(new SimulatedClock(), periods).run();

        assertThat(exists("ended-choices", activeChoice)).isTrue();
        assertThat(exists("error-reports", unhandledReport)).isTrue();
        assertThat(exists("notifications", oldNotification)).isTrue();
        assertThat(report.removed()).doesNotContainKey("notifications");
        assertThat(lastRunDetail()).contains("notifications=kept");
    }

    @Test
    void outsideTheRetentionJobTheDatabaseStillRefusesToDeleteAuditEvents() {
        long old = insert("insert into audit_event (occurred_at, actor, actor_role, action)"
                + " values (utc_timestamp(6) - interval 4000 day, 'hl-x', 'handlaggare', 'READ_RESIDENT')");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", old))
                .hasMessageContaining("audit events cannot be deleted");
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'x' where id = ?", old))
                .hasMessageContaining("audit events cannot be changed");
        assertThat(exists("audit-events", old)).isTrue();
    }

    @Test
    void periodsAreIsoDurationsOrDaysAndNoneMayBeMissing() {
        assertThat(RetentionJob.parse("k", "P730D")).isEqualTo(Duration.ofDays(730));
        assertThat(RetentionJob.parse("k", "365")).isEqualTo(Duration.ofDays(365));
        assertThat(RetentionJob.parse("k", "0")).isZero();
        assertThatThrownBy(() -> RetentionJob.parse("k", "ett år")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> job(new SimulatedClock(), Map.of())).isInstanceOf(IllegalStateException.class);
    }
}
