package se.kundval.choice;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.choice.internal.ChoiceRepository;

/**
 * Moves choices along the calendar: a change of provider takes effect on its first day, and the
 * choice it replaced ends after its last day (and gives its place back). Idempotent: running it
 * twice, or on two nodes, finds nothing left to do the second time (optimistic locking makes a
 * true race fail one of the two transactions, which the next run repeats).
 */
@Component
public class ChoiceCalendarJob {

    static final String ACTOR = "kalender";
    private static final Logger log = LoggerFactory.getLogger(ChoiceCalendarJob.class);

    private final ChoiceRepository choices;
    private final Clock clock;

    ChoiceCalendarJob(ChoiceRepository choices, Clock clock) {
        this.choices = choices;
        this.clock = clock;
    }

    /** Just after midnight, and again every hour in case a node was down at midnight. */
    @Scheduled(cron = "${kundval.choice-calendar.cron:0 5 * * * *}")
    public void scheduled() {
        int moved = advance();
        if (moved > 0) {
            log.info("{} choices started or ended", moved);
        }
    }

    /** Starts due changes and ends replaced choices; returns how many choices changed. */
    @Transactional
    public int advance() {
        LocalDate today = LocalDate.now(clock);
        int moved = 0;
        for (Choice ended : choices.findDueToEnd(today)) {
            ended.setStatus(ChoiceStatus.ENDED);
            ended.getEntitlement()
                    .record(
                            clock.instant(),
                            ACTOR,
                            "CHOICE_ENDED",
                            "reference " + ended.getReference() + ", last day " + ended.getValidTo());
            moved++;
        }
        for (Choice started : choices.findDueToStart(today)) {
            started.setStatus(ChoiceStatus.ACTIVE);
            started.getEntitlement()
                    .record(
                            clock.instant(),
                            ACTOR,
                            "CHOICE_STARTED",
                            "reference " + started.getReference() + ", from " + started.getValidFrom());
            moved++;
        }
        return moved;
    }
}
