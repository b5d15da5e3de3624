package se.kundval.commission.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import se.kundval.identity.Role;
import se.kundval.provider.ApplicationReview;
import se.kundval.provider.ApplicationReviewService;
import se.kundval.provider.ApplicationStatus;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.TextLimits;
import se.kundval.shared.ui.Facts;
import se.kundval.shared.ui.FieldMessages;
import se.kundval.shared.ui.LabelledSection;

/**
 * One application under review: the provider's facts, the requirement checklist with the
 * provider's answers, the attachments (confidential ones marked), the conversation and the
 * history; and the decisions. An officer who edited the application is told they may not decide.
 */
@Route("huvudman/ansokan/:id([0-9]{1,18})")
@RolesAllowed(Role.HUVUDMAN)
class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationReviewService reviews;
    private final Div alert = new Div();
    private final Div status = new Div();
    private long id;
    private Locale locale;
    private ApplicationReview review;

    ReviewView(ApplicationReviewService reviews) {
        this.reviews = reviews;
        addClassName("review-view");
        alert.addClassName("alert");
        alert.getElement().setAttribute("role", "alert");
        status.addClassName("status-message");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        locale = getLocale();
        if (!load()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private boolean load() {
        review = reviews.review(id, locale).orElse(null);
        return review != null;
    }

    private void render() {
        removeAll();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.of("Europe/Stockholm"));
        add(
                new H1(getTranslation("commission.review.heading", review.providerName(), review.serviceTypeName())),
                new Paragraph(getTranslation(
                        "backoffice.application.status." + review.status().name())),
                status,
                alert);
        Facts facts = new Facts()
                .add(getTranslation("application.orgnr"), review.orgnr())
                .add(getTranslation("application.legalForm"), review.legalForm())
                .add(getTranslation("application.address"), review.address())
                .add(
                        getTranslation("application.contactName"),
                        review.contactName() + ", " + review.contactEmail() + ", " + review.contactPhone())
                .add(getTranslation("application.areas"), String.join(", ", review.areas()))
                .add(
                        getTranslation("application.capacity"),
                        review.capacity() == null ? "" : String.valueOf(review.capacity()))
                .add(getTranslation("application.staffCompetence"), review.staffCompetence());
        add(new LabelledSection("facts", getTranslation("commission.review.facts"), facts));

        UnorderedList checklist = new UnorderedList();
        checklist.addClassName("checklist");
        review.checklist()
                .forEach(c -> checklist.add(new ListItem(getTranslation(
                        c.declared() ? "commission.review.declared" : "commission.review.notDeclared",
                        c.requirement()))));
        add(new LabelledSection("checklist", getTranslation("application.step.2"), checklist));

        UnorderedList files = new UnorderedList();
        review.attachments().forEach(f -> {
            Anchor download = new Anchor(
                    event -> {
                        byte[] bytes = reviews.attachment(f.id()).orElseThrow();
                        event.setFileName(f.fileName());
                        event.setContentType("application/pdf");
                        event.getOutputStream().write(bytes);
                    },
                    getTranslation(
                            "application.attachments.download", f.fileName(), Math.max(1, f.sizeBytes() / 1024)));
            ListItem item = new ListItem(download);
            if (f.confidential()) {
                item.add(new com.vaadin.flow.component.html.Span(
                        " " + getTranslation("commission.review.confidential")));
            }
            files.add(item);
        });
        add(new LabelledSection(
                "files",
                getTranslation("application.step.4"),
                review.attachments().isEmpty()
                        ? new Paragraph(getTranslation("application.attachments.none"))
                        : files));

        UnorderedList history = new UnorderedList();
        review.messages()
                .forEach(m -> history.add(new ListItem(times.format(m.at()) + " – " + m.author() + ": " + m.text())));
        review.history()
                .forEach(h -> history.add(new ListItem(getTranslation(
                                "backoffice.timeline.entry",
                                h.on().format(dates),
                                getTranslation("backoffice.accreditation.status."
                                        + h.status().name()))
                        + " (" + h.actor() + ")" + (h.reason() == null ? "" : " – " + h.reason()))));
        add(new LabelledSection("history", getTranslation("backoffice.timeline"), history));

        if (review.status() == ApplicationStatus.SUBMITTED) {
            decisions();
        }
        add(new Paragraph(new RouterLink(getTranslation("commission.back"), CommissionView.class)));
    }

    private void decisions() {
        DatePicker validFrom = new DatePicker(getTranslation("commission.approve.validFrom"), LocalDate.now());
        validFrom.setLocale(locale);
        Button approve = new Button(
                getTranslation("commission.approve"),
                e -> act(() -> reviews.approve(id, review.version(), validFrom.getValue()), "commission.approve.done"));
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        Div approveRow = new Div(validFrom, approve);
        approveRow.addClassName("field-row");

        TextArea rejectReason = new TextArea(getTranslation("commission.reject.reason"));
        rejectReason.setMaxLength(2000);
        Button reject = new Button(
                getTranslation("commission.reject"),
                e -> act(
                        () -> reviews.reject(id, review.version(), rejectReason.getValue()), "commission.reject.done"));

        TextArea completion = new TextArea(getTranslation("commission.completion.message"));
        completion.setMaxLength(2000);
        Button ask = new Button(
                getTranslation("commission.completion"),
                e -> act(
                        () -> reviews.requestCompletion(id, review.version(), completion.getValue()),
                        "commission.completion.done"));

        TextField name = new TextField(getTranslation("application.contactName"), review.contactName(), "");
        TextField email = new TextField(getTranslation("application.contactEmail"), review.contactEmail(), "");
        TextField phone = new TextField(getTranslation("application.contactPhone"), review.contactPhone(), "");
        name.setMaxLength(TextLimits.CONTACT);
        email.setMaxLength(TextLimits.CONTACT);
        phone.setMaxLength(40);
        Map<String, HasValidation> contactFields =
                Map.of("contactName", name, "contactEmail", email, "contactPhone", phone);
        contactFields.values().forEach(f -> ((TextField) f).setManualValidation(true));
        Button correct = new Button(
                getTranslation("commission.correct"),
                e -> act(
                        () -> reviews.correctContact(
                                id, review.version(), name.getValue(), email.getValue(), phone.getValue()),
                        "commission.correct.done",
                        contactFields));

        add(
                new LabelledSection(
                        "decide",
                        getTranslation("commission.decide"),
                        new Paragraph(getTranslation("commission.decide.intro")),
                        approveRow,
                        rejectReason,
                        reject,
                        completion,
                        ask),
                new LabelledSection(
                        "correct",
                        getTranslation("commission.correct.heading"),
                        new Paragraph(getTranslation("commission.correct.intro")),
                        name,
                        email,
                        phone,
                        correct));
    }

    private void act(Runnable action, String doneKey) {
        act(action, doneKey, Map.of());
    }

    /** As above; the service's messages about these fields are shown at them. */
    private void act(Runnable action, String doneKey, Map<String, HasValidation> fields) {
        alert.setText("");
        try {
            action.run();
            load();
            render();
            status.setText(getTranslation(doneKey));
        } catch (InvalidInputException invalid) {
            if (fields.isEmpty() || !FieldMessages.show(invalid.problems(), fields, this::getTranslation)) {
                alert.setText(
                        getTranslation(invalid.problems().values().iterator().next()));
            }
        } catch (ConcurrentEditException conflict) {
            alert.setText(getTranslation("application.conflict"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commission.review.title") + " – " + getTranslation("app.title.suffix");
    }
}
