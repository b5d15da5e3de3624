package se.kundval.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import se.kundval.audit.AccessLogLine;

/** The audit events as a plain table (readable by screen readers, printable). */
final class AuditTable {

    private AuditTable() {}

    static Div of(Component owner, java.util.Locale locale, List<AccessLogLine> lines, boolean forOfficers) {
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.of("Europe/Stockholm"));
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.getClassList().add("audit-table");
        List<String> headers = new ArrayList<>(
                List.of("audit.col.when", "audit.col.role", "audit.col.what", "audit.col.reason", "audit.col.unit"));
        if (forOfficers) {
            headers.add(1, "audit.col.staff");
            headers.add("audit.col.resident");
        }
        Element head = new Element("tr");
        headers.forEach(h -> {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(owner.getTranslation(h));
            head.appendChild(th);
        });
        Element thead = new Element("thead");
        thead.appendChild(head);
        Element tbody = new Element("tbody");
        for (AccessLogLine line : lines) {
            List<String> cells = new ArrayList<>(List.of(
                    times.format(line.at()),
                    owner.getTranslation("role." + line.actorRole()),
                    action(owner, line.action()),
                    reason(owner, line.reason()),
                    line.unit() == null ? "–" : line.unit()));
            if (forOfficers) {
                cells.add(1, line.actor());
                cells.add(line.residentId() == null ? "–" : String.valueOf(line.residentId()));
            }
            Element tr = new Element("tr");
            cells.forEach(c -> {
                Element td = new Element("td");
                td.setText(c);
                tr.appendChild(td);
            });
            tbody.appendChild(tr);
        }
        table.appendChild(thead, tbody);
        Div wrapper = new Div();
        wrapper.addClassName("table-scroll");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    /** Plain words for a look-up's reason, or the reason as recorded. */
    static String reason(Component owner, String reason) {
        if (reason == null) {
            return "–";
        }
        String text = owner.getTranslation("audit.reason." + reason);
        return text.startsWith("!") ? reason : text;
    }

    /** Plain words for the action, or its code when no words are written for it. */
    static String action(Component owner, String action) {
        String text = owner.getTranslation("audit.action." + action);
        return text.startsWith("!") ? action : text;
    }
}
