package se.kundval.provider.ui;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import se.kundval.ui.PortalPage;

/** Page object for a provider's application for accreditation, in five steps. */
public class ApplicationPage extends PortalPage {

    public ApplicationPage(Page page) {
        super(page);
    }

    /** "Spara och fortsätt" to the next step. */
    public void saveAndContinue() {
        button("Spara och fortsätt").click();
    }

    /** The step heading, e.g. "Steg 3 av 5: Område och platser". */
    public Locator step(String stepText) {
        return text(stepText);
    }

    /** The message shown at a field (Vaadin also announces it in a live region: the field's comes first). */
    public Locator fieldMessage(String message) {
        return text(message).first();
    }

    public Locator exactField(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** Ticks the requirement whose label starts with this text. */
    public void declare(String requirementStart) {
        page.getByLabel(Pattern.compile("^" + requirementStart)).check();
    }

    /** Attaches a file (through the upload field) and marks it confidential first. */
    public void attachConfidential(FilePayload file) {
        field("Filen innehåller sekretessbelagda uppgifter").check();
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
    }

    public Locator attached(String fileName) {
        return status("Filen " + fileName + " är bifogad.");
    }

    public Locator attachmentLink(Pattern name) {
        return link(name);
    }

    public void submit() {
        button("Skicka in ansökan").click();
    }

    public Locator submitted() {
        return status("Ansökan är inskickad");
    }

    public Locator lockedNote() {
        return text("Ansökan är inskickad och kan inte ändras.");
    }

    /** Answers the municipality's request for completion. */
    public void answerCompletion(String answer) {
        field("Ert svar på kompletteringen").fill(answer);
        button("Skicka svar").click();
    }
}
