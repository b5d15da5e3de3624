package se.kundval.commission.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
    private final Paragraph checklistError = new Paragraph();
    private final Map<Long, Checkbox> checks = new LinkedHashMap<>();
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
        checklistError.addClassName("field-error");
        checklistError.setId("checklist-error");
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
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.of("Europe/Stockholm"));
        add(
                new H1(getTranslation("commission.review.heading", review.providerName(), review.serviceTypeName())),
                new Paragraph(getTranslation(
                        "commission.review.status." + review.status().name())),
                status,
                alert);
        Facts facts = new Facts()
                .add(getTranslation("application.orgnr"), review.orgnr())
                .add(getTranslation("application.legalForm"), review.legalForm())
                .add(getTranslation("application.address"), review.address())
                .add(
                        getTranslation("application.contactName"),
                        review.contactName() + ", " + review.contactEmail() + ", " + review.contactPhone())
                .add(getTranslation("commission.review.areas"), String.join(", ", review.areas()))
                .add(
                        getTranslation("commission.review.capacity"),
                        review.capacity() == null ? "" : String.valueOf(review.capacity()))
                .add(getTranslation("application.staffCompetence"), review.staffCompetence());
        add(new LabelledSection("facts", getTranslation("commission.review.facts"), facts));

        // Attachments are not tied to a single requirement when the provider uploads them, so
        // each requirement that needs proof lists the application's files to open beside it.
        checks.clear();
        Div checklist = new Div();
        checklist.addClassName("checklist");
        checklist.add(new Paragraph(getTranslation("commission.review.checklist.intro")));
        for (ApplicationReview.ChecklistItem item : review.checklist()) {
            Div card = new Div();
            card.addClassName("requirement-check");
            card.add(new H3(item.requirement()));
            card.add(new Paragraph(getTranslation(
                    item.declared()
                            ? "commission.review.provider.declared"
                            : "commission.review.provider.notDeclared")));
            if (item.attachmentRequired()) {
                card.add(new Paragraph(getTranslation(
                        review.attachments().isEmpty()
                                ? "commission.review.proof.missing"
                                : "commission.review.proof")));
                if (!review.attachments().isEmpty()) {
                    card.add(files());
                }
            } else {
                card.add(new Paragraph(getTranslation("commission.review.proof.none")));
            }
            if (review.status() == ApplicationStatus.SUBMITTED) {
                Checkbox tick = new Checkbox(getTranslation("commission.review.checked", item.requirement()));
                tick.addValueChangeListener(e -> checklistError.setText(""));
                checks.put(item.requirementId(), tick);
                card.add(tick);
            }
            checklist.add(card);
        }
        if (review.checklist().isEmpty()) {
            checklist.add(new Paragraph(getTranslation("commission.review.checklist.none")));
        }
        checklistError.setText("");
        checklist.add(checklistError);
        add(new LabelledSection("checklist", getTranslation("commission.review.checklist"), checklist));

        add(new LabelledSection(
                "files",
                getTranslation("application.step.4"),
                review.attachments().isEmpty()
                        ? new Paragraph(getTranslation("application.attachments.none"))
                        : files()));

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

    /** The application's files as download links (confidential ones marked). */
    private UnorderedList files() {
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
                item.add(new Span(" " + getTranslation("commission.review.confidential")));
            }
            files.add(item);
        });
        return files;
    }

    /** Ids of the requirements the officer has ticked. */
    private Set<Long> ticked() {
        return checks.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue().getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** Says at the checklist that every requirement must be ticked and moves focus to the first one left. */
    private void showUnchecked() {
        checklistError.setText(getTranslation("commission.approve.unchecked"));
        checks.values().stream()
                .filter(c -> !Boolean.TRUE.equals(c.getValue()))
                .findFirst()
                .ifPresent(Checkbox::focus);
    }

    private void decisions() {
        DatePicker validFrom = new DatePicker(getTranslation("commission.approve.validFrom"), LocalDate.now());
        validFrom.setLocale(locale);
        Button approve = new Button(getTranslation("commission.approve"), e -> {
            if (ticked().size() < checks.size()) {
                showUnchecked();
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("commission.approve.confirm.heading"));
            confirm.setText(getTranslation(
                    "commission.approve.confirm.text",
                    review.providerName(),
                    review.serviceTypeName(),
                    validFrom.getValue() == null
                            ? ""
                            : validFrom
                                    .getValue()
                                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                            .withLocale(locale))));
            confirm.setConfirmText(getTranslation("commission.approve.confirm.yes"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("commission.approve.confirm.no"));
            confirm.addConfirmListener(c -> act(
                    () -> reviews.approve(id, review.version(), validFrom.getValue(), ticked()),
                    "commission.approve.done",
                    Map.of("validFrom", validFrom)));
            confirm.open();
        });
        approve.addThemeVariants(ButtonVariant.PRIMARY);

        TextArea completion = new TextArea(getTranslation("commission.completion.message"));
        completion.setMaxLength(2000);
        completion.setManualValidation(true);
        Button ask = new Button(
                getTranslation("commission.completion"),
                e -> act(
                        () -> reviews.requestCompletion(id, review.version(), completion.getValue()),
                        "commission.completion.done",
                        Map.of("reason", completion)));

        TextArea rejectReason = new TextArea(getTranslation("commission.reject.reason"));
        rejectReason.setMaxLength(2000);
        rejectReason.setManualValidation(true);
        Button reject = new Button(
                getTranslation("commission.reject"),
                e -> act(
                        () -> reviews.reject(id, review.version(), rejectReason.getValue()),
                        "commission.reject.done",
                        Map.of("reason", rejectReason)));
        reject.addThemeVariants(ButtonVariant.ERROR);

        add(new LabelledSection(
                "decide",
                getTranslation("commission.decide"),
                new Paragraph(getTranslation("commission.decide.intro")),
                decision("commission.approve.heading", "commission.approve.explain", validFrom, approve),
                decision("commission.completion.heading", "commission.completion.explain", completion, ask),
                decision("commission.reject.heading", "commission.reject.explain", rejectReason, reject)));

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

        add(new LabelledSection(
                "correct",
                getTranslation("commission.correct.heading"),
                new Paragraph(getTranslation("commission.correct.intro")),
                name,
                email,
                phone,
                correct));
    }

    /** One decision: a heading, what it means in one or two sentences, its field and its button. */
    private Div decision(String headingKey, String explainKey, Component field, Button button) {
        Div box = new Div(new H3(getTranslation(headingKey)), new Paragraph(getTranslation(explainKey)), field, button);
        box.addClassName("decision");
        if (field instanceof TextArea area) {
            area.setWidthFull();
        }
        return box;
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
            if (invalid.problems().containsKey("checklist")) {
                showUnchecked();
            } else if (fields.isEmpty() || !FieldMessages.show(invalid.problems(), fields, this::getTranslation)) {
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
