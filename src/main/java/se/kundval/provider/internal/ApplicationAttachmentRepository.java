package se.kundval.provider.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import se.kundval.provider.ApplicationAttachment;

/** Persistence of {@link ApplicationAttachment}; used only by this feature's services. */
public interface ApplicationAttachmentRepository extends JpaRepository<ApplicationAttachment, Long> {

    @Query("select a from ApplicationAttachment a where a.id = :id and a.application.provider.orgnr = :orgnr")
    Optional<ApplicationAttachment> findOwn(long id, String orgnr);
}
