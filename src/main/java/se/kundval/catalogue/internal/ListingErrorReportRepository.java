package se.kundval.catalogue.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.catalogue.ListingErrorReport;

/** Persistence of {@link ListingErrorReport}. */
public interface ListingErrorReportRepository extends JpaRepository<ListingErrorReport, Long> {}
