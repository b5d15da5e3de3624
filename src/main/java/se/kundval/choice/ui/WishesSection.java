package se.kundval.choice.ui;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import se.kundval.catalogue.CatalogueService;
import se.kundval.choice.ConversationForm;
import se.kundval.shared.Option;
import se.kundval.shared.ui.LabelledSection;
import se.kundval.shared.ui.RecordBinder;

/** The resident's wishes: they rank the catalogue for the resident later, they never filter it. */
class WishesSection extends Composite<LabelledSection> {

    private final LabelledSection section;
    private final CheckboxGroup<String> specialisations = new CheckboxGroup<>();
    private final Paragraph noSpecialisations = new Paragraph();
    private final Function<Collection<String>, List<Option>> specialisationsFor;
    private List<Option> specialisationOptions = List.of();
    private Set<String> shownFor;

    /**
     * @param specialisationsFor the specialisations providers of these service types offer: only
     *     those are worth wishing for, so the choice follows the services ticked above
     */
    WishesSection(
            Function<Collection<String>, List<Option>> specialisationsFor, RecordBinder<ConversationForm> binder) {
        this.specialisationsFor = specialisationsFor;
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
        languages.setLabel(getTranslation("officer.form.languages"));
        languages.setItems(CatalogueService.STAFF_LANGUAGES);
        languages.setItemLabelGenerator(l -> CatalogueService.languageName(l, getLocale()));
        specialisations.setLabel(getTranslation("officer.form.specialisations"));
        specialisations.setHelperText(getTranslation("officer.form.specialisations.helper"));
        specialisations.setItemLabelGenerator(code -> specialisationOptions.stream()
                .filter(s -> s.code().equals(code))
                .map(Option::name)
                .findFirst()
                .orElse(code));
        TextArea wishText = new TextArea();
        wishText.setLabel(getTranslation("officer.form.wishText"));
        wishText.setMaxLength(1000);
        languages.setManualValidation(true);
        specialisations.setManualValidation(true);
        wishText.setManualValidation(true);
        binder.bindField(languages, "wishedLanguages")
                .bindField(specialisations, "wishedSpecialisations")
                .bindField(wishText, "wishText");
        section = new LabelledSection(
                "wishes",
                getTranslation("officer.form.wishes"),
                new Paragraph(getTranslation("officer.form.wishes.help")),
                languages,
                noSpecialisations,
                specialisations,
                wishText);
        showSpecialisationsFor(List.of());
    }

    /** Offers the specialisations of the service types ticked now; a wish no longer offered is unticked. */
    void showSpecialisationsFor(Collection<String> serviceTypeCodes) {
        // Typing a scope changes the grants too: redrawing the same boxes then would lose a tick in flight.
        if (Set.copyOf(serviceTypeCodes).equals(shownFor)) {
            return;
        }
        shownFor = Set.copyOf(serviceTypeCodes);
        Set<String> kept = new HashSet<>(specialisations.getValue());
        specialisationOptions = specialisationsFor.apply(serviceTypeCodes);
        List<String> codes = specialisationOptions.stream().map(Option::code).toList();
        specialisations.setItems(codes);
        kept.retainAll(codes);
        specialisations.setValue(kept);
        specialisations.setVisible(!codes.isEmpty());
        noSpecialisations.setText(getTranslation(
                serviceTypeCodes.isEmpty()
                        ? "officer.form.specialisations.pickService"
                        : "officer.form.specialisations.none"));
        noSpecialisations.setVisible(codes.isEmpty());
    }

    @Override
    protected LabelledSection initContent() {
        return section;
    }
}
