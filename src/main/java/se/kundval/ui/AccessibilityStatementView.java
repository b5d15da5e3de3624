package se.kundval.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.kundval.catalogue.AccessibilityFeedback;
import se.kundval.catalogue.CatalogueService;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.TextLimits;
import se.kundval.shared.ui.FieldMessages;
import se.kundval.shared.ui.LabelledSection;

/** Tillgänglighetsredogörelse (lag 2018:1937): status, known gaps, feedback, and where to complain. */
@Route("tillganglighet")
@AnonymousAllowed
class AccessibilityStatementView extends Div implements HasDynamicTitle {

    AccessibilityStatementView(CatalogueService catalogue) {
        addClassName("accessibility-statement");
        add(new H1(getTranslation("a11y.heading")), new Paragraph(getTranslation("a11y.intro")));
        add(section("a11y.status.heading", new Paragraph(getTranslation("a11y.status.text"))));
        // What the portal offers today, so that the known gaps below read against it.
        add(section(
                "a11y.works.heading",
                new UnorderedList(
                        new ListItem(getTranslation("a11y.works.languages")),
                        new ListItem(getTranslation("a11y.works.listen")),
                        new ListItem(getTranslation("a11y.works.pdf")),
                        new ListItem(getTranslation("a11y.works.zoom")))));
        add(section(
                "a11y.gaps.heading",
                new UnorderedList(
                        new ListItem(getTranslation("a11y.gap.pdf.tags")),
                        new ListItem(getTranslation("a11y.gap.languages")),
                        new ListItem(getTranslation("a11y.gap.listen")),
                        new ListItem(getTranslation("a11y.gap.map")),
                        new ListItem(getTranslation("a11y.gap.manual")))));

        TextArea message = new TextArea(getTranslation("a11y.feedback.message"));
        message.setMaxLength(AccessibilityFeedback.MAX_MESSAGE);
        message.setRequiredIndicatorVisible(true);
        TextField contact = new TextField(getTranslation("a11y.feedback.contact"));
        contact.setMaxLength(TextLimits.CONTACT);
        // The service judges the input; the fields show its verdict.
        message.setManualValidation(true);
        contact.setManualValidation(true);
        Map<String, HasValidation> fields = Map.of("message", message, "contact", contact);
        Paragraph sent = new Paragraph();
        sent.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("a11y.feedback.send"), e -> {
            sent.setText("");
            try {
                catalogue.giveAccessibilityFeedback("tillganglighet", message.getValue(), contact.getValue());
            } catch (InvalidInputException invalid) {
                FieldMessages.show(invalid.problems(), fields, this::getTranslation);
                return;
            }
            FieldMessages.clear(fields);
            message.clear();
            contact.clear();
            sent.setText(getTranslation("a11y.feedback.sent"));
        });
        send.addClassName("feedback-send");
        Div form = new Div(message, contact, send, sent);
        form.addClassName("feedback-form");
        add(section("a11y.feedback.heading", new Paragraph(getTranslation("a11y.feedback.intro")), form));

        Anchor digg = new Anchor("https://www.digg.se/tdosanmalan", getTranslation("a11y.supervision.link"));
        add(section(
                "a11y.supervision.heading",
                new Paragraph(getTranslation("a11y.supervision.text")),
                new Paragraph(digg)));
        add(section("a11y.made.heading", new Paragraph(getTranslation("a11y.made.text"))));
    }

    private LabelledSection section(String headingKey, com.vaadin.flow.component.Component... content) {
        return new LabelledSection(headingKey.replace('.', '-'), getTranslation(headingKey), content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " – " + getTranslation("app.title.suffix");
    }
}
