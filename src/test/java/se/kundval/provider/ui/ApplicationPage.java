package se.kundval.provider.ui;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

    /** The place on step 4 for one requirement's proof (intyg), by the requirement's text. */
    public Locator proof(String requirement) {
        return page.locator(".proof").filter(new Locator.FilterOptions().setHasText(requirement));
    }

    /** Uploads a file as the proof of one requirement. */
    public void attachProof(String requirement, FilePayload file) {
        proof(requirement).locator("input[type=file]").setInputFiles(file);
    }

    /** The upload button of one requirement's proof. */
    public Locator proofUploadButton(String requirement) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda upp PDF för " + requirement));
    }

    /** "Det här saknas" on the review step: one line per missing thing, in words. */
    public Locator missing() {
        return page.locator(".missing");
    }

    /** "Ändra" at a requirement not ticked, on the review step. */
    public void change(String requirement) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ändra: " + requirement))
                .click();
    }

    /** "Ändra" at a missing intyg, on the review step. */
    public void changeProof(String requirement) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ändra intyg: " + requirement))
                .click();
    }

    /** A requirement's checkbox on step 2. */
    public Locator declaration(String requirement) {
        // The label goes on with "(bifoga intyg under Bilagor)" where an intyg is needed.
        // Playwright hands the pattern to JavaScript: escaped by hand (no \\Q…\\E there).
        return page.getByLabel(Pattern.compile("^" + requirement.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0")));
    }

    /** The confirmation shown after submitting: reference number, time, what happens next. */
    public Locator confirmation() {
        return section("Tack – ansökan är inskickad");
    }

    public Locator reference() {
        return confirmation().locator(".reference");
    }
}
