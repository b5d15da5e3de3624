package se.kundval.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.kundval.catalogue.ui.ResultListPage;
import se.kundval.choice.ui.ConfirmChoicePage;
import se.kundval.choice.ui.ConversationFormPage;
import se.kundval.choice.ui.MyChoicesPage;
import se.kundval.choice.ui.ReceiptPage;
import se.kundval.identity.ui.LoginPage;
import se.kundval.notification.ui.MessagesPage;

/**
 * The README's walk-through, step by step, on the sample municipality's own data: if the data or
 * the pages drift apart from what the README tells a newcomer to do, this fails.
 */
class ReadmeWalkthroughIT extends BrowserTest {

    private static final String JONAS = "19930621-3571";
    private static final String PROVIDER = "Omsorgsgruppen Saltsjö AB";

    private void logIn(String user) {
        newSession();
        new LoginPage(page).open(url("/login")).logInAsDemoUser(user);
    }

    @Test
    void theWalkThroughWorksWithTheSampleData() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme)
                .contains("write `" + JONAS + "`", "Give him **Hemtjänst**", "**Spanska**", "**" + PROVIDER + "**")
                .contains("Log in as `utforare`");

        // 1. The officer registers the conversation for Jonas.
        logIn("handlaggare");
        ConversationFormPage form = new ConversationFormPage(page).openFromMenu();
        form.lookUp(JONAS);
        assertThat(form.field("Förnamn")).hasValue("Jonas");
        form.grant("Hemtjänst", "10");
        form.wishLanguage("Spanska");
        form.save();
        assertThat(new PortalPage(page).heading()).hasText("Mina ärenden");

        // 2. Jonas chooses the README's provider from his ranked list.
        logIn("invanare2");
        MyChoicesPage myChoices = new MyChoicesPage(page).openFromMenu();
        myChoices.choose("Hemtjänst", "Välj utförare");
        ResultListPage list = new ResultListPage(page);
        assertThat(list.heading()).hasText("Välj utförare av hemtjänst");
        assertThat(list.card(PROVIDER)).containsText("Talar spanska ✓");
        list.chooseLink(PROVIDER).click();
        ConfirmChoicePage confirm = new ConfirmChoicePage(page);
        confirm.confirm();
        ReceiptPage receipt = new ReceiptPage(page);
        assertThat(receipt.heading()).hasText("Klart! Du har valt " + PROVIDER);
        String reference = receipt.referenceNumber();
        MessagesPage messages = new MessagesPage(page);
        messages.goTo("Meddelanden");
        assertThat(messages.message(reference)).containsText("Du har valt " + PROVIDER);

        // 3. The provider account's organisation gets the customer.
        logIn("utforare");
        MessagesPage inbox = new MessagesPage(page);
        inbox.goTo("Inkorg");
        assertThat(inbox.message(reference)).containsText("Ny kund: Hemtjänst");
    }
}
