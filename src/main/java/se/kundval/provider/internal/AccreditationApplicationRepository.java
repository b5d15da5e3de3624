package se.kundval.provider.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import se.kundval.provider.AccreditationApplication;
import se.kundval.provider.ApplicationStatus;
import se.kundval.provider.Provider;

/** Persistence of {@link AccreditationApplication}; used only by this feature's services. */
public interface AccreditationApplicationRepository extends JpaRepository<AccreditationApplication, Long> {

    @Query("""
            select a from AccreditationApplication a join fetch a.serviceType
            where a.provider = :provider order by a.updatedAt desc
            """)
    List<AccreditationApplication> findForProvider(Provider provider);

    /** The application only if it belongs to this provider: ids from URLs are never trusted alone. */
    @Query("select a from AccreditationApplication a where a.id = :id and a.provider.orgnr = :orgnr")
    Optional<AccreditationApplication> findOwn(long id, String orgnr);

    @Query("""
            select a from AccreditationApplication a join fetch a.provider join fetch a.serviceType
            where a.status = :status order by a.submittedAt, a.id
            """)
    List<AccreditationApplication> findByStatusOrderBySubmittedAt(ApplicationStatus status);
}
