package se.kundval.catalogue.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the comparison selection changes, so the header's count follows. */
class CompareChangedEvent extends ComponentEvent<UI> {

    public CompareChangedEvent(UI ui) {
        super(ui, false);
    }
}
