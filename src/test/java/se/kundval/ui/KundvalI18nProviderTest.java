package se.kundval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Bundle texts with placeholders: an apostrophe is text, not MessageFormat's quoting. */
class KundvalI18nProviderTest {

    private final KundvalI18nProvider texts = new KundvalI18nProvider();

    @Test
    void anApostropheInATextWithPlaceholdersIsKeptAndThePlaceholdersAfterItAreFilled() {
        assertThat(texts.getTranslation("confirm.default.text", Locale.ENGLISH, "1 December 2026", "Hemtjänst AB"))
                .isEqualTo(
                        "If you do not choose by 1 December 2026, you get a provider by the municipality's rule: Hemtjänst AB");
    }
}
