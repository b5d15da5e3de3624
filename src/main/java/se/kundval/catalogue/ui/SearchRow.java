package se.kundval.catalogue.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import se.kundval.catalogue.OfferingQuery;

/** Free-text search: on leaving the field, on Enter, or with the button. */
class SearchRow extends Composite<Div> {

    private final TextField field;

    SearchRow(String text, Consumer<String> search) {
        field = new TextField(getTranslation("list.search.label"));
        field.setHelperText(getTranslation("list.search.helper"));
        field.setClearButtonVisible(true);
        field.setMaxLength(OfferingQuery.MAX_TEXT);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.setValue(text);
        field.addClassName("search-field");
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                search.accept(e.getValue());
            }
        });
        Button button = new Button(getTranslation("list.search.label").split(" ")[0]);
        button.addClickListener(e -> search.accept(field.getValue()));
        button.addClassName("search-button");
        getContent().add(field, button);
        getContent().addClassName("search-row");
    }

    /** Shows the text searched for (e.g. after "Sök utan …" left a word out). */
    void show(String text) {
        if (!field.getValue().equals(text)) {
            field.setValue(text);
        }
    }
}
