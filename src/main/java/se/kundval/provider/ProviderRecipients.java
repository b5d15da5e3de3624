package se.kundval.provider;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.identity.KundvalUser;
import se.kundval.notification.Notification.RecipientType;
import se.kundval.notification.RecipientDirectory;
import se.kundval.provider.internal.ProviderRepository;

/** Tells the notification module which provider a user works for and where its e-mail goes. */
@Component
class ProviderRecipients implements RecipientDirectory {

    private final ProviderRepository providers;

    ProviderRecipients(ProviderRepository providers) {
        this.providers = providers;
    }

    @Override
    public RecipientType type() {
        return RecipientType.PROVIDER;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> recipientIdOf(KundvalUser user) {
        return user.orgnr().flatMap(o -> providers.findByOrgnr(o.toString())).map(Provider::getId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> mailAddress(long recipientId) {
        return providers.findById(recipientId).filter(Provider::wantsEmail).map(Provider::getEmail);
    }
}
