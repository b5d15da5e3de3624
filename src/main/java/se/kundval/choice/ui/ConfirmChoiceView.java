package se.kundval.choice.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.kundval.catalogue.ui.CatalogueNavigation;
import se.kundval.choice.ChoiceConfirmation;
import se.kundval.choice.ChoiceRefusedException;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.Receipt;
import se.kundval.identity.Role;
import se.kundval.shared.ui.Facts;
import se.kundval.shared.ui.LabelledSection;

/**
 * The confirmation page: the provider, the scope, what happens next, how to change later and the
 * default provider that applies otherwise. Nothing is stored until the resident confirms.
 */
@Route("valj/:entitlement([0-9]{1,18})/:offering")
@RolesAllowed(Role.RESIDENT)
class ConfirmChoiceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ENTITLEMENT = "entitlement";
    static final String OFFERING = "offering";

    private final ChoiceService choices;
    private final Div alert = new Div();

    ConfirmChoiceView(ChoiceService choices) {
        this.choices = choices;
        addClassName("confirm-choice-view");
        alert.addClassName("alert");
        alert.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long entitlement =
                Long.parseLong(event.getRouteParameters().get(ENTITLEMENT).orElseThrow());
        String offering = event.getRouteParameters().get(OFFERING).orElseThrow();
        Locale locale = getLocale();
        Optional<ChoiceConfirmation> found = choices.confirmation(entitlement, offering, locale);
        removeAll();
        add(new H1(getTranslation("confirm.heading")));
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("confirm.notfound")));
            return;
        }
        show(found.get(), locale);
    }

    private void show(ChoiceConfirmation c, Locale locale) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Paragraph intro = new Paragraph(getTranslation("confirm.intro"));
        intro.addClassName("lead");
        Facts facts = new Facts()
                .add(getTranslation("confirm.provider"), c.providerName())
                .add(getTranslation("confirm.service"), c.serviceTypeName())
                .add(
                        getTranslation("confirm.scope"),
                        getTranslation("mychoices.scope." + c.scopeUnit().name(), c.scope()))
                .add(getTranslation("confirm.starts"), c.validFrom().format(dates));
        if (c.currentProvider() != null) {
            facts.add(getTranslation("confirm.current"), c.currentProvider());
        }
        add(intro, facts);

        Paragraph next = new Paragraph(getTranslation("confirm.next.text", c.firstContactWorkingDays()));
        LabelledSection whatNext = new LabelledSection("what-next", getTranslation("confirm.next.heading"), next);
        if (c.currentProvider() != null) {
            whatNext.add(new Paragraph(getTranslation(
                    "confirm.next.change", c.validFrom().minusDays(1).format(dates))));
        }
        add(
                whatNext,
                new LabelledSection(
                        "change-later",
                        getTranslation("confirm.later.heading"),
                        new Paragraph(getTranslation("confirm.later.text", c.noticePeriodDays()))));
        if (c.currentProvider() == null) {
            add(new LabelledSection(
                    "if-no-choice",
                    getTranslation("confirm.default.heading"),
                    new Paragraph(getTranslation(
                            "confirm.default.text", c.deadline().format(dates), c.defaultRuleExplanation()))));
        }
        add(alert);
        Anchor back = new Anchor(
                CatalogueNavigation.resultList(c.serviceTypeCode(), c.entitlementId()), getTranslation("confirm.back"));
        back.addClassName("back-link");
        if (c.notChoosable() != null) {
            alert.setText(getTranslation("choose.reason." + c.notChoosable().name()));
            add(new Paragraph(back));
            return;
        }
        Button confirm = new Button(getTranslation("confirm.button"), e -> confirm(c));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("confirm-button");
        confirm.setDisableOnClick(true);
        Div actions = new Div(confirm, back);
        actions.addClassName("actions");
        add(actions);
    }

    private void confirm(ChoiceConfirmation c) {
        try {
            Receipt receipt = choices.choose(c.entitlementId(), c.offeringCode());
            getUI().ifPresent(ui -> ui.navigate(
                    ReceiptView.class,
                    new com.vaadin.flow.router.RouteParameters("reference", receipt.reference()),
                    com.vaadin.flow.router.QueryParameters.of("ny", "1")));
        } catch (ChoiceRefusedException refused) {
            alert.setText(
                    refused.reason() == ChoiceRefusedException.Reason.FULL
                            ? getTranslation("confirm.refused.FULL")
                            : getTranslation("choose.reason." + refused.reason().name()));
            getChildren()
                    .filter(ch -> ch.hasClassName("actions"))
                    .findFirst()
                    .ifPresent(actions -> actions.getChildren()
                            .filter(b -> b instanceof Button)
                            .forEach(b -> b.setVisible(false)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm.title") + " – " + getTranslation("app.title.suffix");
    }
}
