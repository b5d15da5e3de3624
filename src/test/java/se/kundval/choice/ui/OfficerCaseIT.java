package se.kundval.choice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.Personnummer;
import se.kundval.identity.ui.LoginPage;
import se.kundval.register.Delivery;
import se.kundval.ui.BrowserTest;

/**
 * The case officer's day: a look-up shows what the person already has, only the specialisations the
 * service's providers offer can be wished for, and a row of "Mina ärenden" opens the case, where a
 * wrong number of hours is corrected with a reason that the history keeps.
 */
class OfficerCaseIT extends BrowserTest {

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    ChoiceTestData residents;

    /** A section by its exact name ("Beslutet" is also part of "Rätta beslutet"). */
    private Locator region(String name) {
        return page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theOfficerSeesWhatThePersonHasOpensTheCaseAndCorrectsIt() {
        String type = catalogue.serviceType(Delivery.HOME);
        String typeName = "Testtjänst " + type;
        catalogue
                .anOffering()
                .ofType(type)
                .by("Minnesteamet " + type)
                .specialisedIn("DEMENS")
                .create();
        String earlierType = catalogue.serviceType(Delivery.HOME);
        Personnummer p = ChoiceTestData.newPersonnummer();
        residents.residentWithEntitlement(p, "BOO", earlierType);

        newSession();
        new LoginPage(page).open(url("/login")).logInAsDemoUser("handlaggare");
        ConversationFormPage form = new ConversationFormPage(page).openFromMenu();
        assertThat(form.text("Kryssa i en tjänst ovan")).isVisible();

        form.lookUp(p.formatted());
        Locator existing = page.locator(".existing-entitlements");
        assertThat(existing).containsText("Personen har redan");
        assertThat(existing)
                .containsText("Testtjänst " + earlierType + ", 10 timmar per vecka: Väntar på personens val");

        form.grant(typeName, "10");
        assertThat(page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName("Demenskompetens").setExact(true)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Café och kök")))
                .hasCount(0);
        form.wishSpecialisation("Demenskompetens");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Brev"))
                .check();
        form.save();

        OfficerCasesPage cases = new OfficerCasesPage(page);
        assertThat(cases.heading()).hasText("Mina ärenden");
        cases.link("Öppna ärendet: Test Person, " + typeName).click();

        assertThat(cases.heading()).hasText("Test Person: " + typeName);
        Locator person = region("Personen");
        assertThat(person).containsText(p.masked());
        assertThat(person).not().containsText(p.digits().substring(8));
        assertThat(region("Personens önskemål")).containsText("Demenskompetens");
        assertThat(region("Beslutet")).containsText("10 timmar per vecka");
        assertNoAccessibilityViolations();
        screenshot("handlaggare-arende");

        // Without a reason nothing is stored, and focus goes to the field that needs it.
        Locator correct = region("Rätta beslutet");
        Locator scope = correct.getByLabel("Hur mycket hjälp personen har rätt till (timmar per vecka)");
        scope.fill("8");
        correct.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara rättelsen"))
                .click();
        assertThat(cases.alert("Rättelsen sparades inte")).isVisible();
        assertThat(correct.getByText("Skriv varför beslutet rättas.").first()).isVisible();
        assertThat(correct.getByLabel("Skäl till rättelsen")).isFocused();
        // The summary links to the field: following it from elsewhere lands in the field.
        scope.focus();
        cases.alert("Rättelsen sparades inte")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Skäl till rättelsen: Skriv varför beslutet rättas."))
                .click();
        assertThat(correct.getByLabel("Skäl till rättelsen")).isFocused();

        correct.getByLabel("Skäl till rättelsen").fill("Fel antal timmar registrerades, beslutet gäller 8 timmar.");
        correct.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara rättelsen"))
                .click();
        Locator saved = cases.status("Rättelsen är sparad");
        assertThat(saved).isVisible();
        assertThat(saved).isFocused();
        assertThat(region("Beslutet")).containsText("8 timmar per vecka");
        assertThat(region("Händelser")).containsText("Beslutet rättades");
        assertThat(region("Händelser")).containsText("Skäl: Fel antal timmar registrerades");
        assertNoAccessibilityViolations();
    }
}
