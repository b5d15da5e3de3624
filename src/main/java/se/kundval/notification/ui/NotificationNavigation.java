package se.kundval.notification.ui;

import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/** The way to the inbox from elsewhere; the view stays package-private. */
@NamedInterface("navigation")
public final class NotificationNavigation {

    private NotificationNavigation() {}

    public static RouterLink inboxLink(String text) {
        return new RouterLink(text, MessagesView.class);
    }
}
