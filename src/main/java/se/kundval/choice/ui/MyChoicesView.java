package se.kundval.choice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import se.kundval.catalogue.ui.ServiceTypeView;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.EntitlementSummary;
import se.kundval.identity.Role;
import se.kundval.ui.LabelledSection;
import se.kundval.ui.MainLayout;

/** "Mina val": what the resident may choose, what they chose, and the history. */
@Route(value = "mina-val", layout = MainLayout.class)
@RolesAllowed(Role.RESIDENT)
public class MyChoicesView extends Div implements HasDynamicTitle {

    public MyChoicesView(ChoiceService choices) {
        addClassName("my-choices-view");
        Locale locale = getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        add(new H1(getTranslation("mychoices.heading")));
        List<EntitlementSummary> entitlements = choices.myEntitlements(locale);
        if (entitlements.isEmpty()) {
            add(new Paragraph(getTranslation("mychoices.none")));
            return;
        }
        for (EntitlementSummary e : entitlements) {
            Element dl = new Element("dl");
            dl.getClassList().add("facts");
            fact(dl, "mychoices.scope", getTranslation("mychoices.scope." + e.scopeUnit().name(), e.scope()));
            fact(dl, "mychoices.status", getTranslation("mychoices.status." + e.status().name()));
            fact(dl, "mychoices.deadline", e.deadline().format(dates));
            fact(dl, "mychoices.current", e.currentProvider() == null ? getTranslation("mychoices.current.none")
                    : e.currentProvider());
            LabelledSection section = new LabelledSection("entitlement-" + e.id(), e.serviceTypeName());
            section.addClassName("entitlement");
            section.getElement().appendChild(dl);
            RouterLink choose = new RouterLink(getTranslation(e.currentProvider() == null ? "mychoices.choose"
                    : "mychoices.change"), ServiceTypeView.class, e.serviceTypeCode());
            choose.addClassName("choose-link");
            section.add(new Paragraph(choose));
            if (!e.history().isEmpty()) {
                UnorderedList history = new UnorderedList();
                for (EntitlementSummary.ChoiceLine line : e.history()) {
                    String until = line.validTo() == null ? ""
                            : getTranslation("mychoices.history.until", line.validTo().format(dates));
                    history.add(new ListItem(getTranslation("mychoices.history.line", line.providerName(),
                            line.validFrom().format(dates), until,
                            getTranslation("mychoices.choice." + line.status().name()), line.reference())));
                }
                section.add(new Paragraph(getTranslation("mychoices.history")), history);
            }
            add(section);
        }
    }

    private static void fact(Element dl, String key, String value) {
        Element dt = new Element("dt");
        dt.setText(com.vaadin.flow.component.UI.getCurrent().getTranslation(key));
        Element dd = new Element("dd");
        dd.setText(value);
        dl.appendChild(dt, dd);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mychoices.heading") + " – " + getTranslation("app.title.suffix");
    }
}
