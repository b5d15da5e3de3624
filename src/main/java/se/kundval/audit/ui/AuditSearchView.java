package se.kundval.audit.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.kundval.audit.AccessLogLine;
import se.kundval.audit.AuditService;
import se.kundval.audit.LookUpReason;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.shared.Csv;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.ComponentTexts;

/**
 * Logguppföljning for the commissioning officers: search the audit trail by staff member, resident
 * (exact personnummer only), period and reason; export as CSV. The search itself is audited.
 */
@Route("huvudman/logg")
@RolesAllowed(Role.HUVUDMAN)
class AuditSearchView extends Div implements HasDynamicTitle {

    private final AuditService audit;
    private final Div result = new Div();
    private final Div alert = new Div();

    AuditSearchView(AuditService audit) {
        this.audit = audit;
        addClassName("audit-search-view");
        alert.addClassName("alert");
        alert.getElement().setAttribute("role", "alert");
        TextField staff = new TextField(getTranslation("audit.search.staff"));
        TextField personnummer = new TextField(getTranslation("audit.search.personnummer"));
        personnummer.setHelperText(getTranslation("audit.search.personnummer.helper"));
        personnummer.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        DatePicker from = ComponentTexts.datePicker(new DatePicker(getTranslation("audit.search.from")), this);
        DatePicker to = ComponentTexts.datePicker(new DatePicker(getTranslation("audit.search.to")), this);
        // The reasons staff give are a fixed list: a reviewer picks one rather than guessing its code.
        Select<String> reason = new Select<>();
        reason.setLabel(getTranslation("audit.search.reason"));
        reason.setItems(LookUpReason.codes());
        reason.setEmptySelectionAllowed(true);
        // Wide enough to show a whole reason ("Besökaren vill se sitt val"), narrower than a phone.
        reason.setMinWidth("18rem");
        reason.setEmptySelectionCaption(getTranslation("audit.search.reason.any"));
        reason.setItemLabelGenerator(
                r -> r == null ? getTranslation("audit.search.reason.any") : AuditTable.officerReason(this, r));
        Button search = new Button(getTranslation("audit.search.button"), e -> {
            alert.setText("");
            result.removeAll();
            try {
                String searched = personnummer.getValue();
                List<AccessLogLine> lines =
                        audit.search(staff.getValue(), searched, from.getValue(), to.getValue(), reason.getValue());
                // The number is not left in the page once used: the reviewer's screen shows it masked.
                personnummer.clear();
                if (!searched.isBlank()) {
                    result.add(new Paragraph(getTranslation(
                            "audit.search.searched",
                            Personnummer.parse(searched).masked())));
                }
                result.add(new Paragraph(getTranslation("audit.search.count", lines.size())));
                if (!lines.isEmpty()) {
                    result.add(AuditTable.of(this, getLocale(), lines, true), csv(lines));
                }
            } catch (InvalidInputException invalid) {
                alert.setText(
                        getTranslation(invalid.problems().values().iterator().next()));
            }
        });
        search.addClassName("search-button");
        Div fields = new Div(staff, personnummer, from, to, reason, search);
        fields.addClassName("field-row");
        add(
                new H1(getTranslation("audit.search.heading")),
                new Paragraph(getTranslation("audit.search.intro")),
                fields,
                alert,
                result);
    }

    /** The same rows in words (no codes, no ids): the time as written by the database, for sorting. */
    private Anchor csv(List<AccessLogLine> lines) {
        byte[] bytes = Csv.export(
                List.of("tid", "personal", "händelse", "skäl", "enhet", "invånare"),
                lines.stream()
                        .map(l -> List.of(
                                l.at().toString(),
                                AuditTable.staff(this, l),
                                AuditTable.event(this, l),
                                l.reason() == null ? "" : AuditTable.officerReason(this, l.reason()),
                                nz(l.unit()),
                                nz(l.residentName())))
                        .toList());
        return new Anchor(
                event -> {
                    event.setFileName("logguppfoljning.csv");
                    event.setContentType("text/csv; charset=UTF-8");
                    event.getOutputStream().write(bytes);
                },
                getTranslation("audit.search.csv"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.search.heading") + " – " + getTranslation("app.title.suffix");
    }
}
