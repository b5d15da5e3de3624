package se.kundval.choice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.choice.internal.ChoiceEntitlementRepository;
import se.kundval.choice.internal.ChoiceRepository;
import se.kundval.choice.internal.GuidanceConversationRepository;
import se.kundval.choice.internal.ResidentRepository;
import se.kundval.identity.Role;
import se.kundval.register.Specialisation;
import se.kundval.shared.RegisterExtractContributor;

/**
 * The choice module's part of the register extract: the resident's details, guidance
 * conversations, entitlements with their history, and choices (with how each was made; an
 * assisted choice was made with the resident's consent at a service point).
 */
@Component
class ChoiceRegisterExtract implements RegisterExtractContributor {

    private final ResidentRepository residents;
    private final GuidanceConversationRepository conversations;
    private final ChoiceEntitlementRepository entitlements;
    private final ChoiceRepository choices;

    ChoiceRegisterExtract(
            ResidentRepository residents,
            GuidanceConversationRepository conversations,
            ChoiceEntitlementRepository entitlements,
            ChoiceRepository choices) {
        this.residents = residents;
        this.conversations = conversations;
        this.entitlements = entitlements;
        this.choices = choices;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @RolesAllowed(Role.RESIDENT)
    @Transactional(readOnly = true)
    public List<Section> sectionsAbout(long residentId, Locale locale) {
        Resident resident = residents.findById(residentId).orElse(null);
        if (resident == null) {
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        List<Line> details = new ArrayList<>();
        details.add(Line.of("extract.resident.name", resident.getFullName()));
        // Only the last four digits are hidden, as on every printout: the resident knows the rest.
        details.add(Line.of(
                "extract.resident.personnummer", resident.getPersonnummer().masked()));
        details.add(Line.of(
                "extract.resident.area",
                resident.getArea() == null ? null : resident.getArea().getName()));
        details.add(Line.worded(
                "extract.resident.contact",
                "officer.form.contact." + resident.getContactPreference().name()));
        details.add(Line.of("extract.resident.email", resident.getEmail()));
        details.add(Line.of("extract.resident.phone", resident.getPhone()));
        details.add(Line.of("extract.resident.since", resident.getCreatedAt()));
        sections.add(new Section("extract.resident", null, details));

        for (GuidanceConversation c : conversations.findByResidentOrderByHeldOnDescIdDesc(resident)) {
            sections.add(new Section(
                    "extract.conversation",
                    null,
                    List.of(
                            Line.of("extract.conversation.heldOn", c.getHeldOn()),
                            Line.of("extract.registered", c.getCreatedAt()))));
        }

        for (ChoiceEntitlement e :
                entitlements.findForResident(resident.getPersonnummer().digits())) {
            String service = e.getServiceType().getName().in(locale);
            List<Line> lines = new ArrayList<>();
            lines.add(Line.worded(
                    "mychoices.scope",
                    "mychoices.scope." + e.getServiceType().getScopeUnit().name(),
                    e.getScope()));
            lines.add(Line.worded(
                    "mychoices.status", "mychoices.status." + e.getStatus().name()));
            lines.add(Line.of("extract.entitlement.deadline", e.getDeadline()));
            lines.add(Line.of(
                    "extract.entitlement.conversation", e.getConversation().getHeldOn()));
            lines.add(Line.of(
                    "extract.entitlement.languages",
                    e.getWishedLanguages().stream()
                            .sorted()
                            .map(l -> Locale.of(l).getDisplayLanguage(locale))
                            .collect(Collectors.joining(", "))));
            lines.add(Line.of(
                    "extract.entitlement.specialisations",
                    e.getWishedSpecialisations().stream()
                            .map(Specialisation::getName)
                            .map(n -> n.in(locale))
                            .sorted()
                            .collect(Collectors.joining(", "))));
            lines.add(Line.of("extract.entitlement.wishText", e.getWishText()));
            lines.add(Line.of("extract.registered", e.getCreatedAt()));
            for (EntitlementEvent event : e.getHistory()) {
                lines.add(Line.entry(
                        event.getOccurredAt(),
                        "extract.entitlement.event",
                        new Key("extract.event." + event.getEventType(), event.getEventType()),
                        event.getDetail() == null ? "" : event.getDetail()));
            }
            sections.add(new Section("extract.entitlement", service, lines));

            for (Choice c : choices.findByEntitlementOrderByMadeAtDesc(e)) {
                List<Line> choice = new ArrayList<>();
                choice.add(Line.of("extract.choice.service", service));
                choice.add(Line.of("extract.choice.provider", ChoiceService.displayName(c.getOffering())));
                choice.add(Line.worded(
                        "mychoices.status", "mychoices.choice." + c.getStatus().name()));
                choice.add(Line.of("extract.choice.madeAt", c.getMadeAt()));
                choice.add(Line.worded(
                        "extract.choice.madeBy",
                        "extract.choice.madeBy." + c.getMadeBy().name(),
                        c.getServicePoint() == null ? "" : c.getServicePoint().getName()));
                choice.add(Line.of("extract.choice.validFrom", c.getValidFrom()));
                choice.add(Line.of("extract.choice.validTo", c.getValidTo()));
                choice.add(Line.of("extract.choice.acknowledged", c.getAcknowledgedAt()));
                choice.add(Line.of("extract.choice.startDate", c.getStartDate()));
                if (c.getDefaultRuleDetail() != null) {
                    choice.add(Line.of("extract.choice.rule", c.getDefaultRuleDetail()));
                }
                sections.add(new Section("extract.choice", c.getReference(), choice));
            }
        }
        return sections;
    }
}
