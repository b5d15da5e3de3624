package se.kundval.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Role;
import se.kundval.notification.Notification.RecipientType;
import se.kundval.notification.internal.NotificationRepository;

/** "Meddelanden" for residents and the provider's inbox: the logged-in user's own messages only. */
@Service
@Transactional
public class MessageService {

    private final NotificationRepository notifications;
    private final List<RecipientDirectory> directories;
    private final CurrentUser currentUser;
    private final Clock clock;

    MessageService(
            NotificationRepository notifications,
            List<RecipientDirectory> directories,
            CurrentUser currentUser,
            Clock clock) {
        this.notifications = notifications;
        this.directories = directories;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The logged-in resident's or provider's messages, newest first. */
    @RolesAllowed({Role.RESIDENT, Role.PROVIDER})
    @Transactional(readOnly = true)
    public List<Message> myMessages(int max) {
        KundvalUser user = currentUser.get().orElseThrow();
        var page = PageRequest.of(0, Math.max(1, Math.min(max, 200)));
        List<Notification> found = recipient(user, RecipientType.RESIDENT)
                .map(id -> notifications.findForResident(id, page))
                .or(() -> recipient(user, RecipientType.PROVIDER).map(id -> notifications.findForProvider(id, page)))
                .orElse(List.of());
        return found.stream()
                .map(n -> new Message(
                        n.getId(),
                        n.getSubject(),
                        n.getBody(),
                        n.getCreatedAt(),
                        n.getReadAt() != null,
                        n.getLinkPath(),
                        n.getLinkLabel()))
                .toList();
    }

    /** Marks the user's own messages as read. */
    @RolesAllowed({Role.RESIDENT, Role.PROVIDER})
    public void markRead(Collection<Long> messageIds) {
        KundvalUser user = currentUser.get().orElseThrow();
        Optional<Long> resident = recipient(user, RecipientType.RESIDENT);
        Optional<Long> provider = recipient(user, RecipientType.PROVIDER);
        notifications.findAllById(messageIds).stream()
                .filter(n -> n.getReadAt() == null)
                .filter(n -> (n.getRecipientType() == RecipientType.RESIDENT ? resident : provider)
                        .map(id -> id == n.recipientId())
                        .orElse(false))
                .forEach(n -> n.markRead(clock.instant()));
    }

    private Optional<Long> recipient(KundvalUser user, RecipientType type) {
        return directories.stream().filter(d -> d.type() == type).findFirst().flatMap(d -> d.recipientIdOf(user));
    }
}
