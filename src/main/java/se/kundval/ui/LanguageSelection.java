package se.kundval.ui;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Swedish by default; the visitor's choice of English persists in a cookie. Also sets
 * {@code <html lang>} on every page so screen readers use the right voice.
 */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    static final String COOKIE = "kundval-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Locale locale = fromRequest(VaadinRequest.getCurrent());
            uiEvent.getUI().setLocale(locale);
            uiEvent.getUI().getSession().setLocale(locale);
        });
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html")
                .attr("lang", fromRequest(response.getVaadinRequest()).getLanguage()));
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return KundvalI18nProvider.SWEDISH;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .map(KundvalI18nProvider::supported)
                .orElse(KundvalI18nProvider.SWEDISH);
    }

    /** Switches language for this visitor and reloads the page in it. */
    public static void switchTo(UI ui, Locale locale) {
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;SameSite=Lax';"
                                + "document.documentElement.lang = $1; window.location.reload();",
                        COOKIE,
                        locale.getLanguage());
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
    }
}
