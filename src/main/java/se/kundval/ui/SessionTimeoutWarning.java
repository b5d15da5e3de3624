package se.kundval.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.VaadinSession;

/**
 * Warns a logged-in user two minutes before the session ends for being idle, with a button to
 * stay logged in; says so when it has ended. Runs in the browser, because asking the server
 * would itself count as activity.
 */
@Tag("kundval-session-warning")
public class SessionTimeoutWarning extends Component {

    private static final String SCRIPT = """
            const [timeout, heading, text, stay, expired, host] = [$0, $1, $2, $3, $4, this];
            if (host.__kvStarted) { return; }
            host.__kvStarted = true;
            let last = Date.now();
            const touch = () => { last = Date.now(); };
            ['click', 'keydown', 'input', 'touchstart'].forEach(t => document.addEventListener(t, touch, true));
            const dialog = document.createElement('dialog');
            dialog.className = 'session-warning';
            dialog.setAttribute('aria-labelledby', 'session-warning-heading');
            const h = document.createElement('h2');
            h.id = 'session-warning-heading';
            h.textContent = heading;
            const p = document.createElement('p');
            p.textContent = text;
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'session-warning-stay';
            button.textContent = stay;
            button.addEventListener('click', () => { touch(); dialog.close(); host.$server.keepAlive(); });
            dialog.append(h, p, button);
            document.body.append(dialog);
            const timer = setInterval(() => {
              const idle = (Date.now() - last) / 1000;
              if (idle >= timeout) {
                clearInterval(timer);
                p.textContent = expired;
                button.remove();
                if (!dialog.open) { dialog.showModal(); }
              } else if (idle >= timeout - 120 && !dialog.open) {
                dialog.showModal();
                button.focus();
              }
            }, 5000);
            """;

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        VaadinSession session = event.getSession();
        int timeout = session.getSession().getMaxInactiveInterval();
        if (timeout <= 0) {
            return;
        }
        getElement()
                .executeJs(
                        SCRIPT,
                        timeout,
                        getTranslation("session.warning.heading"),
                        getTranslation("session.warning.text"),
                        getTranslation("session.warning.continue"),
                        getTranslation("session.expired.text"));
    }

    /** The request itself is what keeps the session alive. */
    @ClientCallable
    void keepAlive() {
        // Nothing to do: reaching the server resets the session's idle time.
    }
}
