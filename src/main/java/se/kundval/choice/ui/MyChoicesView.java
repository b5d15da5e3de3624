package se.kundval.choice.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
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
import se.kundval.identity.Role;
import se.kundval.shared.ui.Facts;
import se.kundval.shared.ui.LabelledSection;

/** "Mina val": what the resident may choose, what they chose, and the history. */
@Menu(title = "layout.nav.mychoices", order = 10)
@Route("mina-val")
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
        for (EntitlementSummary e : entitlements) {
            Facts facts = new Facts()
                    .add(
                            getTranslation("mychoices.scope"),
                            getTranslation("mychoices.scope." + e.scopeUnit().name(), e.scope()))
                    .add(
                            getTranslation("mychoices.status"),
                            getTranslation("mychoices.status." + e.status().name()));
            if (e.status() == EntitlementStatus.WAITING_FOR_CHOICE) {
                facts.add(getTranslation("mychoices.deadline"), e.deadline().format(dates));
            }
            facts.add(
                    getTranslation("mychoices.current"),
                    e.currentProvider() == null ? getTranslation("mychoices.current.none") : e.currentProvider());
            LabelledSection section = new LabelledSection("entitlement-" + e.id(), e.serviceTypeName());
            section.addClassName("entitlement");
            section.add(facts);
            e.history().stream()
                    .filter(l -> l.status() == ChoiceStatus.PENDING)
                    .findFirst()
                    .ifPresent(pending -> {
                        Paragraph info = new Paragraph(getTranslation(
                                "mychoices.pending",
                                pending.providerName(),
                                pending.validFrom().format(dates)));
                        info.addClassName("pending-change");
                        Button withdraw = new Button(
                                getTranslation("mychoices.withdraw"), click -> confirmWithdraw(pending.reference()));
                        withdraw.addClassName("withdraw-button");
                        section.add(info, withdraw);
                    });
            if (e.status() != EntitlementStatus.ENDED) {
                Anchor choose = new Anchor(
                        CatalogueNavigation.resultList(e.serviceTypeCode(), e.id()),
                        getTranslation(
                                e.currentProvider() == null && e.pendingReference() == null
                                        ? "mychoices.choose"
                                        : "mychoices.change"));
                choose.addClassName("choose-link");
                section.add(new Paragraph(choose));
            }
            if (!e.history().isEmpty()) {
                UnorderedList history = new UnorderedList();
                history.addClassName("choice-history");
                for (EntitlementSummary.ChoiceLine line : e.history()) {
                    String until = line.validTo() == null
                            ? ""
                            : getTranslation(
                                    "mychoices.history.until", line.validTo().format(dates));
                    ListItem item = new ListItem(getTranslation(
                            "mychoices.history.line",
                            line.providerName(),
                            line.validFrom().format(dates),
                            until,
                            getTranslation("mychoices.choice." + line.status().name()),
                            line.reference()));
                    if (line.startDate() != null && line.validTo() == null) {
                        item.add(new com.vaadin.flow.component.html.Span(" "
                                + getTranslation(
                                        "mychoices.startDate", line.startDate().format(dates))));
                    }
                    RouterLink receipt =
                            new RouterLink(ReceiptView.class, new RouteParameters("reference", line.reference()));
                    receipt.setText(getTranslation("mychoices.receipt", line.reference()));
                    receipt.addClassName("receipt-link");
                    item.add(new com.vaadin.flow.component.html.Span(" "), receipt);
                    history.add(item);
                }
                section.add(new Paragraph(getTranslation("mychoices.history")), history);
            }
            add(section);
        }
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
