package se.kundval.commission.ui;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import se.kundval.ui.PortalPage;

/** Page object for "Läs in kvalitetsmått": a CSV file checked first, stored only when clean. */
public class QualityImportPage extends PortalPage {

    public QualityImportPage(Page page) {
        super(page);
    }

    public QualityImportPage open(String baseUrl) {
        page.navigate(baseUrl + "huvudman/kvalitet");
        return this;
    }

    /** Uploads the CSV text as the file kvalitet.csv. */
    public void upload(String csv) {
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("kvalitet.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** The report of what is wrong, line by line. */
    public Locator problems() {
        return page.locator(".import-problems");
    }

    public Locator saveButton() {
        return button("Spara måtten");
    }
}
