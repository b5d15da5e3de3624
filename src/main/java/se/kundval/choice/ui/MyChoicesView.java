package se.kundval.choice.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import se.kundval.audit.ui.AuditNavigation;
import se.kundval.catalogue.ui.CatalogueNavigation;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceStatus;
import se.kundval.choice.EntitlementStatus;
import se.kundval.choice.EntitlementSummary;
import se.kundval.choice.RegisterExtractService;
import se.kundval.choice.ResidentPages;
import se.kundval.identity.Role;
import se.kundval.shared.ui.Facts;
import se.kundval.shared.ui.LabelledSection;

/** "Mina val": what the resident may choose, what they chose, and the history. */
@Menu(title = "layout.nav.mychoices", order = 10)
@Route(ResidentPages.MY_CHOICES)
@RolesAllowed(Role.RESIDENT)
class MyChoicesView extends Div implements HasDynamicTitle {

    private final ChoiceService choices;
    private final RegisterExtractService extracts;
    private final Clock clock;
    private final Div status = new Div();

    MyChoicesView(ChoiceService choices, RegisterExtractService extracts, Clock clock) {
        this.choices = choices;
        this.extracts = extracts;
        this.clock = clock;
        addClassName("my-choices-view");
        status.getElement().setAttribute("role", "status");
        status.addClassName("status-message");
        build();
    }

    private void build() {
        removeAll();
        Locale locale = getLocale();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        add(new H1(getTranslation("mychoices.heading")), status);
        // Residents may see who looked at their data (socialtjänstsekretess): always one click away.
        RouterLink accessLog = AuditNavigation.myAccessLogLink(getTranslation("audit.mine.link"));
        accessLog.addClassName("access-log-link");
        add(new Paragraph(accessLog));
        // Everything the portal holds about them (GDPR art. 15), built when they click.
        Anchor extract = new Anchor(
                event -> {
                    byte[] pdf = extracts.myRegisterExtract(locale);
                    event.setFileName("registerutdrag-" + LocalDate.now(clock) + ".pdf");
                    event.setContentType("application/pdf");
                    event.getOutputStream().write(pdf);
                },
                getTranslation("extract.link"));
        extract.addClassName("register-extract-link");
        Paragraph extractHelp = new Paragraph(getTranslation("extract.link.help"));
        extractHelp.addClassName("help-text");
        add(new Paragraph(extract), extractHelp);
        List<EntitlementSummary> entitlements = choices.myEntitlements(locale);
        if (entitlements.isEmpty()) {
            add(new Paragraph(getTranslation("mychoices.none")));
            return;
        }
        // "Utförare" must stay (it is the law's word); explained once, where the page begins.
        Paragraph intro = new Paragraph(getTranslation("mychoices.intro"));
        intro.addClassName("lead");
        add(intro);
        for (EntitlementSummary e : entitlements) {
            add(entitlementSection(e, dates));
        }
    }

    /**
     * One service type in three parts, the way a resident thinks about it: who helps me now, what
     * is about to change (with dates), and what was before.
     */
    private LabelledSection entitlementSection(EntitlementSummary e, DateTimeFormatter dates) {
        LabelledSection section = new LabelledSection("entitlement-" + e.id(), e.serviceTypeName());
        section.addClassName("entitlement");
        Facts facts = new Facts()
                .add(
                        getTranslation("mychoices.scope"),
                        getTranslation("mychoices.scope." + e.scopeUnit().name(), e.scope()));
        section.add(facts);
        Paragraph situation = new Paragraph(
                e.status() == EntitlementStatus.WAITING_FOR_CHOICE
                        ? getTranslation(
                                "mychoices.situation.WAITING_FOR_CHOICE",
                                e.deadline().format(dates))
                        : getTranslation("mychoices.situation." + e.status().name()));
        situation.addClassName("entitlement-situation");
        section.add(situation);

        Optional<EntitlementSummary.ChoiceLine> now = e.history().stream()
                .filter(l -> l.status() == ChoiceStatus.ACTIVE)
                .findFirst();
        Optional<EntitlementSummary.ChoiceLine> coming = e.history().stream()
                .filter(l -> l.status() == ChoiceStatus.PENDING)
                .findFirst();
        List<EntitlementSummary.ChoiceLine> earlier = e.history().stream()
                .filter(l -> l.status() != ChoiceStatus.ACTIVE && l.status() != ChoiceStatus.PENDING)
                .toList();

        Div nowPart = part(e, "now", getTranslation("mychoices.now"));
        nowPart.addClassName("choice-now");
        now.ifPresentOrElse(
                line -> {
                    nowPart.add(new Paragraph(getTranslation(
                            "mychoices.now.provider",
                            line.providerName(),
                            line.validFrom().format(dates))));
                    if (line.startDate() != null) {
                        nowPart.add(new Paragraph(getTranslation(
                                "mychoices.startDate", line.startDate().format(dates))));
                    }
                    nowPart.add(new Paragraph(receiptLink(line.reference())));
                },
                () -> nowPart.add(new Paragraph(getTranslation("mychoices.now.none"))));
        section.add(nowPart);

        coming.ifPresent(line -> {
            Div comingPart = part(e, "coming", getTranslation("mychoices.coming"));
            comingPart.addClassName("choice-coming");
            String lastDayOfCurrent = line.validFrom().minusDays(1).format(dates);
            comingPart.add(new Paragraph(
                    now.isPresent()
                            ? getTranslation(
                                    "mychoices.coming.text",
                                    line.providerName(),
                                    line.validFrom().format(dates),
                                    now.get().providerName(),
                                    lastDayOfCurrent)
                            : getTranslation(
                                    "mychoices.coming.text.first",
                                    line.providerName(),
                                    line.validFrom().format(dates))));
            comingPart.add(new Paragraph(getTranslation("mychoices.coming.undo.help", lastDayOfCurrent)));
            Button withdraw =
                    new Button(getTranslation("mychoices.withdraw"), click -> confirmWithdraw(line.reference()));
            withdraw.addClassName("withdraw-button");
            comingPart.add(withdraw, new Paragraph(receiptLink(line.reference())));
            section.add(comingPart);
        });

        if (e.status() != EntitlementStatus.ENDED) {
            // It goes to the list of providers, so it is a link, drawn as the page's main action.
            Anchor choose = new Anchor(
                    CatalogueNavigation.resultList(e.serviceTypeCode(), e.id()),
                    getTranslation(
                            e.currentProvider() == null && e.pendingReference() == null
                                    ? "mychoices.choose"
                                    : "mychoices.change"));
            choose.addClassNames("choose-link", "button-link");
            section.add(new Paragraph(choose));
        }

        if (!earlier.isEmpty()) {
            Div earlierPart = part(e, "earlier", getTranslation("mychoices.history"));
            earlierPart.addClassName("choice-earlier");
            UnorderedList history = new UnorderedList();
            history.addClassName("choice-history");
            for (EntitlementSummary.ChoiceLine line : earlier) {
                // validTo is the last day the provider helped (inclusive).
                String period;
                if (line.status() == ChoiceStatus.WITHDRAWN) {
                    period = getTranslation(
                            "mychoices.history.planned", line.validFrom().format(dates));
                } else if (line.validTo() == null) {
                    period = getTranslation(
                            "mychoices.history.from", line.validFrom().format(dates));
                } else {
                    period = getTranslation(
                            "mychoices.history.period",
                            line.validFrom().format(dates),
                            line.validTo().format(dates));
                }
                ListItem item = new ListItem(getTranslation(
                        "mychoices.history.line",
                        line.providerName(),
                        period,
                        getTranslation("mychoices.choice." + line.status().name())));
                item.add(new Span(" "), receiptLink(line.reference()));
                history.add(item);
            }
            earlierPart.add(history);
            section.add(earlierPart);
        }
        return section;
    }

    /** A part of an entitlement's section, named by its own third-level heading. */
    private static Div part(EntitlementSummary e, String name, String heading) {
        Div part = new Div();
        String id = "entitlement-" + e.id() + "-" + name;
        H3 h3 = new H3(heading);
        h3.setId(id);
        part.getElement().setAttribute("role", "group");
        part.getElement().setAttribute("aria-labelledby", id);
        part.add(h3);
        return part;
    }

    private RouterLink receiptLink(String reference) {
        RouterLink receipt = new RouterLink(ReceiptView.class, new RouteParameters("reference", reference));
        receipt.setText(getTranslation("mychoices.receipt", reference));
        receipt.addClassName("receipt-link");
        return receipt;
    }

    private void confirmWithdraw(String reference) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("mychoices.withdraw.dialog.heading"));
        dialog.add(new Paragraph(getTranslation("mychoices.withdraw.dialog.text")));
        Button yes = new Button(getTranslation("mychoices.withdraw.dialog.confirm"), e -> {
            dialog.close();
            boolean done = choices.withdraw(reference);
            build();
            status.setText(done ? getTranslation("mychoices.withdraw.done") : "");
        });
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        Button no = new Button(getTranslation("mychoices.withdraw.dialog.cancel"), e -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mychoices.heading") + " – " + getTranslation("app.title.suffix");
    }
}
