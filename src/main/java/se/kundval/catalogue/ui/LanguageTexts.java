package se.kundval.catalogue.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import se.kundval.catalogue.ListingService;
import se.kundval.catalogue.OfferingText;
import se.kundval.shared.ui.LabelledSection;
import se.kundval.shared.ui.RecordBinder;

/** A listing's texts in one language, bound to an {@link OfferingText}. */
class LanguageTexts extends Composite<LabelledSection> {

    final RecordBinder<OfferingText> binder = new RecordBinder<>(OfferingText.class);
    private final LabelledSection section;

    /**
     * @param language "sv" or "en": the section's id and the suffix of the service's problem keys
     *     ("summary.sv")
     * @param problems the binder that shows the service's messages about the listing
     */
    LanguageTexts(String language, String heading, boolean required, RecordBinder<?> problems) {
        TextArea summary = new TextArea(getTranslation("listing.summary"));
        TextArea description = new TextArea(getTranslation("listing.description"));
        TextArea includes = new TextArea(getTranslation("listing.includes"));
        TextArea competence = new TextArea(getTranslation("listing.staffCompetence"));
        TextField hours = new TextField(getTranslation("listing.openingHours"));
        summary.setRequiredIndicatorVisible(required);
        description.setRequiredIndicatorVisible(required);
        summary.setMaxLength(ListingService.MAX_SUMMARY);
        summary.setValueChangeMode(ValueChangeMode.EAGER);
        summary.addValueChangeListener(
                e -> summary.setHelperText(e.getValue().length() + " / " + ListingService.MAX_SUMMARY));
        for (TextArea markdown : List.of(description, includes)) {
            markdown.setHelperText(getTranslation("listing.description.helper"));
            markdown.setMaxLength(5000);
        }
        List.of(summary, description, includes, competence).forEach(f -> f.setManualValidation(true));
        hours.setManualValidation(true);
        binder.bindField(summary, "summary", null)
                .bindField(description, "description", null)
                .bindField(includes, "includes", null)
                .bindField(competence, "staffCompetence", null)
                .bindField(hours, "openingHours", null);
        problems.showsProblem("summary." + language, summary);
        problems.showsProblem("description." + language, description);
        problems.showsProblem("includes." + language, includes);
        problems.showsProblem("staffCompetence." + language, competence);
        problems.showsProblem("openingHours." + language, hours);
        section = new LabelledSection("texts-" + language, heading, summary, description, includes, competence, hours);
    }

    @Override
    protected LabelledSection initContent() {
        return section;
    }
}
