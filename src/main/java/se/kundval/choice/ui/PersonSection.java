package se.kundval.choice.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;

import se.kundval.choice.ContactPreference;
import se.kundval.choice.ConversationForm;
import se.kundval.choice.EntitlementStatus;
import se.kundval.choice.ExistingEntitlement;
import se.kundval.choice.OfficerService;
import se.kundval.choice.ResidentDetails;
import se.kundval.identity.Personnummer;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.Option;
import se.kundval.shared.ui.LabelledSection;
import se.kundval.shared.ui.RecordBinder;

/**
 * "Personen": the resident's personnummer (checked as soon as the officer leaves the field; "Hämta
 * uppgifter" fills in a known resident), name, area and how they want to be contacted.
 */
class PersonSection extends Composite<LabelledSection> {

    private final OfficerService officer;
    private final TextField personnummer = new TextField();
    private final Select<String> lookUpReason = new Select<>();
    private final Paragraph lookupResult = new Paragraph();
    /** What the person already has, so the same help is not registered twice unseen. */
    private final Div existing = new Div();

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final RadioButtonGroup<String> area = new RadioButtonGroup<>();
    private final RadioButtonGroup<ContactPreference> contact = new RadioButtonGroup<>();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final LabelledSection section;
    /**
     * The version of the details the look-up showed (null: no one found, or the personnummer was
     * changed since), handed to the service so saving never silently overwrites details someone
     * else changed meanwhile.
     */
    private final ReadOnlyHasValue<Long> residentVersion = new ReadOnlyHasValue<>(version -> {});

    PersonSection(OfficerService officer, List<Option> areas, RecordBinder<ConversationForm> binder) {
        this.officer = officer;
        personnummer.setLabel(getTranslation("officer.form.personnummer"));
        personnummer.setHelperText(getTranslation("officer.form.personnummer.helper"));
        personnummer.setRequiredIndicatorVisible(true);
        personnummer.setMaxLength(13);
        personnummer.setAutocomplete(Autocomplete.OFF);
        personnummer.addBlurListener(e -> checkPersonnummer());
        // A look-up is a read of a resident's data: like the service points', it carries a reason.
        lookUpReason.setLabel(getTranslation("officer.form.lookup.reason"));
        lookUpReason.setItems(OfficerService.LOOK_UP_REASONS);
        lookUpReason.setItemLabelGenerator(r -> getTranslation("audit.reason." + r));
        Button lookup = new Button(getTranslation("officer.form.lookup"), e -> lookUp());
        lookup.addClassName("lookup-button");
        lookupResult.getElement().setAttribute("role", "status");
        Div personRow = new Div(personnummer, lookUpReason, lookup);
        personRow.addClassName("field-row");
        firstName.setLabel(getTranslation("officer.form.firstName"));
        lastName.setLabel(getTranslation("officer.form.lastName"));
        for (TextField f : List.of(firstName, lastName)) {
            f.setRequiredIndicatorVisible(true);
            f.setMaxLength(100);
        }
        area.setLabel(getTranslation("officer.form.area"));
        area.setRequiredIndicatorVisible(true);
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
        binder.bindField(personnummer, "personnummer")
                .bindField(firstName, "firstName")
                .bindField(lastName, "lastName")
                .bindField(area, "areaCode", "area")
                .bindField(contact, "contactPreference")
                .bindField(email, "email")
                .bindField(phone, "phone")
                .bindField(residentVersion, "residentVersion", null);
        // Details looked up for one person never stand for another's.
        personnummer.addValueChangeListener(e -> residentVersion.setValue(null));
        // The service decides what is valid; the fields only show its verdict.
        List.of(personnummer, firstName, lastName, email, phone).forEach(f -> f.setManualValidation(true));
        area.setManualValidation(true);
        contact.setManualValidation(true);
        section = new LabelledSection(
                "person",
                getTranslation("officer.form.person"),
                personRow,
                lookupResult,
                existing,
                firstName,
                lastName,
                area,
                contact,
                email,
                phone);
    }

    @Override
    protected LabelledSection initContent() {
        return section;
    }

    /** The format and check digit, at once: the service checks them again on saving. */
    private void checkPersonnummer() {
        String value = personnummer.getValue();
        Optional<Personnummer.Problem> problem = value.isBlank() ? Optional.empty() : Personnummer.problemWith(value);
        RegisterConversationView.showError(
                personnummer,
                problem.map(p -> getTranslation("officer.form.personnummer." + p.name()))
                        .orElse(null));
    }

    private void lookUp() {
        checkPersonnummer();
        if (personnummer.isInvalid() || personnummer.getValue().isBlank()) {
            if (personnummer.getValue().isBlank()) {
                RegisterConversationView.showError(personnummer, getTranslation("officer.form.personnummer.FORMAT"));
            }
            personnummer.focus();
            return;
        }
        Optional<ResidentDetails> found;
        try {
            found = officer.findResident(personnummer.getValue(), lookUpReason.getValue());
        } catch (InvalidInputException invalid) {
            String reasonProblem = invalid.problems().get("lookUpReason");
            if (reasonProblem != null) {
                RegisterConversationView.showError(lookUpReason, getTranslation(reasonProblem));
                lookUpReason.focus();
            }
            lookupResult.setText("");
            return;
        }
        RegisterConversationView.showError(lookUpReason, null);
        residentVersion.setValue(found.map(ResidentDetails::version).orElse(null));
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
        showExisting(found.map(ResidentDetails::entitlements).orElse(List.of()));
    }

    private void showExisting(List<ExistingEntitlement> entitlements) {
        existing.removeAll();
        existing.addClassName("existing-entitlements");
        if (entitlements.isEmpty()) {
            return;
        }
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        H3 heading = new H3(getTranslation("officer.form.existing.heading"));
        heading.setId("existing-heading");
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-labelledby", "existing-heading");
        for (ExistingEntitlement e : entitlements) {
            String scope = getTranslation("mychoices.scope." + e.scopeUnit().name(), e.scope());
            String status = getTranslation("staff.status." + e.status().name());
            String line = e.currentProvider() != null
                    ? getTranslation(
                            "officer.form.existing.withProvider",
                            e.serviceTypeName(),
                            scope,
                            status,
                            e.currentProvider())
                    : e.status() == EntitlementStatus.WAITING_FOR_CHOICE
                            ? getTranslation(
                                    "officer.form.existing.waiting",
                                    e.serviceTypeName(),
                                    scope,
                                    status,
                                    e.deadline().format(dates))
                            : getTranslation("officer.form.existing.line", e.serviceTypeName(), scope, status);
            list.add(new ListItem(line));
        }
        existing.add(heading, list, new Paragraph(getTranslation("officer.form.existing.help")));
    }
}
