package se.kundval.audit.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.kundval.audit.AccessLogLine;
import se.kundval.audit.AuditService;
import se.kundval.identity.Role;

/**
 * "Vem har tittat på mina uppgifter": every time staff read or changed the resident's data —
 * when, which unit or role, and why. The staff member's name is not shown (it is in the trail for
 * the municipality's log follow-up).
 */
@Route("vem-har-tittat")
@RolesAllowed(Role.RESIDENT)
class MyAccessLogView extends Div implements HasDynamicTitle {

    MyAccessLogView(AuditService audit) {
        addClassName("my-access-log-view");
        add(new H1(getTranslation("audit.mine.heading")), new Paragraph(getTranslation("audit.mine.intro")));
        List<AccessLogLine> lines = audit.myAccessLog();
        if (lines.isEmpty()) {
            add(new Paragraph(getTranslation("audit.mine.none")));
            return;
        }
        add(AuditTable.of(this, getLocale(), lines, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.mine.heading") + " – " + getTranslation("app.title.suffix");
    }
}
