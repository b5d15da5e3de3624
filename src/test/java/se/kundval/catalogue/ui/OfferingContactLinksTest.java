package se.kundval.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A provider's phone number as written in its listing becomes a number a phone can call. */
class OfferingContactLinksTest {

    @Test
    void aPhoneNumberKeepsOnlyDigitsAndALeadingPlusForItsTelLink() {
        assertThat(OfferingView.digits("08-718 82 00")).isEqualTo("087188200");
        assertThat(OfferingView.digits("+46 8 718 82 00")).isEqualTo("+4687188200");
        assertThat(OfferingView.digits(null)).isEmpty();
    }
}
