package se.kundval.choice.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import se.kundval.catalogue.CatalogueService;
import se.kundval.choice.ContactPreference;
import se.kundval.choice.ConversationForm;
import se.kundval.choice.OfficerService;
import se.kundval.choice.ResidentDetails;
import se.kundval.choice.ServiceTypeTerms;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.Option;
import se.kundval.shared.ui.LabelledSection;

/**
 * "Registrera vägledande samtal": the officer finds or creates the resident and records what they
 * may choose for. The service validates everything again; its messages appear next to the fields.
 */
@Menu(title = "layout.nav.register", order = 61)
@Route("handlaggare/samtal")
@RolesAllowed(Role.HANDLAGGARE)
class RegisterConversationView extends Div implements HasDynamicTitle {

    private final OfficerService officer;
    private final Locale locale;
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final TextField personnummer = new TextField();
    private final Paragraph lookupResult = new Paragraph();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final RadioButtonGroup<String> area = new RadioButtonGroup<>();
    private final RadioButtonGroup<ContactPreference> contact = new RadioButtonGroup<>();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final DatePicker heldOn = new DatePicker();
    private final Map<ServiceTypeTerms, GrantFields> grants = new LinkedHashMap<>();
    private final Paragraph grantsError = new Paragraph();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final CheckboxGroup<String> specialisations = new CheckboxGroup<>();
    private final TextArea wishText = new TextArea();
    private final Div formError = new Div();

    private record GrantFields(Checkbox selected, BigDecimalField scope, DatePicker deadline) {}

    RegisterConversationView(OfficerService officer, CatalogueService catalogue) {
        this.officer = officer;
        this.locale = getLocale();
        addClassName("register-conversation-view");
        add(new H1(getTranslation("officer.form.heading")), new Paragraph(getTranslation("officer.form.intro")));
        formError.addClassName("alert");
        formError.getElement().setAttribute("role", "alert");
        add(formError);

        personnummer.setLabel(getTranslation("officer.form.personnummer"));
        personnummer.setHelperText(getTranslation("officer.form.personnummer.helper"));
        personnummer.setRequiredIndicatorVisible(true);
        personnummer.setMaxLength(13);
        personnummer.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        personnummer.addBlurListener(e -> checkPersonnummer());
        Button lookup = new Button(getTranslation("officer.form.lookup"), e -> lookUp());
        lookup.addClassName("lookup-button");
        lookupResult.getElement().setAttribute("role", "status");
        Div personRow = new Div(personnummer, lookup);
        personRow.addClassName("field-row");
        firstName.setLabel(getTranslation("officer.form.firstName"));
        lastName.setLabel(getTranslation("officer.form.lastName"));
        for (TextField f : List.of(firstName, lastName)) {
            f.setRequiredIndicatorVisible(true);
            f.setMaxLength(100);
        }
        area.setLabel(getTranslation("officer.form.area"));
        area.setRequiredIndicatorVisible(true);
        List<Option> areas = catalogue.areas();
        area.setItems(areas.stream().map(Option::code).toList());
        area.setItemLabelGenerator(code -> areas.stream()
                .filter(a -> a.code().equals(code))
                .map(Option::name)
                .findFirst()
                .orElse(code));
        contact.setLabel(getTranslation("officer.form.contact"));
        contact.setRequiredIndicatorVisible(true);
        contact.setItems(ContactPreference.values());
        contact.setItemLabelGenerator(c -> getTranslation("officer.form.contact." + c.name()));
        contact.setValue(ContactPreference.LETTER);
        email.setLabel(getTranslation("officer.form.email"));
        email.setMaxLength(200);
        phone.setLabel(getTranslation("officer.form.phone"));
        phone.setMaxLength(20);
        add(new LabelledSection(
                "person",
                getTranslation("officer.form.person"),
                personRow,
                lookupResult,
                firstName,
                lastName,
                area,
                contact,
                email,
                phone));

        heldOn.setLabel(getTranslation("officer.form.heldOn"));
        heldOn.setRequiredIndicatorVisible(true);
        heldOn.setLocale(locale);
        heldOn.setValue(LocalDate.now());
        heldOn.setMax(LocalDate.now());
        add(new LabelledSection("conversation", getTranslation("officer.form.conversation"), heldOn));

        LabelledSection grantSection = new LabelledSection(
                "grants",
                getTranslation("officer.form.grants"),
                new Paragraph(getTranslation("officer.form.grants.help")));
        grantsError.addClassName("field-error");
        grantsError.setId("grants-error");
        grantSection.add(grantsError);
        for (ServiceTypeTerms terms : officer.serviceTypeTerms(locale)) {
            Checkbox selected = new Checkbox(terms.name());
            BigDecimalField scope = new BigDecimalField(terms.name() + ": "
                    + getTranslation(
                            "officer.form.scope",
                            getTranslation(
                                    "officer.form.unit." + terms.scopeUnit().name())));
            DatePicker deadline = new DatePicker(terms.name() + ": " + getTranslation("officer.form.deadline"));
            deadline.setHelperText(getTranslation("officer.form.deadline.helper", terms.choiceDeadlineDays()));
            deadline.setLocale(locale);
            scope.setEnabled(false);
            deadline.setEnabled(false);
            selected.addValueChangeListener(e -> {
                scope.setEnabled(e.getValue());
                deadline.setEnabled(e.getValue());
                if (e.getValue() && deadline.isEmpty() && heldOn.getValue() != null) {
                    deadline.setValue(heldOn.getValue().plusDays(terms.choiceDeadlineDays()));
                }
            });
            Div group = new Div(selected, scope, deadline);
            group.addClassName("grant");
            grantSection.add(group);
            grants.put(terms, new GrantFields(selected, scope, deadline));
            fields.put("scope." + terms.code(), scope);
            fields.put("deadline." + terms.code(), deadline);
        }
        add(grantSection);

        languages.setLabel(getTranslation("officer.form.languages"));
        languages.setItems(CatalogueService.STAFF_LANGUAGES);
        languages.setItemLabelGenerator(l -> CatalogueService.languageName(l, locale));
        specialisations.setLabel(getTranslation("officer.form.specialisations"));
        List<Option> specs = catalogue.specialisations(locale);
        specialisations.setItems(specs.stream().map(Option::code).toList());
        specialisations.setItemLabelGenerator(code -> specs.stream()
                .filter(s -> s.code().equals(code))
                .map(Option::name)
                .findFirst()
                .orElse(code));
        wishText.setLabel(getTranslation("officer.form.wishText"));
        wishText.setMaxLength(1000);
        add(new LabelledSection(
                "wishes",
                getTranslation("officer.form.wishes"),
                new Paragraph(getTranslation("officer.form.wishes.help")),
                languages,
                specialisations,
                wishText));

        Button save = new Button(getTranslation("officer.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-button");
        add(save);

        fields.put("personnummer", personnummer);
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("area", area);
        fields.put("contactPreference", contact);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("heldOn", heldOn);
        fields.put("wishedLanguages", languages);
        fields.put("wishedSpecialisations", specialisations);
        fields.put("wishText", wishText);
        // The service decides what is valid; the fields only show its verdict.
        fields.values().forEach(f -> ((HasValidation) f).setManualValidation(true));
    }

    private void checkPersonnummer() {
        String value = personnummer.getValue();
        Optional<Personnummer.Problem> problem = value.isBlank() ? Optional.empty() : Personnummer.problemWith(value);
        showError(
                personnummer,
                problem.map(p -> getTranslation("officer.form.personnummer." + p.name()))
                        .orElse(null));
    }

    private void lookUp() {
        checkPersonnummer();
        if (personnummer.isInvalid() || personnummer.getValue().isBlank()) {
            if (personnummer.getValue().isBlank()) {
                showError(personnummer, getTranslation("officer.form.personnummer.FORMAT"));
            }
            personnummer.focus();
            return;
        }
        Optional<ResidentDetails> found = officer.findResident(personnummer.getValue());
        found.ifPresent(r -> {
            firstName.setValue(r.firstName());
            lastName.setValue(r.lastName());
            area.setValue(r.areaCode());
            contact.setValue(r.contactPreference());
            email.setValue(r.email() == null ? "" : r.email());
            phone.setValue(r.phone() == null ? "" : r.phone());
        });
        lookupResult.setText(
                getTranslation(found.isPresent() ? "officer.form.lookup.found" : "officer.form.lookup.new"));
    }

    private void save() {
        fields.values().forEach(f -> showError(f, null));
        grantsError.setText("");
        formError.setText("");
        List<ConversationForm.Grant> chosen = new ArrayList<>();
        grants.forEach((terms, g) -> {
            if (g.selected().getValue()) {
                chosen.add(new ConversationForm.Grant(
                        terms.code(), g.scope().getValue(), g.deadline().getValue()));
            }
        });
        ConversationForm form = new ConversationForm(
                personnummer.getValue(),
                firstName.getValue(),
                lastName.getValue(),
                area.getValue(),
                contact.getValue(),
                email.getValue(),
                phone.getValue(),
                heldOn.getValue(),
                chosen,
                languages.getValue(),
                specialisations.getValue(),
                wishText.getValue());
        try {
            int created = officer.registerConversation(form);
            Notification.show(getTranslation("officer.form.saved", created), 8000, Notification.Position.TOP_CENTER);
            getUI().ifPresent(ui -> ui.navigate(OfficerEntitlementsView.class));
        } catch (InvalidInputException rejected) {
            formError.setText(getTranslation("officer.form.invalid"));
            Component first = null;
            for (Map.Entry<String, String> problem : rejected.problems().entrySet()) {
                Component field = fields.get(problem.getKey());
                if (field == null) {
                    grantsError.setText(getTranslation(problem.getValue()));
                    continue;
                }
                showError(field, getTranslation(problem.getValue()));
                if (first == null) {
                    first = field;
                }
            }
            if (first instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }

    private static void showError(Component field, String message) {
        HasValidation v = (HasValidation) field;
        v.setErrorMessage(message);
        v.setInvalid(message != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("officer.form.title") + " – " + getTranslation("app.title.suffix");
    }
}
