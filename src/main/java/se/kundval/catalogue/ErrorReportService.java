package se.kundval.catalogue;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.internal.ListingErrorReportRepository;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Role;

/** Reports of errors in listings ("Rapportera fel"), as the commissioning officers handle them. */
@Service
@Transactional
public class ErrorReportService {

    private final ListingErrorReportRepository errorReports;
    private final CurrentUser currentUser;
    private final Clock clock;

    ErrorReportService(ListingErrorReportRepository errorReports, CurrentUser currentUser, Clock clock) {
        this.errorReports = errorReports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Reports of errors in listings, new ones first. */
    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public List<ErrorReportLine> errorReports() {
        return errorReports.findAll().stream()
                .sorted(Comparator.comparing((ListingErrorReport r) -> !"NEW".equals(r.getStatus()))
                        .thenComparing(ListingErrorReport::getCreatedAt, Comparator.reverseOrder()))
                .map(r -> new ErrorReportLine(
                        r.getId(),
                        r.getOffering().getCode(),
                        r.getOffering().getProvider().getName()
                                + (r.getOffering().getUnitName() == null
                                        ? ""
                                        : " – " + r.getOffering().getUnitName()),
                        r.getMessage(),
                        r.getContact(),
                        r.getCreatedAt(),
                        !"NEW".equals(r.getStatus())))
                .toList();
    }

    @RolesAllowed(Role.HUVUDMAN)
    public void markHandled(long reportId) {
        errorReports.findById(reportId).ifPresent(r -> r.markHandled(officer(), clock.instant()));
    }

    private String officer() {
        return currentUser.get().map(KundvalUser::username).orElseThrow();
    }
}
