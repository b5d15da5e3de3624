package se.kundval.identity;

import java.util.Collections;
import java.util.concurrent.locks.Lock;

import jakarta.servlet.http.HttpSession;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Notices the request in which a session's last browser tab went away, so that
 * {@link SessionPolicyFilter} can end an anonymous visitor's session at once rather than keep it
 * in memory until its idle timeout. Vaadin's client sends a beacon when a page is unloaded (tab
 * closed, or the browser leaves the portal); the beacon closes that tab's UI, and Vaadin removes
 * it at the end of the same request, which is when this listener hears of it.
 *
 * <p>A reload or a link within the portal does not end the session: the new page's UI is created
 * by the new page's own request (eager server load), which the browser sends before it unloads the
 * old page, so the old UI is not the last one.
 */
@Component
class LastTabClosed implements VaadinServiceInitListener {

    /** Request attribute, present when the session's last UI was removed during the request. */
    static final String ATTRIBUTE = LastTabClosed.class.getName();

    private static final String VAADIN_SESSION = VaadinSession.class.getName() + ".";
    /** Where Spring Security keeps the CSRF token (its {@code HttpSessionCsrfTokenRepository} default). */
    private static final String CSRF_TOKEN = HttpSessionCsrfTokenRepository.class.getName() + ".CSRF_TOKEN";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addDetachListener(detach -> removed(detach.getUI())));
    }

    private static void removed(UI ui) {
        // UIs are also removed when the whole session ends (idle timeout outside any request, or a
        // logout invalidating it): then there is nothing left to end.
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)
                || VaadinSession.getCurrent() == null) {
            return;
        }
        // The UI being removed is still listed while its detach listeners run.
        boolean othersOpen =
                VaadinSession.getCurrent().getUIs().stream().anyMatch(other -> other != ui && !other.isClosing());
        if (!othersOpen) {
            request.setAttribute(ATTRIBUTE, Boolean.TRUE);
        }
    }

    /**
     * True when the session holds nothing a new visit would not recreate: Vaadin's state (which
     * includes the comparison and the visitor's neutral order), Vaadin's lock for it
     * ({@code <servlet>.lock}) and the CSRF token. Anything else, such as the page to return to
     * after logging in or a pending Keycloak login, keeps the session.
     */
    static boolean holdsOnlyBrowsingState(HttpSession session) {
        return Collections.list(session.getAttributeNames()).stream()
                .allMatch(name -> name.startsWith(VAADIN_SESSION)
                        || name.equals(CSRF_TOKEN)
                        || name.endsWith(".lock") && session.getAttribute(name) instanceof Lock);
    }
}
