package se.kundval.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kundval.shared.Unavailability;

/**
 * A friendly page for unexpected errors: no stack trace for the visitor, only an error code that
 * support can find in the log. When the database cannot be reached, it says the portal is
 * temporarily unavailable instead (HTTP 503).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);
    private boolean unavailable;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        // The request's correlation id: in every log line of the request, so support finds them all.
        String code = CorrelationIdFilter.current();
        removeAll();
        addClassName("error-page");
        if (Unavailability.isDatabaseUnavailable(parameter.getCaughtException())) {
            // Not a bug but an outage: one line in the log (no stack trace per visitor), "try again
            // soon" for the visitor, and 503 so that a load balancer or crawler knows it is temporary.
            log.warn("Database unavailable {} on {}", code, event.getLocation().getPath());
            unavailable = true;
            add(
                    new H1(getTranslation("error.unavailable.title")),
                    new Paragraph(getTranslation("error.unavailable.text")),
                    new Paragraph(getTranslation("error.unavailable.code", code)),
                    new Anchor("", getTranslation("error.unavailable.retry")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Unexpected error {} on {}", code, event.getLocation().getPath(), parameter.getCaughtException());
        add(
                new H1(getTranslation("error.server.title")),
                new Paragraph(getTranslation("error.server.text", code)),
                new Anchor("", getTranslation("error.server.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(unavailable ? "error.unavailable.title" : "error.server.title") + " – "
                + getTranslation("app.title.suffix");
    }
}
