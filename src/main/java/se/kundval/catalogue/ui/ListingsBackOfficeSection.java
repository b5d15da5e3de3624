package se.kundval.catalogue.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

import se.kundval.catalogue.ListingLine;
import se.kundval.catalogue.ListingService;
import se.kundval.shared.ui.BackOfficeSection;
import se.kundval.shared.ui.LabelledSection;

/** The back office's catalogue pages: each listing with its status and "last confirmed" date. */
@org.springframework.stereotype.Component
class ListingsBackOfficeSection implements BackOfficeSection {

    private final ListingService listings;

    ListingsBackOfficeSection(ListingService listings) {
        this.listings = listings;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(Locale locale) {
        return new ListingsSection(listings.myListings(locale), locale);
    }

    private static final class ListingsSection extends Composite<LabelledSection> {

        ListingsSection(List<ListingLine> myListings, Locale locale) {
            DateTimeFormatter dates =
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            if (myListings.isEmpty()) {
                getContent().add(new Paragraph(getTranslation("backoffice.listings.none")));
            }
            UnorderedList listingList = new UnorderedList();
            for (ListingLine line : myListings) {
                String name = line.serviceTypeName() + (line.unitName() == null ? "" : " – " + line.unitName());
                RouterLink edit = CatalogueNavigation.listingEditorLink(line.code());
                edit.setText(getTranslation("backoffice.listing.edit", name));
                ListItem item = new ListItem(edit);
                item.add(new Paragraph(getTranslation("backoffice.accreditation.status."
                                + line.status().name()) + ". "
                        + (line.lastConfirmed() == null
                                ? getTranslation("backoffice.listing.neverConfirmed")
                                : getTranslation(
                                        "backoffice.listing.confirmed",
                                        line.lastConfirmed().format(dates)))));
                if (line.stale()) {
                    Paragraph stale = new Paragraph(getTranslation("backoffice.listing.stale"));
                    stale.addClassName("attention");
                    item.add(stale);
                }
                listingList.add(item);
            }
            getContent().add(listingList);
        }

        @Override
        protected LabelledSection initContent() {
            return new LabelledSection("listings", getTranslation("backoffice.listings"));
        }
    }
}
