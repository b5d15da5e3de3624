package se.kundval.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

import se.kundval.choice.ChoiceTestData;
import se.kundval.ui.ViewTest;

/**
 * Who is let into which page, decided by Vaadin's navigation access control on the server: no
 * browser needed to see where a visitor ends up. ViewAccessIT and AccessMatrixIT keep the checks
 * that need real HTTP (status codes, the login round trip).
 */
class ViewAccessTest extends ViewTest {

    @Test
    void anAnonymousVisitorOfAResidentsPageIsAskedToLogIn() {
        navigate("mina-val", LoginView.class);

        assertThat(heading()).isEqualTo("Logga in");
    }

    @Test
    void anAnonymousVisitorOfAnOfficersPageIsAskedToLogIn() {
        navigate("handlaggare/samtal", LoginView.class);

        assertThat(heading()).isEqualTo("Logga in");
        assertThat(find(Button.class).withText("Spara samtalet").exists()).isFalse();
    }

    @Test
    void aResidentDoesNotGetTheOfficersForm() {
        ChoiceTestData.logInAs(ChoiceTestData.newPersonnummer());

        navigate("handlaggare/samtal", Component.class);

        assertThat(heading()).isNotEqualTo("Registrera vägledande samtal");
        assertThat(find(Button.class).withText("Spara samtalet").exists()).isFalse();
    }

    @Test
    void anOfficerGetsTheOfficersForm() {
        ChoiceTestData.logInAsOfficer("handlaggare-accesstest");

        navigate("handlaggare/samtal", Component.class);

        assertThat(heading()).isEqualTo("Registrera vägledande samtal");
        assertThat(find(Button.class).withText("Spara samtalet").exists()).isTrue();
    }

    @Test
    void thePublicPagesNeedNoLogin() {
        navigate("tillganglighet", Component.class);

        assertThat(heading()).isEqualTo("Tillgänglighet för Kundval");
    }

    private String heading() {
        return find(H1.class).first().getText();
    }
}
