package se.kundval.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.kundval.shared.Unavailability;

/**
 * A button pressed while the database is unreachable: the person is told, where they are looking,
 * that nothing was saved and to try again (the transaction was rolled back, so nothing is half
 * written), instead of the press seeming to do nothing. Any other fault goes to Vaadin's handler.
 */
@Component
class OutageErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(OutageErrorHandler.class);
    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null || !Unavailability.isDatabaseUnavailable(event.getThrowable())) {
            fallback.error(event);
            return;
        }
        log.warn("Database unavailable {} during a page action", CorrelationIdFilter.current());
        Notification note = new Notification(ui.getTranslation("error.unavailable.action"), 10_000);
        note.addThemeVariants(NotificationVariant.ERROR);
        note.setPosition(Notification.Position.MIDDLE);
        note.getElement().setAttribute("role", "alert");
        note.open();
    }
}
