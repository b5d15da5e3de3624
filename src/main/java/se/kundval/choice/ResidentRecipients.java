package se.kundval.choice;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.choice.internal.ResidentRepository;
import se.kundval.identity.KundvalUser;
import se.kundval.notification.Notification.RecipientType;
import se.kundval.notification.RecipientDirectory;

/** Tells the notification module which resident is logged in and where their e-mail goes. */
@Component
class ResidentRecipients implements RecipientDirectory {

    private final ResidentRepository residents;

    ResidentRecipients(ResidentRepository residents) {
        this.residents = residents;
    }

    @Override
    public RecipientType type() {
        return RecipientType.RESIDENT;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> recipientIdOf(KundvalUser user) {
        return user.personnummer()
                .flatMap(p -> residents.findByPersonnummer(p.digits()))
                .map(Resident::getId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> mailAddress(long recipientId) {
        return residents.findById(recipientId).filter(Resident::wantsEmail).map(Resident::getEmail);
    }
}
