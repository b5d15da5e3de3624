package se.kundval.choice.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import se.kundval.catalogue.CatalogueService;
import se.kundval.choice.EntitlementCorrection;
import se.kundval.choice.OfficerCase;
import se.kundval.choice.OfficerService;
import se.kundval.identity.Role;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.Option;
import se.kundval.shared.ui.ComponentTexts;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.LabelledSection;
import se.kundval.shared.ui.RecordBinder;

/**
 * One case from "Mina ärenden": the person, the decision, the wishes, the choices and the history,
 * and a correction within the rules (with a reason, kept in the history and the audit trail). The
 * address carries the entitlement's id, never a personnummer.
 */
@Route("handlaggare/arende/:" + OfficerCaseView.ID)
@RolesAllowed(Role.HANDLAGGARE)
class OfficerCaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final OfficerService officer;
    private final CatalogueService catalogue;
    private OfficerCase current;
    private String title = "";

    OfficerCaseView(OfficerService officer, CatalogueService catalogue) {
        this.officer = officer;
        this.catalogue = catalogue;
        addClassName("officer-case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OfficerCase> found = event.getRouteParameters()
                .get(ID)
                .filter(id -> id.matches("[0-9]{1,18}"))
                .flatMap(id -> officer.openCase(Long.parseLong(id), getLocale()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get(), null);
    }

    /** Draws the case; after a correction, says so next to the button and moves focus there. */
    private void show(OfficerCase c, String saved) {
        current = c;
        removeAll();
        Locale locale = getLocale();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        // The tab's title (and the browser's history) names the service, not the person.
        title = getTranslation("officer.case.title", c.serviceTypeName());
        add(new RouterLink(getTranslation("officer.case.back"), OfficerEntitlementsView.class));
        add(new H1(getTranslation("officer.case.heading", c.residentName(), c.serviceTypeName())));

        String scope = getTranslation("mychoices.scope." + c.scopeUnit().name(), c.scope());
        add(facts("case-person", getTranslation("officer.case.person"), new String[][] {
            {getTranslation("officer.case.personnummer"), c.maskedPersonnummer()},
            {getTranslation("officer.form.area"), c.areaName()},
            {
                getTranslation("officer.form.contact"),
                c.contactPreference() == null
                        ? null
                        : getTranslation(
                                "officer.form.contact." + c.contactPreference().name())
            }
        }));
        add(facts("case-decision", getTranslation("officer.case.decision"), new String[][] {
            {getTranslation("officer.case.conversation"), c.conversationDate().format(dates)},
            {getTranslation("officer.list.col.service"), c.serviceTypeName()},
            {getTranslation("officer.case.scope"), scope},
            {
                getTranslation("officer.list.col.status"),
                getTranslation("staff.status." + c.status().name())
            },
            {
                getTranslation("officer.case.deadline"),
                c.deadlineCanChange() ? c.deadline().format(dates) : null
            }
        }));

        Map<String, String> specialisationNames =
                catalogue.specialisations(locale).stream().collect(Collectors.toMap(Option::code, Option::name));
        add(facts("case-wishes", getTranslation("officer.form.wishes"), new String[][] {
            {
                getTranslation("officer.form.languages"),
                c.wishedLanguages().stream()
                        .map(l -> CatalogueService.languageName(l, locale))
                        .sorted()
                        .collect(Collectors.joining(", "))
            },
            {
                getTranslation("officer.form.specialisations"),
                c.wishedSpecialisations().stream()
                        .map(s -> specialisationNames.getOrDefault(s, s))
                        .sorted()
                        .collect(Collectors.joining(", "))
            },
            {getTranslation("officer.form.wishText"), c.wishText()}
        }));

        LabelledSection choices = new LabelledSection("case-choices", getTranslation("officer.case.choices"));
        if (c.choices().isEmpty()) {
            choices.add(new Paragraph(getTranslation("officer.case.choices.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (OfficerCase.CaseChoice choice : c.choices()) {
                String period = choice.validTo() == null
                        ? getTranslation(
                                "mychoices.history.from", choice.validFrom().format(dates))
                        : getTranslation(
                                "mychoices.history.period",
                                choice.validFrom().format(dates),
                                choice.validTo().format(dates));
                list.add(new ListItem(getTranslation(
                        "officer.case.choice.line",
                        choice.providerName(),
                        getTranslation("mychoices.choice." + choice.status().name()),
                        period,
                        getTranslation("officer.case.madeBy." + choice.madeBy().name()),
                        choice.reference())));
            }
            choices.add(list);
        }
        add(choices);

        DateTimeFormatter times =
                DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).withZone(ZONE);
        LabelledSection history = new LabelledSection("case-history", getTranslation("officer.case.history"));
        UnorderedList events = new UnorderedList();
        for (OfficerCase.CaseEvent e : c.events()) {
            String what = getTranslation("officer.case.event." + e.type());
            String reason = reasonOf(e);
            events.add(new ListItem(getTranslation(
                            "officer.case.event.line", e.at().atZone(ZONE).format(times), what, e.actor())
                    + (reason == null ? "" : " " + getTranslation("officer.case.event.reason", reason))));
        }
        history.add(events);
        add(history);

        if (c.canBeCorrected()) {
            add(correction(c, saved));
        }
    }

    /** The reason an officer gave for a correction: the part of the stored detail after "Reason: ". */
    private static String reasonOf(OfficerCase.CaseEvent e) {
        if (!"CORRECTED".equals(e.type()) || e.detail() == null) {
            return null;
        }
        int at = e.detail().indexOf("Reason: ");
        return at < 0 ? null : e.detail().substring(at + "Reason: ".length());
    }

    private LabelledSection facts(String id, String heading, String[][] rows) {
        LabelledSection section = new LabelledSection(id, heading);
        Element dl = new Element("dl");
        dl.getClassList().add("facts");
        for (String[] row : rows) {
            if (row[1] == null || row[1].isBlank()) {
                continue;
            }
            Element dt = new Element("dt");
            dt.setText(row[0]);
            Element dd = new Element("dd");
            dd.setText(row[1]);
            dl.appendChild(dt, dd);
        }
        section.getElement().appendChild(dl);
        return section;
    }

    private LabelledSection correction(OfficerCase c, String saved) {
        Locale locale = getLocale();
        RecordBinder<EntitlementCorrection> binder = new RecordBinder<>(EntitlementCorrection.class);
        FormProblems problems = new FormProblems();

        BigDecimalField scope = new BigDecimalField(getTranslation(
                "officer.case.correct.scope",
                getTranslation("officer.form.unit." + c.scopeUnit().name())));
        scope.setValue(c.scope());
        DatePicker deadline = new DatePicker(getTranslation("officer.case.deadline"));
        ComponentTexts.datePicker(deadline, this);
        deadline.setValue(c.deadline());
        deadline.setEnabled(c.deadlineCanChange());
        deadline.setHelperText(getTranslation(
                c.deadlineCanChange() ? "officer.case.correct.deadline.help" : "officer.case.correct.deadline.chosen"));
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>(getTranslation("officer.form.languages"));
        languages.setItems(CatalogueService.STAFF_LANGUAGES);
        languages.setItemLabelGenerator(l -> CatalogueService.languageName(l, locale));
        languages.setValue(c.wishedLanguages());
        // The specialisations this service's providers offer, and whatever was wished before (so it can be unticked).
        List<Option> offered = catalogue.specialisationsOffered(List.of(c.serviceTypeCode()), locale);
        Map<String, String> names =
                catalogue.specialisations(locale).stream().collect(Collectors.toMap(Option::code, Option::name));
        Set<String> codes = new LinkedHashSet<>();
        offered.forEach(o -> codes.add(o.code()));
        codes.addAll(c.wishedSpecialisations());
        CheckboxGroup<String> specialisations = new CheckboxGroup<>(getTranslation("officer.form.specialisations"));
        specialisations.setItems(codes);
        specialisations.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        specialisations.setValue(c.wishedSpecialisations());
        TextArea wishText = new TextArea(getTranslation("officer.form.wishText"));
        wishText.setMaxLength(1000);
        wishText.setValue(c.wishText() == null ? "" : c.wishText());
        TextArea reason = new TextArea(getTranslation("officer.case.correct.reason"));
        reason.setHelperText(getTranslation("officer.case.correct.reason.help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        ReadOnlyHasValue<Long> version = new ReadOnlyHasValue<>(v -> {});
        version.setValue(c.version());
        scope.setManualValidation(true);
        deadline.setManualValidation(true);
        wishText.setManualValidation(true);
        reason.setManualValidation(true);
        languages.setManualValidation(true);
        specialisations.setManualValidation(true);
        binder.bindField(scope, "scope")
                .bindField(deadline, "deadline")
                .bindField(languages, "wishedLanguages")
                .bindField(specialisations, "wishedSpecialisations")
                .bindField(wishText, "wishText")
                .bindField(reason, "reason")
                .bindField(version, "version", null);

        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("tabindex", "-1");
        result.addClassName("save-result");
        Button save = new Button(getTranslation("officer.case.correct.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            binder.clearProblems();
            problems.clear();
            try {
                OfficerCase corrected = officer.correct(c.entitlementId(), binder.record(), getLocale());
                show(corrected, getTranslation("officer.case.correct.saved"));
            } catch (ConcurrentEditException changed) {
                problems.show(
                        getTranslation("officer.case.correct.changedMeanwhile"),
                        new RouterLink(
                                getTranslation("officer.case.correct.reload"),
                                OfficerCaseView.class,
                                new com.vaadin.flow.router.RouteParameters(ID, String.valueOf(c.entitlementId()))));
                problems.getElement().setAttribute("tabindex", "-1");
                problems.getElement().callJsFunction("focus");
            } catch (InvalidInputException rejected) {
                RecordBinder.ProblemsShown shown = binder.showProblems(rejected.problems(), this::getTranslation);
                problems.summarize(getTranslation("officer.case.correct.invalid"), shown.elsewhere());
                problems.linkTo(shown.atFields());
                if (shown.first() instanceof Focusable<?> focusable) {
                    focusable.focus();
                } else {
                    problems.getElement().setAttribute("tabindex", "-1");
                    problems.getElement().callJsFunction("focus");
                }
            }
        });
        LabelledSection section = new LabelledSection(
                "case-correct",
                getTranslation("officer.case.correct"),
                new Paragraph(getTranslation("officer.case.correct.help")),
                problems,
                scope,
                deadline,
                languages,
                specialisations,
                wishText,
                reason,
                save,
                result);
        section.addClassName("form-column");
        if (saved != null) {
            result.setText(saved);
            result.getElement().callJsFunction("focus");
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.title.suffix");
    }
}
