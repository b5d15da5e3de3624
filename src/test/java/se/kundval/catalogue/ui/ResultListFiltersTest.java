package se.kundval.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.provider.ProviderType;
import se.kundval.register.Delivery;
import se.kundval.ui.ViewTest;

/**
 * The result list's filters narrow the list and recount the other options, without a browser:
 * what is checked is the server's answer (counts, status text), which a browser only displays.
 * CatalogueBrowseIT keeps what needs the real page (keyboard, layout, accessibility scan).
 */
class ResultListFiltersTest extends ViewTest {

    @Autowired
    CatalogueTestData data;

    String type;

    @BeforeEach
    void ownCatalogue() {
        type = data.serviceType(Delivery.HOME);
        data.anOffering()
                .ofType(type)
                .by("Minnesvården")
                .summary("Vi är specialister på demensvård.")
                .speaking("sv", "fi")
                .specialisedIn("DEMENS")
                .in("BOO", "ORMINGE")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Al-Amal omsorg")
                .providerType(ProviderType.COOPERATIVE)
                .summary("Personal som talar arabiska.")
                .speaking("sv", "ar")
                .in("FISKSATRA")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Fullsatta gänget")
                .summary("Vi har fullt just nu.")
                .notTakingNewCustomers()
                .create();
    }

    @Test
    void tickingALanguageNarrowsTheListAndRecountsTheOtherOptions() {
        navigate(ServiceTypeView.class, type);
        assertThat(status()).isEqualTo("3 utförare passar");
        assertThat(checkboxLabels()).contains("Arabiska, 1 utförare", "Finska, 1 utförare", "Svenska, 3 utförare");

        test(checkbox("Finska, 1 utförare")).click();

        assertThat(status()).isEqualTo("1 utförare passar");
        // Within "speaks Finnish" nobody speaks Arabic: the option says so instead of vanishing.
        assertThat(checkboxLabels())
                .contains(
                        "Arabiska, 0 utförare",
                        "Finska, 1 utförare",
                        "Svenska, 1 utförare",
                        "Demenskompetens, 1 utförare");

        test(checkbox("Finska, 1 utförare")).click();

        assertThat(status()).isEqualTo("3 utförare passar");
    }

    @Test
    void anOptionThatWouldLeaveNothingCannotBeTicked() {
        navigate(ServiceTypeView.class, type);

        test(checkbox("Finska, 1 utförare")).click();

        // Languages combine with "and": within "speaks Finnish" nobody speaks Arabic.
        assertThat(checkbox("Arabiska, 0 utförare").isEnabled()).isFalse();
        assertThat(checkbox("Finska, 1 utförare").isEnabled()).isTrue();
        assertThat(button("Filtrera (1)")).isNotNull();
        assertThat(button("Visa 1 utförare")).isNotNull();
    }

    @Test
    void eachCompareButtonNamesItsProviderAndSaysWhenPressingRemoves() {
        navigate(ServiceTypeView.class, type);
        NativeButton compare = compareButton("Minnesvården");

        assertThat(compare.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        test(compare).click();

        assertThat(compare.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        String hint = compare.getElement().getAttribute("aria-describedby");
        assertThat(find(Paragraph.class).withId(hint).single().getText())
                .isEqualTo("Med i jämförelsen. Tryck igen för att ta bort.");
        assertThat(find(Paragraph.class)
                        .withText("1 av 3 utförare valda att jämföra")
                        .all())
                .hasSize(1);
        test(compare).click();
        assertThat(compare.getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void aSearchWithoutHitsOffersToLeaveAWordOut() {
        navigate(ServiceTypeView.class, type);
        TextField search =
                find(TextField.class).withLabel("Sök bland utförarna").single();

        test(search).setValue("finska xyzzyq");

        assertThat(status()).isEqualTo("Inga träffar på ”finska xyzzyq”. Prova utan ”xyzzyq”.");
        test(button("Sök utan ”xyzzyq”")).click();
        assertThat(status()).isEqualTo("1 utförare passar");
        assertThat(search.getValue()).isEqualTo("finska");
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    /** The card's "Jämför" toggle, found by its accessible name (visible text plus hidden provider name). */
    private NativeButton compareButton(String provider) {
        return find(NativeButton.class).all().stream()
                .filter(b -> b.getElement().getTextRecursively().equals("Jämför " + provider))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void onlyThoseTakingNewCustomersCanBeShown() {
        navigate(ServiceTypeView.class, type);

        test(checkbox("Visa bara de som tar emot nya kunder nu")).click();

        assertThat(status()).isEqualTo("2 utförare passar");
        assertThat(checkboxLabels()).contains("Svenska, 2 utförare");
    }

    @Test
    void aSearchNarrowsTheListAndTheCounts() {
        navigate(ServiceTypeView.class, type);

        test(find(TextField.class).withLabel("Sök bland utförarna").single()).setValue("demens");

        assertThat(status()).isEqualTo("1 utförare passar");
        assertThat(checkboxLabels()).contains("Finska, 1 utförare", "Arabiska, 0 utförare");
    }
}
