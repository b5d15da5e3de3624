package se.kundval.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.kundval.shared.RetentionTask;

/**
 * Retention (gallring, docs/retention.md): once a night every module removes its own records that
 * are older than the period set for their kind ({@code kundval.retention.<kind>}, ISO duration or
 * days; 0 keeps them). The run itself is written to the audit trail: which kinds, with which
 * periods, and how many records of each were removed; never whose. Idempotent, so two nodes
 * running it at once do no harm.
 */
@Component
public class RetentionJob {

    /** The actor of the run's audit event. */
    public static final String ACTOR = "gallring";

    /** The actor role of the run's audit event: the portal itself, not a person. */
    public static final String SYSTEM_ROLE = "system";

    public static final String ACTION = "RETENTION_RUN";

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<RetentionTask> tasks;
    private final Map<String, Duration> periods;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    RetentionJob(
            List<RetentionTask> tasks,
            Environment environment,
            AuditTrail audit,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this(tasks, periodsFrom(tasks, environment), audit, new TransactionTemplate(transactionManager), clock);
    }

    RetentionJob(
            List<RetentionTask> tasks,
            Map<String, Duration> periods,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.tasks =
                tasks.stream().sorted(Comparator.comparing(RetentionTask::kind)).toList();
        this.periods = Map.copyOf(periods);
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        for (RetentionTask task : this.tasks) {
            if (!this.periods.containsKey(task.kind())) {
                throw new IllegalStateException("no retention period for " + task.kind());
            }
        }
        Duration auditPeriod = this.periods.get(AUDIT_EVENTS);
        if (auditPeriod != null && !auditPeriod.isZero() && auditPeriod.compareTo(MINIMUM_AUDIT_PERIOD) < 0) {
            // The database refuses to delete an audit event less than a year old (V40), so a shorter
            // period could never be honoured: say so at start, not in a failed job every night.
            throw new IllegalStateException("The retention period for audit events must be at least 365 days (or 0"
                    + " to keep them for ever); it is " + auditPeriod.toDays() + " days");
        }
    }

    /** The kind of the audit events themselves. */
    static final String AUDIT_EVENTS = "audit-events";

    /** The database's own floor for deleting audit events (trigger in V40). */
    static final Duration MINIMUM_AUDIT_PERIOD = Duration.ofDays(365);

    /**
     * Every kind must have a period in the settings: a missing one stops the start rather than
     * silently keeping, or removing, records nobody decided about.
     */
    static Map<String, Duration> periodsFrom(List<RetentionTask> tasks, Environment environment) {
        Map<String, Duration> periods = new LinkedHashMap<>();
        for (RetentionTask task : tasks) {
            String key = "kundval.retention." + task.kind();
            String value = environment.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("Set " + key + " (an ISO duration such as P730D, or days)");
            }
            periods.put(task.kind(), parse(key, value.strip()));
        }
        return periods;
    }

    static Duration parse(String key, String value) {
        Duration period;
        try {
            period = DurationStyle.detectAndParse(value, ChronoUnit.DAYS);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + ": not an ISO duration or a number of days: " + value, e);
        }
        if (period.isNegative()) {
            throw new IllegalStateException(key + " must not be negative");
        }
        return period;
    }

    /** What a run removed, per kind (kinds kept forever are absent). */
    public record Report(Map<String, Integer> removed) {}

    @Scheduled(cron = "${kundval.retention.cron:0 30 3 * * *}")
    public void scheduled() {
        Report report = run();
        log.info("Retention: {}", report.removed());
    }

    /** Removes what is past its retention, kind by kind, and records the run. */
    public Report run() {
        Instant now = clock.instant();
        Map<String, Integer> removed = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (RetentionTask task : tasks) {
            Duration period = periods.get(task.kind());
            if (period.isZero()) {
                parts.add(task.kind() + "=kept");
                continue;
            }
            int count = task.removeOlderThan(now.minus(period));
            removed.put(task.kind(), count);
            parts.add(task.kind() + "=" + count + " (" + period.toDays() + "d)");
        }
        String detail = String.join("; ", parts);
        transactions.executeWithoutResult(status -> audit.record(ACTOR, SYSTEM_ROLE, null, ACTION, detail));
        return new Report(Map.copyOf(removed));
    }
}
