package se.kundval.catalogue.ui;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import se.kundval.ui.PortalPage;

/** Page object for "Jämför utförare": the picked providers side by side. */
public class ComparePage extends PortalPage {

    public ComparePage(Page page) {
        super(page);
    }

    public Locator table() {
        return page.getByRole(AriaRole.TABLE);
    }

    /** One column header per compared provider. */
    public Locator providerColumns() {
        return table().getByRole(AriaRole.COLUMNHEADER);
    }

    /** The row of a fact or measure, by the start of its header (name, explanation, direction, average). */
    public Locator row(String name) {
        return table().getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(AriaRole.ROWHEADER)
                                .filter(new Locator.FilterOptions().setHasText(name))));
    }

    /** The row's header cell: the measure's name with its explanation, direction and averages. */
    public Locator rowHeader(String name) {
        return row(name).getByRole(AriaRole.ROWHEADER);
    }

    /** On phones: one card per provider instead of the table. */
    public Locator cards() {
        return page.locator("section.compare-card");
    }

    public Locator card(String providerName) {
        return cards().filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.HEADING).filter(new Locator.FilterOptions().setHasText(providerName))));
    }

    /** Every "Ta bort …" button the page shows now. */
    public Locator removeButtons() {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Ta bort ")));
    }

    public void remove(String providerName) {
        button("Ta bort " + providerName).click();
    }

    public Locator printButton() {
        return button("Skriv ut jämförelsen");
    }

    /** Downloads the comparison as PDF and returns its text. */
    public String downloadPdfText() {
        Download pdf =
                page.waitForDownload(() -> link("Ladda ner jämförelsen som PDF").click());
        try (PDDocument document = Loader.loadPDF(pdf.path().toFile())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
