package se.kundval.provider.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;

import se.kundval.identity.Role;
import se.kundval.provider.ApplicationForm;
import se.kundval.provider.ApplicationStatus;
import se.kundval.provider.ProviderService;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.Facts;

/**
 * Ansökan om auktorisation, step by step: each "Spara och fortsätt" saves the draft (checked on
 * the server, messages next to the fields), so the provider can stop and resume any time.
 * Another provider's application id is "Sidan finns inte".
 */
@Route("kontor/ansokan/:id([0-9]{1,18})")
@RolesAllowed(Role.PROVIDER)
class ApplicationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int STEPS = 5;
    private final ProviderService providers;
    private final Div alert = new Div();
    private final Div status = new Div();
    private final Map<String, Component> fields = new HashMap<>();
    private Locale locale;
    private ApplicationForm form;
    private long id;
    private int step;

    // The draft's fields, kept across steps.
    private final TextField legalForm = new TextField();
    private final TextField address = new TextField();
    private final TextField contactName = new TextField();
    private final TextField contactEmail = new TextField();
    private final TextField contactPhone = new TextField();
    private final CheckboxGroup<String> declarations = new CheckboxGroup<>();
    private final CheckboxGroup<String> areas = new CheckboxGroup<>();
    private final IntegerField capacity = new IntegerField();
    private final TextArea staffCompetence = new TextArea();

    ApplicationView(ProviderService providers) {
        this.providers = providers;
        addClassName("application-view");
        alert.addClassName("alert");
        alert.getElement().setAttribute("role", "alert");
        status.getElement().setAttribute("role", "status");
        status.addClassName("status-message");
        legalForm.setLabel(getTranslation("application.legalForm"));
        address.setLabel(getTranslation("application.address"));
        contactName.setLabel(getTranslation("application.contactName"));
        contactEmail.setLabel(getTranslation("application.contactEmail"));
        contactPhone.setLabel(getTranslation("application.contactPhone"));
        declarations.setLabel(getTranslation("application.step.2"));
        areas.setLabel(getTranslation("application.areas"));
        capacity.setLabel(getTranslation("application.capacity"));
        capacity.setMin(1);
        capacity.setMax(10_000);
        staffCompetence.setLabel(getTranslation("application.staffCompetence"));
        staffCompetence.setMaxLength(4000);
        fields.put("legalForm", legalForm);
        fields.put("address", address);
        fields.put("contactName", contactName);
        fields.put("contactEmail", contactEmail);
        fields.put("contactPhone", contactPhone);
        fields.put("declarations", declarations);
        fields.put("areas", areas);
        fields.put("capacity", capacity);
        fields.put("staffCompetence", staffCompetence);
        fields.values().forEach(f -> ((HasValidation) f).setManualValidation(true));
        for (TextField f : new TextField[] {legalForm, address, contactName, contactEmail, contactPhone}) {
            f.setRequiredIndicatorVisible(true);
            f.setMaxLength(300);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        locale = getLocale();
        id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        if (!load()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        step = form.editable() ? Math.max(1, Math.min(STEPS, form.step())) : STEPS;
        fill();
        render();
    }

    private boolean load() {
        form = providers.application(id, locale).orElse(null);
        return form != null;
    }

    private void fill() {
        ApplicationForm.ApplicationDraft d = form.draft();
        legalForm.setValue(nz(d.legalForm()));
        address.setValue(nz(d.address()));
        contactName.setValue(nz(d.contactName()));
        contactEmail.setValue(nz(d.contactEmail()));
        contactPhone.setValue(nz(d.contactPhone()));
        declarations.setItems(form.requirements().stream()
                .map(ApplicationForm.RequirementLine::code)
                .toList());
        declarations.setItemLabelGenerator(code -> form.requirements().stream()
                .filter(r -> r.code().equals(code))
                .map(r -> r.text()
                        + (r.attachmentRequired() ? " " + getTranslation("application.declarations.attachment") : ""))
                .findFirst()
                .orElse(code));
        declarations.setValue(d.declarations());
        areas.setItems(form.areaOptions().stream()
                .map(ApplicationForm.AreaOption::code)
                .toList());
        areas.setItemLabelGenerator(code -> form.areaOptions().stream()
                .filter(a -> a.code().equals(code))
                .map(ApplicationForm.AreaOption::name)
                .findFirst()
                .orElse(code));
        areas.setValue(d.areas());
        capacity.setValue(d.capacity());
        staffCompetence.setValue(nz(d.staffCompetence()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void render() {
        removeAll();
        add(
                new H1(getTranslation("application.heading", form.serviceTypeName())),
                new Paragraph(getTranslation(
                        "application.status",
                        getTranslation(
                                "backoffice.application.status." + form.status().name()))),
                status,
                alert);
        if (!form.messages().isEmpty()) {
            add(messages());
        }
        if (!form.editable()) {
            add(new Paragraph(getTranslation("application.readonly")));
            summary();
            add(new Paragraph(new RouterLink(getTranslation("layout.nav.backoffice"), BackOfficeView.class)));
            return;
        }
        H2 stepHeading =
                new H2(getTranslation("application.step", step, STEPS, getTranslation("application.step." + step)));
        stepHeading.addClassName("step-heading");
        add(stepHeading);
        switch (step) {
            case 1 -> {
                TextField orgnr = new TextField(getTranslation("application.orgnr"));
                orgnr.setValue(form.orgnr());
                orgnr.setReadOnly(true);
                TextField name = new TextField(getTranslation("application.providerName"));
                name.setValue(form.providerName());
                name.setReadOnly(true);
                add(orgnr, name, legalForm, address, contactName, contactEmail, contactPhone);
            }
            case 2 -> add(new Paragraph(getTranslation("application.declarations.intro")), declarations);
            case 3 -> add(areas, capacity, staffCompetence);
            case 4 -> attachments();
            default -> summary();
        }
        Div actions = new Div();
        actions.addClassName("actions");
        if (step > 1) {
            Button back = new Button(getTranslation("application.back"), e -> save(step - 1));
            back.addClassName("back-button");
            actions.add(back);
        }
        if (step < STEPS) {
            Button next = new Button(getTranslation("application.next"), e -> save(step + 1));
            next.addThemeVariants(ButtonVariant.PRIMARY);
            next.addClassName("next-button");
            actions.add(next);
        } else {
            Button submit = new Button(getTranslation("application.submit"), e -> submit());
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.addClassName("submit-button");
            actions.add(submit);
        }
        Button draft = new Button(getTranslation("application.saveDraft"), e -> save(step));
        draft.addClassName("save-draft-button");
        actions.add(draft);
        add(actions);
    }

    private Div messages() {
        Div box = new Div(new H2(getTranslation("application.messages")));
        box.addClassName("application-messages");
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.of("Europe/Stockholm"));
        UnorderedList list = new UnorderedList();
        form.messages()
                .forEach(m -> list.add(new ListItem(
                        getTranslation("application.messages." + m.role().name()) + ", " + times.format(m.at()) + ": "
                                + m.text())));
        box.add(list);
        if (form.status() == ApplicationStatus.COMPLETION_REQUESTED) {
            TextArea answer = new TextArea(getTranslation("application.answer"));
            answer.setMaxLength(4000);
            answer.setManualValidation(true);
            Button send = new Button(getTranslation("application.answer.send"), e -> {
                try {
                    providers.answer(id, form.version(), answer.getValue());
                    reload(getTranslation("application.submitted"));
                } catch (InvalidInputException invalid) {
                    answer.setErrorMessage(getTranslation(
                            invalid.problems().values().iterator().next()));
                    answer.setInvalid(true);
                } catch (ConcurrentEditException conflict) {
                    conflict();
                }
            });
            box.add(answer, send);
        }
        return box;
    }

    private void attachments() {
        add(new Paragraph(getTranslation("application.attachments.intro")));
        Checkbox confidential = new Checkbox(getTranslation("application.attachments.confidential"));
        UI ui = UI.getCurrent();
        // The upload arrives outside the UI's lock; the page is updated through ui.access.
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            boolean secret = confidential.getValue();
            try {
                providers.addAttachment(id, meta.fileName(), bytes, secret);
                ui.access(() -> reload(getTranslation("application.attachments.added", meta.fileName())));
            } catch (InvalidInputException invalid) {
                ui.access(() -> alert.setText(
                        getTranslation(invalid.problems().values().iterator().next())));
            }
        }));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(ProviderService.MAX_ATTACHMENT_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("application.attachments.upload")));
        upload.addFileRejectedListener(e -> alert.setText(getTranslation("provider.application.attachment.size")));
        add(confidential, upload, attachmentList(true));
    }

    private Component attachmentList(boolean removable) {
        if (form.attachments().isEmpty()) {
            return new Paragraph(getTranslation("application.attachments.none"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("attachments");
        for (ApplicationForm.AttachmentLine a : form.attachments()) {
            Anchor download = new Anchor(
                    event -> {
                        byte[] content = providers.attachment(a.id()).orElseThrow();
                        event.setFileName(a.fileName());
                        event.setContentType("application/pdf");
                        event.setContentLength(content.length);
                        event.getOutputStream().write(content);
                    },
                    getTranslation(
                            "application.attachments.download", a.fileName(), Math.max(1, a.sizeBytes() / 1024)));
            ListItem item = new ListItem(download);
            if (a.confidential()) {
                item.add(new com.vaadin.flow.component.html.Span(
                        " " + getTranslation("application.attachments.confidentialMark")));
            }
            if (removable) {
                Button remove = new Button(getTranslation("application.attachments.remove", a.fileName()), e -> {
                    providers.removeAttachment(a.id());
                    reload(null);
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                item.add(remove);
            }
            list.add(item);
        }
        return list;
    }

    private void summary() {
        if (form.editable()) {
            add(new Paragraph(getTranslation("application.summary.intro")));
        }
        ApplicationForm.ApplicationDraft d = form.draft();
        add(new Facts()
                .add(getTranslation("application.orgnr"), form.orgnr())
                .add(getTranslation("application.providerName"), form.providerName())
                .add(getTranslation("application.legalForm"), nz(d.legalForm()))
                .add(getTranslation("application.address"), nz(d.address()))
                .add(
                        getTranslation("application.contactName"),
                        nz(d.contactName()) + ", " + nz(d.contactEmail()) + ", " + nz(d.contactPhone()))
                .add(
                        getTranslation("application.step.2"),
                        form.requirements().stream()
                                        .filter(r -> d.declarations().contains(r.code()))
                                        .count() + " / " + form.requirements().size())
                .add(
                        getTranslation("application.areas"),
                        String.join(
                                ", ",
                                form.areaOptions().stream()
                                        .filter(a -> d.areas().contains(a.code()))
                                        .map(ApplicationForm.AreaOption::name)
                                        .toList()))
                .add(getTranslation("application.capacity"), d.capacity() == null ? "" : String.valueOf(d.capacity()))
                .add(getTranslation("application.staffCompetence"), nz(d.staffCompetence())));
        add(new H2(getTranslation("application.step.4")), attachmentList(false));
    }

    private ApplicationForm.ApplicationDraft draft() {
        return new ApplicationForm.ApplicationDraft(
                legalForm.getValue(),
                address.getValue(),
                contactName.getValue(),
                contactEmail.getValue(),
                contactPhone.getValue(),
                declarations.getValue(),
                areas.getValue(),
                capacity.getValue(),
                staffCompetence.getValue());
    }

    private void save(int nextStep) {
        clearErrors();
        try {
            providers.saveStep(id, form.version(), step, draft(), nextStep);
            int target = nextStep;
            load();
            step = target;
            render();
            status.setText(getTranslation("application.saved"));
        } catch (InvalidInputException invalid) {
            showErrors(invalid.problems());
        } catch (ConcurrentEditException conflict) {
            conflict();
        }
    }

    private void submit() {
        clearErrors();
        try {
            providers.submit(id, form.version());
            reload(getTranslation("application.submitted"));
        } catch (InvalidInputException invalid) {
            // Take the provider to the first step with a problem.
            Map<String, String> problems = invalid.problems();
            int first = problems.keySet().stream()
                    .mapToInt(ApplicationView::stepOf)
                    .min()
                    .orElse(STEPS);
            if (first < STEPS) {
                step = first;
                render();
            }
            showErrors(problems);
        } catch (ConcurrentEditException conflict) {
            conflict();
        }
    }

    private static int stepOf(String field) {
        return switch (field) {
            case "legalForm", "address", "contactName", "contactEmail", "contactPhone", "orgnr" -> 1;
            case "declarations" -> 2;
            case "areas", "capacity", "staffCompetence" -> 3;
            case "attachments" -> 4;
            default -> STEPS;
        };
    }

    private void reload(String message) {
        load();
        fill();
        step = form.editable() ? step : STEPS;
        render();
        if (message != null) {
            status.setText(message);
        }
    }

    private void conflict() {
        alert.removeAll();
        alert.setText(getTranslation("application.conflict"));
        Button reload = new Button(getTranslation("application.reload"), e -> {
            load();
            fill();
            render();
        });
        alert.add(reload);
    }

    private void clearErrors() {
        alert.setText("");
        fields.values().forEach(f -> {
            ((HasValidation) f).setInvalid(false);
            ((HasValidation) f).setErrorMessage(null);
        });
    }

    private void showErrors(Map<String, String> problems) {
        alert.setText(getTranslation("application.invalid"));
        Set<String> unplaced = new java.util.LinkedHashSet<>();
        problems.forEach((field, key) -> {
            Component c = fields.get(field);
            if (c != null && c.getParent().isPresent()) {
                ((HasValidation) c).setErrorMessage(getTranslation(key));
                ((HasValidation) c).setInvalid(true);
            } else {
                unplaced.add(getTranslation(key));
            }
        });
        if (!unplaced.isEmpty()) {
            alert.setText(getTranslation("application.invalid") + " " + String.join(" ", unplaced));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.title") + " – " + getTranslation("app.title.suffix");
    }
}
