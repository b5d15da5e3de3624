package se.kundval.choice.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import se.kundval.ui.PortalPage;

/** Page object for the resident's "Mina val": one section per service type they may choose for. */
public class MyChoicesPage extends PortalPage {

    public MyChoicesPage(Page page) {
        super(page);
    }

    /** Opens the page from the main menu. */
    public MyChoicesPage openFromMenu() {
        goTo("Mina val");
        return this;
    }

    /** The section of one entitlement, named by its service type. */
    public Locator entitlement(String serviceTypeName) {
        return section(serviceTypeName);
    }

    /** "Välj utförare" (or "Byt utförare") in the service type's section. */
    public void choose(String serviceTypeName, String linkName) {
        entitlement(serviceTypeName)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(linkName))
                .click();
    }

    /** Whichever of "Välj utförare" and "Byt utförare" the section offers. */
    public void chooseOrChange(String serviceTypeName) {
        entitlement(serviceTypeName)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(Pattern.compile("Välj utförare|Byt utförare")))
                .click();
    }

    /** "Nu": who gives the help today. */
    public Locator now(String serviceTypeName) {
        return part(serviceTypeName, "Nu");
    }

    /** "Byte på gång": a change of provider waiting for its first day. */
    public Locator comingChange(String serviceTypeName) {
        return part(serviceTypeName, "Byte på gång");
    }

    /** "Tidigare val": choices that ended or were undone. */
    public Locator earlier(String serviceTypeName) {
        return part(serviceTypeName, "Tidigare val");
    }

    private Locator part(String serviceTypeName, String name) {
        return entitlement(serviceTypeName)
                .getByRole(
                        AriaRole.GROUP,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The entries of the service type's earlier choices, one per choice. */
    public Locator historyEntries(String serviceTypeName) {
        return earlier(serviceTypeName).getByRole(AriaRole.LISTITEM);
    }

    /** Undoes a change of provider that has not started yet, answering the question with yes. */
    public void undoChange(String serviceTypeName) {
        entitlement(serviceTypeName)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ångra bytet"))
                .click();
        button("Ja, ångra bytet").click();
    }

    public Locator changeUndone() {
        return status("Bytet är ångrat");
    }

    /** "Vem har tittat på mina uppgifter?" */
    public void openAccessLog() {
        link("Vem har tittat på mina uppgifter?").click();
    }

    /** Downloads the register extract (PDF) and returns its text, white space collapsed. */
    public String downloadRegisterExtractText() {
        Download download = page.waitForDownload(() ->
                link(Pattern.compile("^Ladda ner allt Kundval har om dig")).click());
        try (PDDocument pdf = Loader.loadPDF(download.path().toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
