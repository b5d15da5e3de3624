package se.kundval.catalogue.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.html.Div;

import se.kundval.catalogue.OfferingText;
import se.kundval.shared.ui.RecordBinder;

/**
 * The listing's texts by language (Swedish required, English optional) as one field, so the
 * listing's Binder binds {@code texts} like any other component of the draft.
 */
class ListingTexts extends AbstractCompositeField<Div, ListingTexts, Map<String, OfferingText>> {

    private static final OfferingText EMPTY = new OfferingText("", null, null, null, null);
    private final LanguageTexts sv;
    private final LanguageTexts en;
    private final Div content;

    /** @param problems the listing's binder, which shows the service's messages at the text fields too */
    ListingTexts(RecordBinder<?> problems) {
        super(Map.of());
        sv = new LanguageTexts("sv", getTranslation("listing.texts.sv"), true, problems);
        en = new LanguageTexts("en", getTranslation("listing.texts.en"), false, problems);
        content = new Div(sv, en);
        sv.binder.addValueChangeListener(e -> setModelValue(texts(), e.isFromClient()));
        en.binder.addValueChangeListener(e -> setModelValue(texts(), e.isFromClient()));
    }

    @Override
    protected Div initContent() {
        return content;
    }

    /** Swedish always; English only when it has any of the main texts. */
    private Map<String, OfferingText> texts() {
        Map<String, OfferingText> texts = new HashMap<>();
        texts.put("sv", sv.binder.record());
        OfferingText english = en.binder.record();
        if (!english.summary().isBlank()
                || !english.description().isBlank()
                || !english.includes().isBlank()) {
            texts.put("en", english);
        }
        return texts;
    }

    /** The Swedish texts as typed, for the preview. */
    OfferingText swedish() {
        return sv.binder.record();
    }

    @Override
    protected void setPresentationValue(Map<String, OfferingText> texts) {
        sv.binder.readRecord(texts.getOrDefault("sv", EMPTY));
        en.binder.readRecord(texts.getOrDefault("en", EMPTY));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        sv.binder.setReadOnly(readOnly);
        en.binder.setReadOnly(readOnly);
    }
}
