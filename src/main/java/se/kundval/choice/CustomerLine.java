package se.kundval.choice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import se.kundval.register.ScopeUnit;

/**
 * A customer as the provider sees them: only what the provider needs to start (name, how to reach
 * them, scope, wished start, service); never the personnummer. A former customer's phone and e-mail
 * are shown only until {@code contactShownUntil} (a set number of days after the choice ended); after
 * that they are left out.
 *
 * @param version the choice's version, handed back with an acknowledgement so a second click or a
 *     colleague's earlier acknowledgement is noticed
 */
public record CustomerLine(
        String reference,
        String residentName,
        ContactPreference contactPreference,
        String phone,
        String email,
        String serviceTypeName,
        String offeringName,
        BigDecimal scope,
        ScopeUnit scopeUnit,
        LocalDate wishedStart,
        ChoiceStatus status,
        LocalDate endsOn,
        Instant acknowledgedAt,
        LocalDate startDate,
        LocalDate contactShownUntil,
        long version) {

    /** Whether the contact details were left out because the customer left too long ago. */
    public boolean contactWithheld() {
        return phone == null && email == null && contactShownUntil != null;
    }

    public boolean waitingForAcknowledgement() {
        return acknowledgedAt == null && (status == ChoiceStatus.ACTIVE || status == ChoiceStatus.PENDING);
    }
}
