package se.kundval.catalogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;

/**
 * Under the listing: "Förhandsgranska", and while it may be published "Spara och publicera" and
 * "Uppgifterna stämmer"; then the link to the public page.
 */
class ListingActions extends Composite<Div> {

    ListingActions(String code, boolean publish, Runnable preview, Runnable save, Runnable confirm) {
        Div actions = getContent();
        actions.addClassName("actions");
        Button previewButton = new Button(getTranslation("listing.preview"), e -> preview.run());
        previewButton.addClassName("preview-button");
        actions.add(previewButton);
        if (publish) {
            Button saveButton = new Button(getTranslation("listing.save"), e -> save.run());
            saveButton.addThemeVariants(ButtonVariant.PRIMARY);
            saveButton.addClassName("save-button");
            Button confirmButton = new Button(getTranslation("listing.confirm"), e -> confirm.run());
            confirmButton.addClassName("confirm-button");
            actions.add(saveButton, confirmButton);
        }
        actions.add(new RouterLink(getTranslation("listing.public"), OfferingView.class, code));
    }
}
