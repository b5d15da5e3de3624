package se.kundval.catalogue.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import se.kundval.catalogue.ListingForm;
import se.kundval.shared.ui.LabelledSection;

/** "Ändringshistorik": who changed which fields of the listing, and when. */
class ListingHistory extends Composite<LabelledSection> {

    private final LabelledSection section;

    ListingHistory(ListingForm form) {
        section = new LabelledSection("history", getTranslation("listing.history"));
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Stockholm"));
        UnorderedList list = new UnorderedList();
        form.history()
                .forEach(c -> list.add(new ListItem(
                        getTranslation("listing.history.entry", times.format(c.at()), c.actor(), c.fields()))));
        section.add(list);
    }

    @Override
    protected LabelledSection initContent() {
        return section;
    }
}
