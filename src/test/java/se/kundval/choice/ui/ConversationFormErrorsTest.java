package se.kundval.choice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.choice.ChoiceTestData;
import se.kundval.ui.ViewTest;

/**
 * "Registrera vägledande samtal" tells the officer what to correct: a summary at the top
 * (role="alert") and the message at each field, in words that say what to do. No browser needed:
 * the messages are the server's; ChoiceJourneyIT walks the real page.
 */
class ConversationFormErrorsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void logInAsOfficer() {
        ChoiceTestData.logInAsOfficer("handlaggare-formtest");
    }

    @Test
    void anEmptyFormGetsASummaryAndAMessageAtEachField() {
        navigate(RegisterConversationView.class);
        int conversations = conversations();

        test(button("Spara samtalet")).click();

        assertThat(alert()).isEqualTo("Något behöver rättas. Se markeringarna i formuläret.");
        TextField personnummer = textField("Personnummer eller samordningsnummer");
        assertThat(personnummer.isInvalid()).isTrue();
        assertThat(personnummer.getErrorMessage())
                .isEqualTo(
                        "Skriv personnumret med 12 siffror: år, månad, dag, bindestreck och fyra siffror (ÅÅÅÅMMDD-NNNN).");
        assertThat(textField("Förnamn").getErrorMessage()).isEqualTo("Fyll i namnet.");
        assertThat(textField("Efternamn").getErrorMessage()).isEqualTo("Fyll i namnet.");
        RadioButtonGroup<?> area = find(RadioButtonGroup.class)
                .withLabel("Område där personen bor")
                .single();
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("Välj område.");
        assertThat(find(Paragraph.class).withText("Kryssa i minst en tjänst.").exists())
                .as("the message for the service types, by their checkboxes")
                .isTrue();
        assertThat(find(NativeButton.class).withText("Förnamn: Fyll i namnet.").exists())
                .as("the summary links to the field")
                .isTrue();
        assertThat(conversations()).as("nothing is stored").isEqualTo(conversations);
    }

    @Test
    void aMistypedPersonnummerIsCaughtBeforeTheLookUp() {
        navigate(RegisterConversationView.class);

        test(textField("Personnummer eller samordningsnummer")).setValue("19400312-1244");
        test(button("Hämta uppgifter")).click();

        TextField personnummer = textField("Personnummer eller samordningsnummer");
        assertThat(personnummer.isInvalid()).isTrue();
        assertThat(personnummer.getErrorMessage())
                .isEqualTo("Personnumret stämmer inte. Kontrollera den sista siffran.");
        assertThat(status()).as("no look-up result").isEmpty();
    }

    @Test
    void correctingTheFieldClearsItsMessage() {
        navigate(RegisterConversationView.class);
        test(button("Spara samtalet")).click();
        assertThat(textField("Förnamn").isInvalid()).isTrue();

        test(textField("Förnamn")).setValue("Anna");
        test(button("Spara samtalet")).click();

        assertThat(textField("Förnamn").isInvalid()).isFalse();
        assertThat(textField("Efternamn").getErrorMessage()).isEqualTo("Fyll i namnet.");
        assertThat(alert()).isEqualTo("Något behöver rättas. Se markeringarna i formuläret.");
    }

    @Test
    void aLookUpWithoutAReasonIsNotMadeAndTheReasonFieldSaysWhy() {
        navigate(RegisterConversationView.class);
        int lookUps = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'LOOK_UP_RESIDENT'", Integer.class);

        test(textField("Personnummer eller samordningsnummer")).setValue("19400312-1243");
        test(button("Hämta uppgifter")).click();

        @SuppressWarnings("unchecked")
        Select<String> reason =
                find(Select.class).withLabel("Varför hämtar du uppgifterna?").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Välj varför du hämtar uppgifterna.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'LOOK_UP_RESIDENT'", Integer.class))
                .as("nothing was looked up")
                .isEqualTo(lookUps);
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private TextField textField(String label) {
        return find(TextField.class).withLabel(label).single();
    }

    private int conversations() {
        return jdbc.queryForObject("select count(*) from guidance_conversation", Integer.class);
    }
}
