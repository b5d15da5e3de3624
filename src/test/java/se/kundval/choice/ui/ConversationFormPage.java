package se.kundval.choice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the case officer's "Registrera vägledande samtal". */
public class ConversationFormPage extends PortalPage {

    public ConversationFormPage(Page page) {
        super(page);
    }

    public ConversationFormPage openFromMenu() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrera samtal"))
                .click();
        assertThat(heading()).hasText("Registrera vägledande samtal");
        return this;
    }

    public Locator personnummer() {
        return page.getByLabel("Personnummer eller samordningsnummer");
    }

    /** Types a personnummer and leaves the field, which checks it at once. */
    public void typePersonnummer(String value) {
        personnummer().fill(value);
        personnummer().blur();
    }

    /** The message shown next to a field (Vaadin also announces it in a live region: the field's comes first). */
    public Locator fieldMessage(String text) {
        return page.getByText(text).first();
    }

    /** Fetches a known person's details, giving the guidance conversation as the reason. */
    public void lookUp(String personnummer) {
        personnummer().fill(personnummer);
        field("Varför hämtar du uppgifterna?").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Vägledande samtal om stöd"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hämta uppgifter"))
                .click();
    }

    public Locator lookupResult() {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Personen"));
    }

    public void grant(String serviceTypeName, String scope) {
        page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName(serviceTypeName).setExact(true))
                .check();
        page.getByLabel(serviceTypeName + ": Omfattning", new Page.GetByLabelOptions())
                .fill(scope);
    }

    public void wishLanguage(String name) {
        Locator box =
                page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Språk som personalen ska tala"));
        box.fill(name.substring(0, 4));
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name))
                .click();
        box.press("Escape");
        // The list closes asynchronously; an accessibility scan of the half-closed list would
        // report its unnamed scroller (seen under load on CI).
        assertThat(box).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("vaadin-multi-select-combo-box-scroller:visible"))
                .hasCount(0);
    }

    public void wishSpecialisation(String name) {
        page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .check();
    }

    public void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara samtalet"))
                .click();
    }
}
