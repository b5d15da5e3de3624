package se.kundval.commission.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import se.kundval.ui.PortalPage;

/** Page object for the commissioning officers' start, "Auktorisation och uppföljning". */
public class CommissionPage extends PortalPage {

    public CommissionPage(Page page) {
        super(page);
    }

    /** Opens "Huvudman" from the main menu and the review of Nya Omsorgen's application. */
    public ReviewPage reviewApplicationOfNyaOmsorgen(String serviceTypeName) {
        goTo("Huvudman");
        link("Granska ansökan från Nya Omsorgen i Saltsjö AB om " + serviceTypeName)
                .click();
        ReviewPage review = new ReviewPage(page);
        assertThat(review.heading()).hasText("Ansökan från Nya Omsorgen i Saltsjö AB om " + serviceTypeName);
        return review;
    }
}
