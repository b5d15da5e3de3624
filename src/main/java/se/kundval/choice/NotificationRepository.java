package se.kundval.choice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link Notification}; used only by this feature's services. */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

}
