package se.kundval.catalogue.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the provider's listing editor, "Er sida: …". */
public class ListingEditorPage extends PortalPage {

    public ListingEditorPage(Page page) {
        super(page);
    }

    public ListingEditorPage open(String baseUrl, String offeringCode) {
        page.navigate(baseUrl + "kontor/utbud/" + offeringCode);
        return this;
    }

    /** The short Swedish description (the first of the languages' fields). */
    public Locator summary() {
        return page.getByLabel("Kort beskrivning (högst 300 tecken)").first();
    }

    public void writeSummary(String text) {
        summary().fill(text);
    }

    public void writeDescription(String text) {
        page.getByLabel("Beskrivning", new Page.GetByLabelOptions().setExact(true))
                .first()
                .fill(text);
    }

    /** Adds a language the staff speak, typing its start and picking it. */
    public void addLanguage(String typed, String language) {
        Locator languages =
                page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Språk som personalen talar"));
        languages.fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(language))
                .click();
        languages.press("Escape");
    }

    public void saveAndPublish() {
        button("Spara och publicera").click();
    }

    public Locator saved() {
        return status("Sparat");
    }

    /** The error summary, e.g. when someone else saved first. */
    public Locator alert() {
        return page.getByRole(AriaRole.ALERT);
    }

    public void reload() {
        button("Ladda om").click();
    }
}
