package se.kundval.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** All UI text comes from the resource bundles messages(_en).properties; Swedish is the default. */
@Component
public class KundvalI18nProvider implements I18NProvider {

    public static final Locale SWEDISH = Locale.of("sv", "SE");
    public static final Locale ENGLISH = Locale.of("en", "GB");
    private static final Logger log = LoggerFactory.getLogger(KundvalI18nProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SWEDISH, ENGLISH);
    }

    /** The supported locale for a language choice; Swedish unless English was asked for. */
    public static Locale supported(String language) {
        return "en".equals(language) ? ENGLISH : SWEDISH;
    }

    /** Whether the bundle has a text for the key (a wording that only some pages or roles use). */
    public boolean hasTranslation(String key, Locale locale) {
        return bundle(supported(locale == null ? null : locale.getLanguage())).containsKey(key);
    }

    private static ResourceBundle bundle(Locale effective) {
        return ResourceBundle.getBundle(
                "messages",
                "en".equals(effective.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale == null ? null : locale.getLanguage());
        ResourceBundle bundle = bundle(effective);
        try {
            String pattern = bundle.getString(key);
            // Only patterns with placeholders go through MessageFormat. Bundles write an apostrophe as
            // itself ("municipality's"), never MessageFormat's quoting, so it is doubled here.
            return params.length == 0 || !pattern.contains("{")
                    ? pattern
                    : new MessageFormat(pattern.replace("'", "''"), effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing UI text '{}' for {}", key, effective);
            return "!" + key;
        }
    }
}
