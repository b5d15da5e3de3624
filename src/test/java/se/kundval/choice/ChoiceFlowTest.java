package se.kundval.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.OfferingCard;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.OfferingSort;
import se.kundval.identity.Personnummer;
import se.kundval.notification.RecipientDirectory;
import se.kundval.notification.internal.NotificationMailer;
import se.kundval.notification.internal.NotificationRepository;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.AccreditationWithdrawn;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.InvalidInputException;

/**
 * The whole choosing flow on a real MariaDB: the officer registers a conversation, the wishes
 * rank the catalogue, the resident chooses, changes and withdraws, the calendar moves choices,
 * a suspended provider's customers are told and may choose again, and the outbox is e-mailed.
 */
@IntegrationTest
class ChoiceFlowTest {

    @Autowired
    OfficerService officerService;

    @Autowired
    ChoiceService choiceService;

    @Autowired
    CatalogueService catalogueService;

    @Autowired
    ChoiceCalendarJob calendar;

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    List<RecipientDirectory> recipientDirectories;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private ConversationForm form(Personnummer p, String type, Set<String> languages, Set<String> specialisations) {
        return new ConversationForm(
                p.formatted(),
                "Greta",
                "Garbo",
                "BOO",
                ContactPreference.EMAIL,
                "greta@example.se",
                null,
                LocalDate.now(clock),
                List.of(new ConversationForm.Grant(type, new BigDecimal("12.5"), null)),
                languages,
                specialisations,
                "Vill ha samma personal varje gång.",
                null);
    }

    @Test
    void officerRegistersAConversationAndTheResidentIsToldAndItIsAudited() {
        String type = catalogue.serviceType(Delivery.HOME);
        Personnummer p = ChoiceTestData.newPersonnummer();
        ChoiceTestData.logInAsOfficer("hl-" + p.digits().substring(6));

        assertThat(officerService.findResident(p.formatted(), "GUIDANCE_CONVERSATION"))
                .isEmpty();
        int created = officerService.registerConversation(form(p, type, Set.of("ar"), Set.of("DEMENS")));

        assertThat(created).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap(
                "select e.id, e.status, e.scope, e.deadline, r.id as resident_id"
                        + " from choice_entitlement e join resident r on r.id = e.resident_id where r.personnummer = ?",
                p.digits());
        assertThat(row.get("status")).isEqualTo("WAITING_FOR_CHOICE");
        assertThat((BigDecimal) row.get("scope")).isEqualByComparingTo("12.5");
        assertThat(((java.sql.Date) row.get("deadline")).toLocalDate())
                .isEqualTo(LocalDate.now(clock).plusDays(14));
        long residentId = ((Number) row.get("resident_id")).longValue();
        assertThat(jdbc.queryForList(
                        "select action from audit_event where resident_id = ? order by id", String.class, residentId))
                .contains("REGISTER_CONVERSATION");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'LOOK_UP_RESIDENT' and actor = ?"
                                + " and resident_id is null",
                        Integer.class,
                        "hl-" + p.digits().substring(6)))
                .isEqualTo(1);
        List<Map<String, Object>> messages = jdbc.queryForList(
                "select subject, body, mail_status from notification where resident_id = ?", residentId);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("mail_status")).isEqualTo("PENDING");
        assertThat((String) messages.get(0).get("body"))
                .doesNotContain(p.digits().substring(2, 8));

        assertThat(officerService.myEntitlements(0, 50, Locale.of("sv")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.residentName()).isEqualTo("Greta Garbo");
                    assertThat(r.status()).isEqualTo(EntitlementStatus.WAITING_FOR_CHOICE);
                    assertThat(r.daysLeft()).isEqualTo(14);
                });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'READ_ENTITLEMENT_LIST'"
                                + " and resident_id = ?",
                        Integer.class,
                        residentId))
                .isEqualTo(1);
    }

    @Test
    void aWrongPersonnummerOrMissingScopeIsRejectedNextToTheFieldAndNothingIsStored() {
        String type = catalogue.serviceType(Delivery.HOME);
        ChoiceTestData.logInAsOfficer("hl-invalid");
        Integer before = jdbc.queryForObject("select count(*) from resident", Integer.class);
        ConversationForm wrongCheckDigit = new ConversationForm(
                "19400312-1244",
                "A",
                "B",
                "BOO",
                ContactPreference.LETTER,
                null,
                null,
                LocalDate.now(clock),
                List.of(new ConversationForm.Grant(type, null, null)),
                Set.of(),
                Set.of(),
                null,
                null);

        assertThatThrownBy(() -> officerService.registerConversation(wrongCheckDigit))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("personnummer", "officer.form.personnummer.CHECK_DIGIT")
                                .containsEntry("scope." + type, "officer.form.scope.required"));
        ConversationForm noDate = new ConversationForm(
                "19400231-1234",
                "",
                "B",
                null,
                ContactPreference.EMAIL,
                "inte-en-adress",
                null,
                LocalDate.now(clock).plusDays(1),
                List.of(),
                Set.of(),
                Set.of("FINNS_INTE"),
                null,
                null);
        assertThatThrownBy(() -> officerService.registerConversation(noDate))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("personnummer", "officer.form.personnummer.DATE")
                                .containsEntry("firstName", "officer.form.name.required")
                                .containsEntry("area", "officer.form.area.required")
                                .containsEntry("email", "officer.form.email.invalid")
                                .containsEntry("heldOn", "officer.form.heldOn.future")
                                .containsEntry("grants", "officer.form.grants.required")
                                .containsEntry("wishedSpecialisations", "officer.form.specialisations.invalid"));
        assertThat(jdbc.queryForObject("select count(*) from resident", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void wishesRankTheListAndEachCardSaysWhichItMeets() {
        String type = catalogue.serviceType(Delivery.HOME);
        String both = catalogue
                .anOffering()
                .ofType(type)
                .by("Båda")
                .summary("Text.")
                .speaking("sv", "ar")
                .specialisedIn("DEMENS")
                .create();
        String language = catalogue
                .anOffering()
                .ofType(type)
                .by("Språket")
                .summary("Text.")
                .speaking("sv", "ar")
                .create();
        String none =
                catalogue.anOffering().ofType(type).by("Inget").summary("Text.").create();
        OfferingQuery.Wishes wishes = new OfferingQuery.Wishes(Set.of("ar"), Set.of("DEMENS"));

        for (int order = 0; order < 16; order++) {
            OfferingQuery query = OfferingQuery.all(type, order)
                    .withArea("BOO")
                    .withWishes(wishes)
                    .withSort(OfferingSort.WISHES);
            List<OfferingCard> cards = catalogueService.find(query, 0, 10, Locale.of("sv"));
            assertThat(cards).extracting(OfferingCard::code).containsExactly(both, language, none);
            assertThat(cards.get(0).wishesMet())
                    .extracting(OfferingCard.WishMet::name)
                    .containsExactly("Arabiska", "Demenskompetens");
            assertThat(cards.get(0).wishesAsked()).isEqualTo(2);
            assertThat(cards.get(2).wishesMet()).isEmpty();
        }
        // Cleared, the order is the neutral one again: not always the same first.
        Set<String> firsts = new java.util.HashSet<>();
        for (int order = 0; order < 16; order++) {
            firsts.add(catalogueService
                    .find(OfferingQuery.all(type, order).withWishes(wishes), 0, 1, Locale.of("sv"))
                    .get(0)
                    .code());
        }
        assertThat(firsts).hasSizeGreaterThan(1);
    }

    @Test
    void theResidentSeesWhyAnOfferingCannotBeChosen() {
        String type = catalogue.serviceType(Delivery.HOME);
        String open =
                catalogue.anOffering().ofType(type).by("Öppen").summary("Text.").create();
        String full =
                catalogue.anOffering().ofType(type).by("Full").summary("Text.").create();
        String closed = catalogue
                .anOffering()
                .ofType(type)
                .by("Stängd")
                .summary("Text.")
                .notTakingNewCustomers()
                .create();
        String elsewhere = catalogue
                .anOffering()
                .ofType(type)
                .by("Borta")
                .summary("Text.")
                .in("ALTA")
                .create();
        catalogue.setCapacity(full, 1);
        Personnummer other = ChoiceTestData.newPersonnummer();
        long otherEntitlement = residents.residentWithEntitlement(other, "BOO", type);
        ChoiceTestData.logInAs(other);
        choiceService.choose(otherEntitlement, full);

        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);
        Map<String, String> reasons = choiceService.notChoosable(entitlement, List.of(open, full, closed, elsewhere));

        assertThat(reasons)
                .containsOnly(
                        Map.entry(full, "FULL"),
                        Map.entry(closed, "NOT_TAKING_NEW_CUSTOMERS"),
                        Map.entry(elsewhere, "AREA_NOT_SERVED"));
        assertThat(choiceService
                        .confirmation(entitlement, full, Locale.of("sv"))
                        .orElseThrow()
                        .notChoosable())
                .isEqualTo(ChoiceRefusedException.Reason.FULL);
        ChoiceTestData.logInAs(other);
        assertThat(choiceService.confirmation(entitlement, open, Locale.of("sv")))
                .isEmpty();
        assertThat(choiceService.choosing(entitlement, Locale.of("sv"))).isEmpty();
    }

    @Test
    void aChangeCanBeWithdrawnBeforeItStartsAndTheCalendarStartsAndEndsChoices() {
        String type = catalogue.serviceType(Delivery.HOME);
        String first = catalogue
                .anOffering()
                .ofType(type)
                .by("Första")
                .summary("Text.")
                .create();
        String second =
                catalogue.anOffering().ofType(type).by("Andra").summary("Text.").create();
        String third = catalogue
                .anOffering()
                .ofType(type)
                .by("Tredje")
                .summary("Text.")
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);
        Receipt chosen = choiceService.choose(entitlement, first);
        Receipt change = choiceService.choose(entitlement, second);

        assertThat(choiceService.withdraw(change.reference())).isTrue();
        assertThat(choiceService.withdraw(change.reference())).isFalse();
        assertThat(status(change.reference())).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject(
                        "select valid_to from choice where reference = ?", java.sql.Date.class, chosen.reference()))
                .isNull();
        EntitlementSummary summary = choiceService.myEntitlements(Locale.of("sv")).stream()
                .filter(e -> e.id() == entitlement)
                .findFirst()
                .orElseThrow();
        assertThat(summary.currentProvider()).isEqualTo("Första");
        assertThat(summary.history())
                .extracting(EntitlementSummary.ChoiceLine::reference)
                .containsExactly(change.reference(), chosen.reference());
        assertThat(choiceService.receipt(chosen.reference(), Locale.of("sv"))).isPresent();

        // A new change; then its first day comes.
        Receipt again = choiceService.choose(entitlement, third);
        LocalDate today = LocalDate.now(clock);
        jdbc.update("update choice set valid_from = ? where reference = ?", today, again.reference());
        jdbc.update("update choice set valid_to = ? where reference = ?", today.minusDays(1), chosen.reference());
        assertThat(calendar.advance()).isGreaterThanOrEqualTo(2);
        assertThat(status(again.reference())).isEqualTo("ACTIVE");
        assertThat(status(chosen.reference())).isEqualTo("ENDED");
        assertThat(jdbc.queryForList(
                        "select event_type from entitlement_event where entitlement_id = ? order by id",
                        String.class,
                        entitlement))
                .containsSubsequence(
                        "PROVIDER_CHOSEN",
                        "PROVIDER_CHANGED",
                        "CHANGE_WITHDRAWN",
                        "PROVIDER_CHANGED",
                        "CHOICE_ENDED",
                        "CHOICE_STARTED");
        ChoiceTestData.logInAs(ChoiceTestData.newPersonnummer());
        assertThat(choiceService.receipt(chosen.reference(), Locale.of("sv"))).isEmpty();
        assertThat(choiceService.withdraw(again.reference())).isFalse();
    }

    @Test
    void whenAProviderIsSuspendedItsCustomersAreToldAndMayChooseAgain() {
        String type = catalogue.serviceType(Delivery.HOME);
        String suspended = catalogue
                .anOffering()
                .ofType(type)
                .by("Avstängd")
                .summary("Text.")
                .create();
        String other =
                catalogue.anOffering().ofType(type).by("Annan").summary("Text.").create();
        Personnummer stays = ChoiceTestData.newPersonnummer();
        long staysEntitlement = residents.residentWithEntitlement(stays, "BOO", type);
        Personnummer wasMovingThere = ChoiceTestData.newPersonnummer();
        long movingEntitlement = residents.residentWithEntitlement(wasMovingThere, "BOO", type);
        ChoiceTestData.logInAs(stays);
        Receipt lost = choiceService.choose(staysEntitlement, suspended);
        ChoiceTestData.logInAs(wasMovingThere);
        Receipt kept = choiceService.choose(movingEntitlement, other);
        Receipt cancelled = choiceService.choose(movingEntitlement, suspended);
        SecurityContextHolder.clearContext();

        catalogue.setStatus(suspended, AccreditationStatus.SUSPENDED);
        long accreditation = catalogue.accreditationId(suspended);
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new AccreditationWithdrawn(accreditation, AccreditationStatus.SUSPENDED, "huvudman")));

        assertThat(status(lost.reference())).isEqualTo("PROVIDER_REMOVED");
        Map<String, Object> reopened =
                jdbc.queryForMap("select status, deadline from choice_entitlement where id = ?", staysEntitlement);
        assertThat(reopened.get("status")).isEqualTo("WAITING_FOR_CHOICE");
        assertThat(((java.sql.Date) reopened.get("deadline")).toLocalDate())
                .isEqualTo(LocalDate.now(clock).plusDays(14));
        assertThat(jdbc.queryForList(
                        "select n.subject from notification n join choice_entitlement e"
                                + " on e.resident_id = n.resident_id where e.id = ? and n.topic = 'PROVIDER_REMOVED'",
                        String.class,
                        staysEntitlement))
                .containsExactly("Du behöver välja en ny utförare");
        // The resident who was on the way there keeps their current provider.
        assertThat(status(cancelled.reference())).isEqualTo("PROVIDER_REMOVED");
        assertThat(status(kept.reference())).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject(
                        "select valid_to from choice where reference = ?", java.sql.Date.class, kept.reference()))
                .isNull();
        assertThat(jdbc.queryForObject(
                        "select status from choice_entitlement where id = ?", String.class, movingEntitlement))
                .isEqualTo("CHOSEN");
        // And may choose again.
        ChoiceTestData.logInAs(stays);
        assertThat(choiceService.choose(staysEntitlement, other).changeOfProvider())
                .isFalse();
    }

    @Test
    void theOutboxIsEmailedWithoutAPersonnummer() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.getSmtp().getPort());
            StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mail", sender));
            NotificationMailer mailer = new NotificationMailer(
                    notifications,
                    recipientDirectories,
                    beans.getBeanProvider(JavaMailSender.class),
                    transactions,
                    clock,
                    "kundval@saltsjo.example");
            // Whatever other tests left in the outbox goes first; then this test's message.
            while (mailer.sendPending() > 0) {
                // drain
            }
            smtp.purgeEmailFromAllMailboxes();

            String type = catalogue.serviceType(Delivery.HOME);
            Personnummer p = ChoiceTestData.newPersonnummer();
            ChoiceTestData.logInAsOfficer("hl-mail");
            officerService.registerConversation(form(p, type, Set.of(), Set.of()));

            assertThat(mailer.sendPending()).isEqualTo(1);
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("greta@example.se");
            // Neutral: no service name, no content; the message is read after logging in.
            assertThat(received[0].getSubject())
                    .isEqualTo("Du har ett nytt meddelande i Kundval / You have a new message in Kundval");
            String body = GreenMailUtil.getBody(received[0]);
            assertThat((String) received[0].getContent())
                    .contains("Logga in på Kundval")
                    .doesNotContainIgnoringCase("testtjänst")
                    .doesNotContain("välja utförare");
            assertThat(body)
                    .doesNotContain(p.digits())
                    .doesNotContain(p.formatted())
                    .doesNotContain(p.digits().substring(2));
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification n join resident r on r.id = n.resident_id"
                                    + " where r.personnummer = ? and n.mail_status = 'SENT'",
                            Integer.class,
                            p.digits()))
                    .isEqualTo(1);
            assertThat(mailer.sendPending()).isZero();
        } finally {
            smtp.stop();
        }
    }

    @Test
    void whileTheMailServerIsDownMessagesStayQueuedAndGoOutWhenItReturns() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        NotificationMailer mailer = new NotificationMailer(
                notifications,
                recipientDirectories,
                new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class),
                transactions,
                clock,
                "kundval@saltsjo.example");
        String type = catalogue.serviceType(Delivery.HOME);
        Personnummer p = ChoiceTestData.newPersonnummer();
        ChoiceTestData.logInAsOfficer("hl-mail-down");
        officerService.registerConversation(form(p, type, Set.of(), Set.of()));

        // Nothing listens on the port: the mail server is down, for more rounds than a message has attempts.
        for (int round = 0; round < 8; round++) {
            assertThat(mailer.sendPending()).isZero();
        }
        String mine = "select n.mail_status from notification n join resident r on r.id = n.resident_id"
                + " where r.personnummer = ?";
        assertThat(jdbc.queryForObject(mine, String.class, p.digits())).isEqualTo("PENDING");

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            while (mailer.sendPending() > 0) {
                // the whole queue, this test's message among it
            }
            assertThat(jdbc.queryForObject(mine, String.class, p.digits())).isEqualTo("SENT");
            assertThat(smtp.getReceivedMessages())
                    .anySatisfy(
                            m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("greta@example.se"));
        } finally {
            smtp.stop();
        }
    }

    private String status(String reference) {
        return jdbc.queryForObject("select status from choice where reference = ?", String.class, reference);
    }
}
