package se.kundval.choice.ui;

import java.util.List;

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

    WishesSection(List<Option> specialisationOptions, RecordBinder<ConversationForm> binder) {
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
        languages.setLabel(getTranslation("officer.form.languages"));
        languages.setItems(CatalogueService.STAFF_LANGUAGES);
        languages.setItemLabelGenerator(l -> CatalogueService.languageName(l, getLocale()));
        CheckboxGroup<String> specialisations = new CheckboxGroup<>();
        specialisations.setLabel(getTranslation("officer.form.specialisations"));
        specialisations.setItems(
                specialisationOptions.stream().map(Option::code).toList());
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
                specialisations,
                wishText);
    }

    @Override
    protected LabelledSection initContent() {
        return section;
    }
}
