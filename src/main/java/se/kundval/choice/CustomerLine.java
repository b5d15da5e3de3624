package se.kundval.choice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import se.kundval.register.ScopeUnit;

/**
 * A customer as the provider sees them: only what the provider needs to start (name, how to reach
 * them, scope, wished start, service); never the personnummer.
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
        long version) {

    public boolean waitingForAcknowledgement() {
        return acknowledgedAt == null && (status == ChoiceStatus.ACTIVE || status == ChoiceStatus.PENDING);
    }
}
