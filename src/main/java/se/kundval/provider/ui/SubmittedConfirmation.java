package se.kundval.provider.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import se.kundval.provider.ApplicationForm;
import se.kundval.shared.ui.LabelledSection;

/**
 * After submitting: the reference number to quote, about how long the municipality takes, and
 * what happens next, so the provider is not left wondering.
 */
class SubmittedConfirmation extends LabelledSection {

    SubmittedConfirmation(ApplicationForm form) {
        super("submitted-confirmation", "");
        addClassName("submitted-confirmation");
        getChildren()
                .findFirst()
                .ifPresent(h -> h.getElement().setText(getTranslation("application.confirmation.heading")));
        Span reference = new Span(form.reference());
        reference.addClassName("reference");
        Paragraph referenceLine = new Paragraph(getTranslation("application.confirmation.reference") + " ");
        referenceLine.add(reference);
        add(referenceLine);
        if (form.submittedAt() != null) {
            add(new Paragraph(getTranslation(
                    "application.confirmation.submittedAt",
                    DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale())
                            .withZone(ZoneId.of("Europe/Stockholm"))
                            .format(form.submittedAt()))));
        }
        add(new Paragraph(getTranslation("application.confirmation.time", form.processingWeeks())));
        OrderedList next = new OrderedList(
                new ListItem(getTranslation("application.confirmation.next.1")),
                new ListItem(getTranslation("application.confirmation.next.2")),
                new ListItem(getTranslation("application.confirmation.next.3")));
        add(new H3(getTranslation("application.confirmation.next")), next);
    }
}
