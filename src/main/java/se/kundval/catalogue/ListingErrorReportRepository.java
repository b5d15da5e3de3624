package se.kundval.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link ListingErrorReport}. */
public interface ListingErrorReportRepository extends JpaRepository<ListingErrorReport, Long> {
}
