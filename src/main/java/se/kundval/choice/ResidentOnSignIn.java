package se.kundval.choice;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.choice.internal.ResidentRepository;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.identity.SignedIn;
import se.kundval.shared.RecordOrigin;

/**
 * A resident who logs in (e.g. with BankID through Keycloak) before any officer registered them
 * gets their own record, so "Mina val" and the officer's look-up find the same person later.
 */
@Component
class ResidentOnSignIn {

    private final ResidentRepository residents;
    private final Clock clock;

    ResidentOnSignIn(ResidentRepository residents, Clock clock) {
        this.residents = residents;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void signedIn(SignedIn event) {
        if (!event.user().hasRole(Role.RESIDENT) || event.user().personnummer().isEmpty()) {
            return;
        }
        Personnummer personnummer = event.user().personnummer().get();
        if (residents.findByPersonnummer(personnummer.digits()).isPresent()) {
            return;
        }
        Resident resident = new Resident(personnummer, clock.instant(), RecordOrigin.PORTAL);
        resident.setFirstName(event.firstName().isBlank() ? "-" : event.firstName());
        resident.setLastName(event.lastName().isBlank() ? "-" : event.lastName());
        residents.save(resident);
    }
}
