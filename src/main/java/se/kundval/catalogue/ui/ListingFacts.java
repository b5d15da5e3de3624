package se.kundval.catalogue.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ListingForm;
import se.kundval.shared.Option;
import se.kundval.shared.ui.LabelledSection;
import se.kundval.shared.ui.RecordBinder;

/** "Fakta": staff languages, specialisations, areas, contact, places and "tar emot nya kunder". */
class ListingFacts extends Composite<LabelledSection> {

    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final CheckboxGroup<String> specialisations = new CheckboxGroup<>();
    private final CheckboxGroup<String> areas = new CheckboxGroup<>();
    private final LabelledSection section;

    ListingFacts(RecordBinder<ListingForm.ListingDraft> binder) {
        languages.setLabel(getTranslation("listing.languages"));
        specialisations.setLabel(getTranslation("listing.specialisations"));
        areas.setLabel(getTranslation("listing.areas"));
        TextField address = new TextField(getTranslation("listing.address"));
        TextField phone = new TextField(getTranslation("listing.phone"));
        TextField email = new TextField(getTranslation("listing.email"));
        IntegerField capacity = new IntegerField(getTranslation("listing.capacity"));
        capacity.setMin(0);
        capacity.setMax(10_000);
        Checkbox takesNew = new Checkbox(getTranslation("listing.takesNew"));
        languages.setManualValidation(true);
        specialisations.setManualValidation(true);
        areas.setManualValidation(true);
        List.of(address, phone, email).forEach(f -> f.setManualValidation(true));
        capacity.setManualValidation(true);
        binder.bindField(languages, "languages")
                .bindField(specialisations, "specialisations")
                .bindField(areas, "areas")
                .bindField(address, "address")
                .bindField(phone, "phone")
                .bindField(email, "email")
                // An empty number goes to the service as -1, which it refuses with a message.
                .bindField(capacity, "capacity", "capacity", v -> v == null ? -1 : v, v -> v)
                .bindField(takesNew, "takesNewCustomers", null);
        section = new LabelledSection(
                "facts",
                getTranslation("listing.facts.heading"),
                languages,
                specialisations,
                areas,
                address,
                phone,
                email,
                capacity,
                takesNew);
    }

    @Override
    protected LabelledSection initContent() {
        return section;
    }

    /** The choices; set before the draft is read into the fields. */
    void show(ListingForm form) {
        languages.setItems(CatalogueService.STAFF_LANGUAGES);
        languages.setItemLabelGenerator(l -> CatalogueService.languageName(l, getLocale()));
        options(specialisations, form.specialisationOptions());
        options(areas, form.areaOptions());
    }

    private static void options(CheckboxGroup<String> group, List<Option> options) {
        group.setItems(options.stream().map(Option::code).toList());
        group.setItemLabelGenerator(c -> options.stream()
                .filter(o -> o.code().equals(c))
                .map(Option::name)
                .findFirst()
                .orElse(c));
    }
}
