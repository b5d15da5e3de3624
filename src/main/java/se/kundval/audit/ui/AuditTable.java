package se.kundval.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
        // Residents see what was done to them ("Sökte upp dig"); the log reviewer reads about a
        // third person: who did what to whom, by name and masked personnummer, never ids or codes.
        List<String> headers = forOfficers
                ? List.of(
                        "audit.col.when",
                        "audit.col.staff",
                        "audit.col.event",
                        "audit.col.reason",
                        "audit.col.unit",
                        "audit.col.residentPerson")
                : List.of("audit.col.when", "audit.col.role", "audit.col.what", "audit.col.reason", "audit.col.unit");
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
            List<String> cells = forOfficers
                    ? List.of(
                            times.format(line.at()),
                            staff(owner, line),
                            event(owner, line),
                            officerReason(owner, line.reason()),
                            line.unit() == null ? "–" : line.unit(),
                            resident(line))
                    : List.of(
                            times.format(line.at()),
                            owner.getTranslation("role." + line.actorRole()),
                            line.times() > 1
                                    ? owner.getTranslation(
                                            "audit.mine.times", action(owner, line.action()), line.times())
                                    : action(owner, line.action()),
                            reason(owner, line.reason()),
                            line.unit() == null ? "–" : line.unit());
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

    /** The staff member by name, with the user name the staff filter takes. */
    static String staff(Component owner, AccessLogLine line) {
        if (line.actorName() == null || line.actorName().equals(line.actor())) {
            return line.actor();
        }
        return owner.getTranslation("audit.staff.named", line.actorName(), line.actor());
    }

    /** The resident as "Anna Andersson, 19400312-****", or a dash for events about no one. */
    static String resident(AccessLogLine line) {
        if (line.residentMasked() == null) {
            return "–";
        }
        return line.residentName() + ", " + line.residentMasked();
    }

    /** What happened as a sentence in the third person: "Handläggaren Eva Ek sökte upp Anna Andersson". */
    static String event(Component owner, AccessLogLine line) {
        String name = line.actorName() == null ? line.actor() : line.actorName();
        String who = owner.getTranslation("audit.actor." + line.actorRole(), name);
        if (who.startsWith("!")) {
            who = name;
        }
        String whom =
                line.residentName() == null ? owner.getTranslation("audit.resident.unknown") : line.residentName();
        String text = owner.getTranslation("audit.officer.action." + line.action(), who, whom);
        return text.startsWith("!") ? owner.getTranslation("audit.officer.action.other", who, whom) : text;
    }

    /** The reason in the reviewer's words (never a code). */
    static String officerReason(Component owner, String reason) {
        if (reason == null) {
            return "–";
        }
        String text = owner.getTranslation("audit.officer.reason." + reason);
        if (text.startsWith("!")) {
            text = owner.getTranslation("audit.reason." + reason);
        }
        return text.startsWith("!") ? owner.getTranslation("audit.reason.other") : text;
    }

    /** Plain words for a look-up's reason (never its code). */
    static String reason(Component owner, String reason) {
        if (reason == null) {
            return "–";
        }
        String text = owner.getTranslation("audit.reason." + reason);
        return text.startsWith("!") ? owner.getTranslation("audit.reason.other") : text;
    }

    /** Plain words for the action (never its code). */
    static String action(Component owner, String action) {
        String text = owner.getTranslation("audit.action." + action);
        return text.startsWith("!") ? owner.getTranslation("audit.action.other") : text;
    }
}
