package se.kundval.commission.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.kundval.identity.Role;
import se.kundval.provider.AccreditationRow;
import se.kundval.provider.OversightService;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;

/**
 * Oversight: suspend, revoke, or lift a suspension. A suspended or revoked provider leaves the
 * catalogue at once; its customers are told and may choose again.
 */
@Route("huvudman/auktorisationer")
@RolesAllowed(Role.HUVUDMAN)
class OversightView extends Div implements HasDynamicTitle {

    private final OversightService oversight;
    private final Div alert = new Div();
    private final Div status = new Div();
    private final ComboBox<AccreditationRow> accreditation = new ComboBox<>();
    private final Paragraph current = new Paragraph();
    private final TextArea reason = new TextArea();

    OversightView(OversightService oversight) {
        this.oversight = oversight;
        addClassName("oversight-view");
        alert.addClassName("alert");
        alert.getElement().setAttribute("role", "alert");
        status.addClassName("status-message");
        status.getElement().setAttribute("role", "status");
        accreditation.setLabel(getTranslation("commission.oversight.choose"));
        accreditation.setItemLabelGenerator(a -> a.providerName() + " – " + a.serviceTypeName() + " ("
                + getTranslation("backoffice.accreditation.status." + a.status().name()) + ")");
        accreditation.setWidthFull();
        accreditation.addValueChangeListener(e -> showCurrent());
        reason.setLabel(getTranslation("commission.oversight.reason"));
        reason.setMaxLength(2000);
        Button suspend = new Button(
                getTranslation("commission.oversight.suspend"),
                e -> act(
                        a -> oversight.suspend(a.id(), a.version(), reason.getValue()),
                        "commission.oversight.suspended"));
        Button revoke = new Button(
                getTranslation("commission.oversight.revoke"),
                e -> act(
                        a -> oversight.revoke(a.id(), a.version(), reason.getValue()), "commission.oversight.revoked"));
        Button lift = new Button(
                getTranslation("commission.oversight.lift"),
                e -> act(a -> oversight.liftSuspension(a.id(), a.version()), "commission.oversight.lifted"));
        Div actions = new Div(suspend, revoke, lift);
        actions.addClassName("actions");
        add(
                new H1(getTranslation("commission.oversight.heading")),
                new Paragraph(getTranslation("commission.oversight.intro")),
                status,
                alert,
                accreditation,
                current,
                reason,
                actions);
        refresh(null);
    }

    private void refresh(Long selected) {
        List<AccreditationRow> rows = oversight.accreditations(getLocale());
        accreditation.setItems(rows);
        rows.stream()
                .filter(r -> selected != null && r.id() == selected)
                .findFirst()
                .ifPresent(accreditation::setValue);
        showCurrent();
    }

    private void showCurrent() {
        AccreditationRow a = accreditation.getValue();
        current.setText(
                a == null
                        ? ""
                        : getTranslation(
                                "commission.oversight.current",
                                getTranslation("backoffice.accreditation.status."
                                        + a.status().name()),
                                a.reason() == null ? "–" : a.reason()));
    }

    private void act(java.util.function.Consumer<AccreditationRow> action, String doneKey) {
        alert.setText("");
        AccreditationRow a = accreditation.getValue();
        if (a == null) {
            alert.setText(getTranslation("commission.oversight.none"));
            return;
        }
        try {
            action.accept(a);
            reason.clear();
            refresh(a.id());
            status.setText(getTranslation(doneKey));
        } catch (ConcurrentEditException changed) {
            // Someone else decided on it meanwhile: show it as it is now, nothing was done.
            refresh(a.id());
            alert.setText(getTranslation("commission.oversight.changedMeanwhile"));
        } catch (InvalidInputException invalid) {
            alert.setText(getTranslation(invalid.problems().values().iterator().next()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commission.oversight.heading") + " – " + getTranslation("app.title.suffix");
    }
}
