package se.kundval.commission.ui;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the review of one application: correct, approve, reject, ask for more. */
public class ReviewPage extends PortalPage {

    public ReviewPage(Page page) {
        super(page);
    }

    /** Corrects the contact person's e-mail address and saves the correction. */
    public void correctContactEmail(String email) {
        field("E-post till kontaktperson").fill(email);
        button("Spara rättelsen").click();
    }

    /** Ticks every requirement on the checklist, presses "Godkänn" and says yes in the question. */
    public void approve() {
        Locator ticks = page.getByRole(
                AriaRole.CHECKBOX,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Jag har kontrollerat kravet")));
        for (int i = 0; i < ticks.count(); i++) {
            ticks.nth(i).check();
        }
        pressApprove();
        confirmButton().click();
    }

    /** Ticks one requirement, by its text. */
    public void tick(String requirement) {
        page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName("Jag har kontrollerat kravet: " + requirement))
                .check();
    }

    /** The tick of one requirement. */
    public Locator tickOf(String requirement) {
        return page.getByRole(
                AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Jag har kontrollerat kravet: " + requirement));
    }

    /** "Godkänn" (the decision's own button, not the question's "Ja, godkänn"). */
    public void pressApprove() {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Godkänn").setExact(true))
                .click();
    }

    /** The question asked before approving. */
    public Locator confirmDialog() {
        // Vaadin's confirm dialog is an alert dialog: it asks before something that cannot be undone here.
        return page.getByRole(AriaRole.ALERTDIALOG);
    }

    public Locator confirmButton() {
        return confirmDialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, godkänn"));
    }

    public Locator cancelButton() {
        return confirmDialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avbryt"));
    }

    /** A requirement's card on the checklist, by its text. */
    public Locator requirement(String requirement) {
        return page.locator(".requirement-check").filter(new Locator.FilterOptions().setHasText(requirement));
    }

    /** The field for the reason of a rejection. */
    public Locator rejectReason() {
        return field("Skäl till avslag (skickas till utföraren)");
    }

    /** Presses "Avslå", with the reason written first unless it is empty. */
    public void reject(String reason) {
        if (!reason.isEmpty()) {
            rejectReason().fill(reason);
        }
        button("Avslå").click();
    }

    public void requestCompletion(String whatIsMissing) {
        field("Vad behöver utföraren komplettera?").fill(whatIsMissing);
        button("Begär komplettering").click();
    }

    /** The error summary. */
    public Locator alert() {
        return page.getByRole(AriaRole.ALERT);
    }
}
