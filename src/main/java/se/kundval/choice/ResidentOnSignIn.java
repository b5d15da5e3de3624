package se.kundval.choice;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.choice.internal.ResidentRepository;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.identity.SignedIn;

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
        // An officer may be registering the same person right now: insert-if-absent, never a
        // duplicate-key error (whose message would carry the personnummer into the log).
        residents.insertIfAbsent(
                personnummer.digits(), name(event.firstName()), name(event.lastName()), clock.instant());
    }

    private static String name(String fromLogin) {
        if (fromLogin == null || fromLogin.isBlank()) {
            return "-";
        }
        String name = fromLogin.strip();
        return name.length() > OfficerService.MAX_NAME ? name.substring(0, OfficerService.MAX_NAME) : name;
    }
}
