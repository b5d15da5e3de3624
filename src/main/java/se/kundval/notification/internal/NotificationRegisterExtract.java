package se.kundval.notification.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

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
                    time(n.getCreatedAt()),
                    "extract.message.text",
                    n.getSubject(),
                    n.getBody(),
                    n.getReadAt() == null ? "–" : time(n.getReadAt()),
                    n.getMailedAt() == null ? "–" : time(n.getMailedAt())));
        }
        return List.of(new Section("extract.messages", null, lines));
    }

    private static String time(Instant at) {
        return TIME.format(at);
    }
}
