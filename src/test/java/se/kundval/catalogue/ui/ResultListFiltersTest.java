package se.kundval.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(checkboxLabels()).contains("Arabiska (1)", "Finska (1)", "Svenska (3)");

        test(checkbox("Finska (1)")).click();

        assertThat(status()).isEqualTo("1 utförare passar");
        // Within "speaks Finnish" nobody speaks Arabic: the option says so instead of vanishing.
        assertThat(checkboxLabels()).contains("Arabiska (0)", "Finska (1)", "Svenska (1)", "Demenskompetens (1)");

        test(checkbox("Finska (1)")).click();

        assertThat(status()).isEqualTo("3 utförare passar");
    }

    @Test
    void languagesCombineWithAnd() {
        navigate(ServiceTypeView.class, type);

        test(checkbox("Finska (1)")).click();
        test(checkbox("Arabiska (0)")).click();

        assertThat(status()).isEqualTo("Inga utförare passar dina val. Ta bort något filter eller ändra sökningen.");
    }

    @Test
    void onlyThoseTakingNewCustomersCanBeShown() {
        navigate(ServiceTypeView.class, type);

        test(checkbox("Visa bara de som tar emot nya kunder nu")).click();

        assertThat(status()).isEqualTo("2 utförare passar");
        assertThat(checkboxLabels()).contains("Svenska (2)");
    }

    @Test
    void aSearchNarrowsTheListAndTheCounts() {
        navigate(ServiceTypeView.class, type);

        test(find(TextField.class).withLabel("Sök bland utförarna").single()).setValue("demens");

        assertThat(status()).isEqualTo("1 utförare passar");
        assertThat(checkboxLabels()).contains("Finska (1)", "Arabiska (0)");
    }
}
