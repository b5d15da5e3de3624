package se.kundval.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.kundval.catalogue.ListingForm;
import se.kundval.ui.KundvalI18nProvider;

/** The listing history reads as sentences with the person's name and a Swedish date, not field codes. */
class ListingHistoryWordingTest {

    private final KundvalI18nProvider texts = new KundvalI18nProvider();
    private static final Locale SV = Locale.of("sv");

    private String describe(String fields, Locale locale) {
        // 14:05 in Stockholm on 1 December 2026 (UTC+1 in winter).
        ListingForm.Change change =
                new ListingForm.Change(Instant.parse("2026-12-01T13:05:00Z"), "Anna Andersson", fields);
        return ListingHistory.describe(change, locale, (key, args) -> texts.getTranslation(key, locale, args));
    }

    @Test
    void oneChangedTextIsNamedWithItsLanguageThePersonAndTheDateInWords() {
        assertThat(describe("texts.sv", SV))
                .isEqualTo("Beskrivning (svenska) ändrad av Anna Andersson 1 december 2026 14:05");
    }

    @Test
    void severalFieldsAreListedInOneSentence() {
        assertThat(describe("texts.sv, languages, capacity", SV))
                .isEqualTo(
                        "Beskrivning (svenska), språk och antal platser ändrade av Anna Andersson 1 december 2026 14:05");
    }

    @Test
    void aConfirmationWithoutChangesSaysSo() {
        assertThat(describe("confirmed unchanged", SV))
                .isEqualTo("Uppgifterna bekräftade utan ändringar av Anna Andersson 1 december 2026 14:05");
    }

    @Test
    void inEnglishTheSameInEnglish() {
        assertThat(describe("texts.fa", Locale.ENGLISH))
                .isEqualTo("Description (Persian) changed by Anna Andersson 1 December 2026 14:05");
    }
}
