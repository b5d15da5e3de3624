package se.kundval.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.markdown.Markdown;

import se.kundval.catalogue.OfferingText;

/** The page as residents will see it, before saving: the same sanitised Markdown rendering. */
class ListingPreview extends Dialog {

    ListingPreview(String providerName, OfferingText swedish) {
        setHeaderTitle(getTranslation("listing.preview.heading"));
        Div page = new Div();
        page.addClassName("offering-view");
        page.add(new H2(providerName), new Paragraph(swedish.summary()));
        addMarkdown(page, "offering.description", swedish.description());
        addMarkdown(page, "offering.includes", swedish.includes());
        addMarkdown(page, "offering.competence", swedish.staffCompetence());
        add(page);
        getFooter().add(new Button(getTranslation("listing.preview.close"), e -> close()));
        setWidth("min(48rem, 95vw)");
    }

    private void addMarkdown(Div parent, String headingKey, String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        parent.add(new H3(getTranslation(headingKey)), new Markdown(markdown));
    }
}
