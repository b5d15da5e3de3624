package se.kundval.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.identity.Personnummer;
import se.kundval.identity.TestLogins;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;

/**
 * The register extract (GDPR art. 15) on a real MariaDB: a resident with data in every part gets
 * all of it in a PDF (read back with PDFBox), nothing of anyone else's, in their language; the
 * download is audited; nobody but the resident themself can get it.
 */
@IntegrationTest
class RegisterExtractTest {

    @Autowired
    RegisterExtractService extracts;

    @Autowired
    OfficerService officerService;

    @Autowired
    ChoiceService choiceService;

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private void register(Personnummer p, String firstName, String type, String wish) {
        ChoiceTestData.logInAsOfficer("hl-extract");
        officerService.registerConversation(new ConversationForm(
                p.formatted(),
                firstName,
                "Utdragsson",
                "BOO",
                ContactPreference.EMAIL,
                firstName.toLowerCase(Locale.ROOT) + "@example.se",
                "070-123 45 67",
                LocalDate.now(clock),
                List.of(new ConversationForm.Grant(type, new BigDecimal("12"), null)),
                Set.of("fi"),
                Set.of(),
                wish,
                null));
        TestLogins.logOut();
    }

    private long entitlementOf(Personnummer p) {
        return jdbc.queryForObject(
                "select e.id from choice_entitlement e join resident r on r.id = e.resident_id where r.personnummer = ?",
                Long.class,
                p.digits());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theResidentGetsEverythingAboutThemAndNothingAboutAnyoneElse() throws IOException {
        String type = catalogue.serviceType(Delivery.HOME);
        String offering = catalogue
                .anOffering()
                .ofType(type)
                .by("Utdragsomsorg")
                .summary("Text.")
                .create();
        Personnummer me = ChoiceTestData.newPersonnummer();
        Personnummer other = ChoiceTestData.newPersonnummer();
        register(me, "Ingrid", type, "Vill gärna ha morgonbesök före åtta.");
        register(other, "Bertil", type, "Hemlig önskan om kvällsbesök.");
        ChoiceTestData.logInAs(me);
        Receipt receipt = choiceService.choose(entitlementOf(me), offering);
        ChoiceTestData.logInAs(other);
        Receipt othersReceipt = choiceService.choose(entitlementOf(other), offering);

        ChoiceTestData.logInAs(me);
        String sv = text(extracts.myRegisterExtract(Locale.of("sv")));

        assertThat(sv)
                .as("title and every part")
                .contains("Registerutdrag från Kundval")
                .contains("Dina uppgifter", "Samtal med din handläggare", "Beslut som ger dig rätt att välja")
                .contains("Val av utförare", "Meddelanden till dig", "Vem har tittat på dina uppgifter");
        assertThat(sv)
                .as("the resident's details")
                .contains("Ingrid Utdragsson", "ingrid@example.se", "070-123 45 67", me.masked())
                .doesNotContain(me.digits().substring(8));
        assertThat(sv)
                .as("the entitlement, its wishes and history")
                .contains(
                        "Vill gärna ha morgonbesök före åtta.",
                        "12 timmar per vecka",
                        "finska",
                        "Beslutet registrerades efter samtalet");
        assertThat(sv).as("the choice").contains(receipt.reference(), "Utdragsomsorg", "Du valde själv i Kundval");
        assertThat(sv)
                .as("messages")
                .contains(jdbc.queryForObject(
                        "select subject from notification n join resident r on r.id = n.resident_id"
                                + " where r.personnummer = ? order by n.id limit 1",
                        String.class,
                        me.digits()));
        assertThat(sv).as("who looked").contains("Handläggare", "Registrerade ett vägledande samtal");
        assertThat(sv)
                .as("nobody else's data")
                .doesNotContain("Bertil", "Hemlig önskan om kvällsbesök.", othersReceipt.reference())
                .doesNotContain(other.masked())
                .as("nor staff names")
                .doesNotContain("hl-extract");

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event a join resident r on r.id = a.resident_id"
                                + " where r.personnummer = ? and a.action = 'REGISTER_EXTRACT' and a.actor_role = 'resident'",
                        Integer.class,
                        me.digits()))
                .as("the download is audited")
                .isEqualTo(1);

        String en = text(extracts.myRegisterExtract(Locale.of("en")));
        assertThat(en)
                .contains("Register extract from Kundval", "Your details", "Choice of provider")
                .contains("Who has looked at your data", "You downloaded a register extract")
                .contains("Ingrid Utdragsson", receipt.reference());
    }

    @Test
    void aResidentThePortalKnowsNothingAboutGetsAnExtractSayingSo() throws IOException {
        ChoiceTestData.logInAs(ChoiceTestData.newPersonnummer());

        String sv = text(extracts.myRegisterExtract(Locale.of("sv")));

        assertThat(sv).contains("Registerutdrag från Kundval", "Dina uppgifter", "Inga uppgifter.");
    }

    @Test
    void onlyTheResidentThemselfMayGetIt() {
        assertThatThrownBy(() -> extracts.myRegisterExtract(Locale.of("sv")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        ChoiceTestData.logInAsOfficer("hl-extract");
        assertThatThrownBy(() -> extracts.myRegisterExtract(Locale.of("sv"))).isInstanceOf(AccessDeniedException.class);
        TestLogins.commissioner("huvudman-extract");
        assertThatThrownBy(() -> extracts.myRegisterExtract(Locale.of("sv"))).isInstanceOf(AccessDeniedException.class);
    }
}
