package se.kundval.shared;

import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * A text kept in Swedish (required) and English (optional). Residents see the English text when
 * they chose English and it exists, otherwise the Swedish one.
 */
@Embeddable
public class LocalizedText {

    private String sv;
    private String en;

    protected LocalizedText() {}

    public LocalizedText(String sv, String en) {
        this.sv = Objects.requireNonNull(sv, "sv");
        this.en = en == null || en.isBlank() ? null : en;
    }

    public String sv() {
        return sv;
    }

    public String en() {
        return en;
    }

    /** The text in the locale's language, falling back to Swedish. */
    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null) {
            return en;
        }
        return sv;
    }

    /** Whether {@link #in(Locale)} had to fall back to Swedish for this locale. */
    public boolean isFallback(Locale locale) {
        return locale != null
                && !"sv".equals(locale.getLanguage())
                && !in(locale).equals(en);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && Objects.equals(sv, other.sv) && Objects.equals(en, other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sv, en);
    }

    @Override
    public String toString() {
        return sv;
    }
}
