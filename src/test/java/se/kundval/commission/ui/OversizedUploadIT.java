package se.kundval.commission.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.kundval.catalogue.QualityImportService;
import se.kundval.identity.ui.LoginPage;
import se.kundval.ui.BrowserTest;

/**
 * Bodies far larger than the upload allows, sent straight to the upload's address from the logged-in
 * browser (past the component's own size check): the real server refuses them without reading them
 * into the heap, and the same page then takes a proper file as usual.
 */
class OversizedUploadIT extends BrowserTest {

    private static final String POST_BYTES = """
            async ([target, size]) => {
                const response = await fetch(target, {
                    method: 'POST',
                    headers: {'Content-Type': 'application/octet-stream', 'X-Filename': 'stor.csv'},
                    body: new Uint8Array(size)
                });
                return response.status;
            }
            """;

    @Test
    void oversizedBodiesSentToTheUploadAddressAreRefusedAndThePageStillWorks() {
        newSession();
        new LoginPage(page).open(url("/login")).logInAsDemoUser("huvudman");
        QualityImportPage quality = new QualityImportPage(page).open(url("/"));
        assertThat(quality.heading()).hasText("Läs in kvalitetsmått");
        String target = page.locator("vaadin-upload").getAttribute("target");
        long heapBefore = usedHeap();

        // Above the servlet's cap: 413 before a byte of the body is read.
        Object capped = page.evaluate(POST_BYTES, new Object[] {target, 20 * 1024 * 1024});
        // Above the upload's own limit but under the cap: the handler refuses it unread.
        Object refused =
                page.evaluate(POST_BYTES, new Object[] {target, QualityImportService.MAX_FILE_BYTES + 1024 * 1024});

        assertThat(capped).isEqualTo(413);
        assertThat(((Number) refused).intValue()).isLessThan(500);
        assertThat(usedHeap() - heapBefore)
                .as("heap growth for two refused bodies of 20 and 6 MB")
                .isLessThan(16L * 1024 * 1024);

        // The page is still usable: a proper file is checked and reported on.
        quality.upload("orgnr;serviceType;indicator;year;value;respondents;source\n");
        assertThat(quality.text("Kontroll av filen")).isVisible();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
