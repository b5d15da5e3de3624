package se.kundval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The accessibility feedback form, usable without logging in: a contact longer than its column
 * (sent by a client that ignores the field's own limit) gets a message next to that field instead
 * of the error page, nothing is stored, and after correcting it the form is sent.
 */
class FeedbackFormLimitsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOverLongContactIsShownAtTheContactFieldAndTheCorrectedFormIsSent() {
        navigate(AccessibilityStatementView.class);
        int before = feedbackCount();
        TextArea message = find(TextArea.class).withLabel("Ditt meddelande").single();
        TextField contact = find(TextField.class)
                .withLabel("Din e-post eller ditt telefonnummer (frivilligt)")
                .single();

        test(message).setValue("Knappen går inte att nå med tangentbordet.");
        // What a client that ignores the field's maxLength sends.
        contact.setValue("c".repeat(201));
        test(find(Button.class).withText("Skicka").single()).click();

        assertThat(contact.isInvalid()).isTrue();
        assertThat(contact.getErrorMessage()).isEqualTo("Texten är för lång. Korta den och försök igen.");
        assertThat(message.isInvalid()).isFalse();
        assertThat(feedbackCount()).as("nothing stored").isEqualTo(before);

        test(contact).setValue("anna@example.se");
        test(find(Button.class).withText("Skicka").single()).click();

        assertThat(contact.isInvalid()).isFalse();
        assertThat(status()).isEqualTo("Tack! Vi har tagit emot ditt meddelande.");
        assertThat(feedbackCount()).isEqualTo(before + 1);
    }

    private int feedbackCount() {
        return jdbc.queryForObject("select count(*) from accessibility_feedback", Integer.class);
    }
}
