package se.kundval.notification.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import se.kundval.notification.Notification;

/** Persistence of {@link Notification}; used only by this feature's services. */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.residentId = :residentId order by n.createdAt desc, n.id desc")
    List<Notification> findForResident(long residentId, Pageable page);

    @Query("select n from Notification n where n.providerId = :providerId order by n.createdAt desc, n.id desc")
    List<Notification> findForProvider(long providerId, Pageable page);

    @Query("select n.id from Notification n where n.mailStatus = :status order by n.id")
    List<Long> findIdsByMailStatus(Notification.MailStatus status, Pageable page);

    /** The outbox: messages waiting to be e-mailed, oldest first. */
    default List<Long> findIdsToMail(Pageable page) {
        return findIdsByMailStatus(Notification.MailStatus.PENDING, page);
    }
}
