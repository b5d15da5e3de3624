package se.kundval.choice;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.choice.internal.ChoiceEntitlementRepository;
import se.kundval.choice.internal.GuidanceConversationRepository;
import se.kundval.choice.internal.ResidentRepository;
import se.kundval.identity.Personnummer;

/**
 * The choice module's entrance for the start-up import of demo residents and their entitlements
 * (created when absent, never updated), inside the import's one transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ChoiceImport {

    private final ResidentRepository residents;
    private final GuidanceConversationRepository conversations;
    private final ChoiceEntitlementRepository entitlements;

    ChoiceImport(
            ResidentRepository residents,
            GuidanceConversationRepository conversations,
            ChoiceEntitlementRepository entitlements) {
        this.residents = residents;
        this.conversations = conversations;
        this.entitlements = entitlements;
    }

    public Optional<Resident> resident(Personnummer personnummer) {
        return residents.findByPersonnummer(personnummer.digits());
    }

    public Resident save(Resident resident) {
        return residents.save(resident);
    }

    public boolean hasEntitlement(String importKey) {
        return entitlements.findByImportKey(importKey).isPresent();
    }

    public GuidanceConversation save(GuidanceConversation conversation) {
        return conversations.save(conversation);
    }

    public ChoiceEntitlement save(ChoiceEntitlement entitlement) {
        return entitlements.save(entitlement);
    }
}
