package se.kundval.provider;

import static se.kundval.shared.FieldChecks.blankToNull;
import static se.kundval.shared.FieldChecks.code;
import static se.kundval.shared.FieldChecks.failIf;
import static se.kundval.shared.FieldChecks.notFound;
import static se.kundval.shared.FieldChecks.optional;
import static se.kundval.shared.FieldChecks.range;
import static se.kundval.shared.FieldChecks.sameVersion;
import static se.kundval.shared.FieldChecks.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.identity.Role;
import se.kundval.provider.internal.RequirementRepository;
import se.kundval.register.Registers;
import se.kundval.register.ServiceType;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;

/**
 * The commissioning officers keep each service type's requirement checklist (förfrågningsunderlag).
 * Requirements belong to this module because applications declare them.
 */
@Service
@Transactional
public class RequirementService {

    /** @param version the version the form was filled from (null: a new requirement) */
    public record RequirementForm(
            String serviceType,
            String code,
            String textSv,
            String textEn,
            boolean attachmentRequired,
            int sortOrder,
            Long version) {}

    private final RequirementRepository requirements;
    private final Registers registers;

    @PersistenceContext
    private EntityManager entityManager;

    RequirementService(RequirementRepository requirements, Registers registers) {
        this.requirements = requirements;
        this.registers = registers;
    }

    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public List<RequirementForm> requirements(String serviceTypeCode) {
        ServiceType t = registers.serviceType(serviceTypeCode).orElseThrow(() -> notFound());
        return requirements.findByServiceTypeOrderBySortOrder(t).stream()
                .map(r -> new RequirementForm(
                        serviceTypeCode,
                        r.getCode(),
                        r.getText().sv(),
                        r.getText().en(),
                        r.isAttachmentRequired(),
                        r.getSortOrder(),
                        r.getVersion()))
                .toList();
    }

    @RolesAllowed(Role.HUVUDMAN)
    public void saveRequirement(RequirementForm form) {
        ServiceType t = registers.serviceType(form.serviceType()).orElseThrow(() -> notFound());
        Map<String, String> problems = new LinkedHashMap<>();
        code(problems, form.code());
        text(problems, "textSv", form.textSv(), 1000);
        optional(problems, "textEn", form.textEn(), 1000);
        range(problems, "sortOrder", form.sortOrder(), 0, 1000);
        failIf(problems);
        Optional<Requirement> stored = requirements.findByServiceTypeAndCode(t, form.code());
        // Never overwrite a text someone else saved after this form was filled.
        stored.ifPresent(existing -> sameVersion(form.version(), existing.getVersion()));
        Requirement r = stored.orElseGet(() -> new Requirement(t, form.code(), RecordOrigin.PORTAL));
        r.setText(new LocalizedText(form.textSv().strip(), blankToNull(form.textEn())));
        r.setAttachmentRequired(form.attachmentRequired());
        r.setSortOrder(form.sortOrder());
        try {
            requirements.saveAndFlush(r);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
    }

    @RolesAllowed(Role.HUVUDMAN)
    public void deleteRequirement(String serviceTypeCode, String code) {
        ServiceType t = registers.serviceType(serviceTypeCode).orElseThrow(() -> notFound());
        Requirement r = requirements.findByServiceTypeAndCode(t, code).orElseThrow(() -> notFound());
        long declared = entityManager
                .createQuery(
                        "select count(a) from AccreditationApplication a join a.declarations d where d = :x",
                        Long.class)
                .setParameter("x", r)
                .getSingleResult();
        if (declared > 0) {
            throw new InvalidInputException(Map.of("delete", "commission.admin.requirement.inUse"));
        }
        requirements.delete(r);
    }
}
