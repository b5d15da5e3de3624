package se.kundval.choice.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import se.kundval.choice.Resident;

/** Persistence of {@link Resident}; used only by this feature's services. */
public interface ResidentRepository extends JpaRepository<Resident, Long> {
    Optional<Resident> findByPersonnummer(String twelveDigits);

    /**
     * Creates the resident unless one with this personnummer exists, in one statement: two
     * officers (or an officer and the person's first login) creating the same person at once never
     * meet a duplicate-key error, whose message would carry the personnummer into the log. The
     * second waits for the first's transaction and then finds the row.
     */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "INSERT INTO resident (personnummer, first_name, last_name, contact_preference, created_at,"
                    + " origin, version) VALUES (:personnummer, :firstName, :lastName, 'LETTER', :createdAt,"
                    + " 'PORTAL', 0) ON DUPLICATE KEY UPDATE id = id",
            nativeQuery = true)
    void insertIfAbsent(
            @Param("personnummer") String twelveDigits,
            @Param("firstName") String firstName,
            @Param("lastName") String lastName,
            @Param("createdAt") Instant createdAt);

    /**
     * The resident, read as committed now (not as of the transaction's first read) and locked until
     * the transaction ends, so a concurrent registration of the same person waits and then sees
     * this one's details.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Resident r where r.personnummer = :personnummer")
    Optional<Resident> lockByPersonnummer(@Param("personnummer") String twelveDigits);
}
