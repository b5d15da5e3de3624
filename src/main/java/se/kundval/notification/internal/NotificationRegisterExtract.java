package se.kundval.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.identity.Role;
import se.kundval.notification.Notification;
import se.kundval.shared.RegisterExtractContributor;

/** The notification module's part of the register extract: every message to the resident. */
@Component
class NotificationRegisterExtract implements RegisterExtractContributor {

    private final NotificationRepository notifications;

    NotificationRegisterExtract(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @RolesAllowed(Role.RESIDENT)
    @Transactional(readOnly = true)
    public List<Section> sectionsAbout(long residentId, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (Notification n : notifications.findForResident(residentId, Pageable.unpaged())) {
            lines.add(Line.entry(
                    n.getCreatedAt(),
                    "extract.message.text",
                    n.getSubject(),
                    n.getBody(),
                    n.getReadAt() == null ? "–" : n.getReadAt(),
                    n.getMailedAt() == null ? "–" : n.getMailedAt()));
        }
        return List.of(new Section("extract.messages", null, lines));
    }
}
