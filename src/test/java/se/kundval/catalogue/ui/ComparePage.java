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
