package se.kundval.referencedata;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.CatalogueImport;
import se.kundval.catalogue.Offering;
import se.kundval.catalogue.QualityIndicator;
import se.kundval.choice.ChoiceEntitlement;
import se.kundval.choice.ChoiceImport;
import se.kundval.choice.GuidanceConversation;
import se.kundval.choice.Resident;
import se.kundval.identity.Organisationsnummer;
import se.kundval.provider.Accreditation;
import se.kundval.provider.AccreditationStatusChanged;
import se.kundval.provider.Provider;
import se.kundval.provider.Providers;
import se.kundval.provider.Requirement;
import se.kundval.referencedata.ReferenceData.AccreditationRow;
import se.kundval.referencedata.ReferenceData.EntitlementRow;
import se.kundval.referencedata.ReferenceData.OfferingRow;
import se.kundval.referencedata.ReferenceData.ResidentRow;
import se.kundval.referencedata.internal.ImportRowStates;
import se.kundval.register.Area;
import se.kundval.register.IndicatorDefinition;
import se.kundval.register.Registers;
import se.kundval.register.ServicePoint;
import se.kundval.register.ServiceType;
import se.kundval.register.Specialisation;
import se.kundval.shared.RecordOrigin;

/**
 * Writes the sample municipality from providers-data to the database: everything in one
 * transaction, idempotent (a second run changes nothing). A row is written only when its content
 * in the file changed since the last import (tracked per row in {@code import_row_state}), so work
 * done in the portal is never undone by a restart; people's own data (residents, entitlements) is
 * only ever created when absent.
 */
@Component
public class ReferenceDataImporter {

    static final String ACTOR = "providers-data";
    private static final Logger log = LoggerFactory.getLogger(ReferenceDataImporter.class);

    private final Registers registers;
    private final Providers providers;
    private final CatalogueImport catalogue;
    private final ChoiceImport choice;
    private final ApplicationEventPublisher events;
    private final ImportRowStates states;
    private final Clock clock;

    public ReferenceDataImporter(
            Registers registers,
            Providers providers,
            CatalogueImport catalogue,
            ChoiceImport choice,
            ApplicationEventPublisher events,
            ImportRowStates states,
            Clock clock) {
        this.registers = registers;
        this.providers = providers;
        this.catalogue = catalogue;
        this.choice = choice;
        this.events = events;
        this.states = states;
        this.clock = clock;
    }

    /** Reads and validates the folder, then writes it; a problem in any file writes nothing. */
    @Transactional
    public ImportSummary importFolder(Path folder) {
        return importFolders(List.of(folder));
    }

    /**
     * Reads and validates the folders as one (see {@link ReferenceDataReader}), then writes them;
     * a problem in any file writes nothing.
     */
    @Transactional
    public ImportSummary importFolders(List<Path> folders) {
        ReferenceData data = new ReferenceDataReader(folders).read();
        return write(data);
    }

    @Transactional
    public ImportSummary write(ReferenceData data) {
        Counter counter = new Counter();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);

        RowStates rows = new RowStates(states.load(), now);

        Map<String, Area> areaByCode = new HashMap<>();
        for (var row : data.areas()) {
            Optional<Area> existing = registers.area(row.code());
            if (rows.unchanged("area", row.code(), row, existing.isPresent())) {
                existing.ifPresent(a -> areaByCode.put(row.code(), a));
                continue;
            }
            Area area = existing.orElseGet(() -> counter.created(new Area(row.code(), RecordOrigin.IMPORT)));
            set(area.getName(), row.name(), area::setName);
            set(area.getCentre(), row.centre(), area::setCentre);
            areaByCode.put(row.code(), registers.save(area));
        }

        Map<String, Specialisation> specByCode = new HashMap<>();
        for (var row : data.specialisations()) {
            Optional<Specialisation> existing = registers.specialisation(row.code());
            if (rows.unchanged("specialisation", row.code(), row, existing.isPresent())) {
                existing.ifPresent(s -> specByCode.put(row.code(), s));
                continue;
            }
            Specialisation spec =
                    existing.orElseGet(() -> counter.created(new Specialisation(row.code(), RecordOrigin.IMPORT)));
            set(spec.getName(), row.name(), spec::setName);
            specByCode.put(row.code(), registers.save(spec));
        }

        Map<Organisationsnummer, Provider> providerByOrgnr = new HashMap<>();
        for (var row : data.providers()) {
            Optional<Provider> existing = providers.byOrgnr(row.orgnr().toString());
            if (rows.unchanged("provider", row.orgnr().digits(), row, existing.isPresent())) {
                existing.ifPresent(p -> providerByOrgnr.put(row.orgnr(), p));
                continue;
            }
            Provider provider =
                    existing.orElseGet(() -> counter.created(new Provider(row.orgnr(), RecordOrigin.IMPORT)));
            set(provider.getName(), row.name(), provider::setName);
            set(provider.getType(), row.type(), provider::setType);
            set(provider.getLegalForm(), row.legalForm(), provider::setLegalForm);
            set(provider.getAddress(), row.address(), provider::setAddress);
            set(provider.getPhone(), row.phone(), provider::setPhone);
            set(provider.getEmail(), row.email(), provider::setEmail);
            set(provider.getWebsite(), row.website(), provider::setWebsite);
            providerByOrgnr.put(row.orgnr(), providers.save(provider));
        }

        Map<String, ServiceType> typeByCode = new HashMap<>();
        for (var row : data.serviceTypes()) {
            Optional<ServiceType> existing = registers.serviceType(row.code());
            if (rows.unchanged("service-type", row.code(), row, existing.isPresent())) {
                existing.ifPresent(t -> typeByCode.put(row.code(), t));
                continue;
            }
            ServiceType type =
                    existing.orElseGet(() -> counter.created(new ServiceType(row.code(), RecordOrigin.IMPORT)));
            set(type.getName(), row.name(), type::setName);
            set(type.getDescription(), row.description(), type::setDescription);
            set(type.getScopeUnit(), row.scopeUnit(), type::setScopeUnit);
            set(type.getDelivery(), row.delivery(), type::setDelivery);
            set(type.getChoiceDeadlineDays(), row.choiceDeadlineDays(), type::setChoiceDeadlineDays);
            set(type.getNoticePeriodDays(), row.noticePeriodDays(), type::setNoticePeriodDays);
            set(type.getFirstContactWorkingDays(), row.firstContactWorkingDays(), type::setFirstContactWorkingDays);
            set(type.getSortOrder(), row.sortOrder(), type::setSortOrder);
            set(type.getDefaultRule(), row.defaultRule(), type::setDefaultRule);
            set(
                    type.getDefaultProviderId(),
                    row.defaultProvider() == null
                            ? null
                            : providerByOrgnr.get(row.defaultProvider()).getId(),
                    type::setDefaultProviderId);
            set(type.getDefaultRuleExplanation(), row.defaultRuleExplanation(), type::setDefaultRuleExplanation);
            typeByCode.put(row.code(), registers.save(type));
        }

        Map<String, IndicatorDefinition> indicatorByCode = new HashMap<>();
        for (var row : data.indicators()) {
            Optional<IndicatorDefinition> existing = registers.indicator(row.code());
            if (rows.unchanged("indicator", row.code(), row, existing.isPresent())) {
                existing.ifPresent(i -> indicatorByCode.put(row.code(), i));
                continue;
            }
            IndicatorDefinition indicator =
                    existing.orElseGet(() -> counter.created(new IndicatorDefinition(row.code(), RecordOrigin.IMPORT)));
            set(indicator.getName(), row.name(), indicator::setName);
            set(indicator.getDescription(), row.description(), indicator::setDescription);
            set(indicator.getUnit(), row.unit(), indicator::setUnit);
            set(indicator.isHigherIsBetter(), row.higherIsBetter(), indicator::setHigherIsBetter);
            sync(indicator.getServiceTypes(), present(row.serviceTypes(), typeByCode));
            indicatorByCode.put(row.code(), registers.save(indicator));
        }

        for (var row : data.servicePoints()) {
            Optional<ServicePoint> existing = registers.servicePoint(row.code());
            if (rows.unchanged("service-point", row.code(), row, existing.isPresent())) {
                continue;
            }
            ServicePoint point =
                    existing.orElseGet(() -> counter.created(new ServicePoint(row.code(), RecordOrigin.IMPORT)));
            set(point.getName(), row.name(), point::setName);
            set(point.getArea(), areaByCode.get(row.area()), point::setArea);
            set(point.getAddress(), row.address(), point::setAddress);
            set(point.getOpeningHours(), row.openingHours(), point::setOpeningHours);
            set(point.getLocation(), row.location(), point::setLocation);
            registers.save(point);
        }

        for (var row : data.requirements()) {
            ServiceType type = typeByCode.get(row.serviceType());
            Optional<Requirement> existing = providers.requirement(type, row.code());
            if (rows.unchanged("requirement", row.serviceType() + "/" + row.code(), row, existing.isPresent())) {
                continue;
            }
            Requirement requirement =
                    existing.orElseGet(() -> counter.created(new Requirement(type, row.code(), RecordOrigin.IMPORT)));
            set(requirement.getText(), row.text(), requirement::setText);
            set(requirement.isAttachmentRequired(), row.attachmentRequired(), requirement::setAttachmentRequired);
            set(requirement.getSortOrder(), row.sortOrder(), requirement::setSortOrder);
            providers.save(requirement);
        }

        Map<String, Accreditation> accreditationByKey = new HashMap<>();
        for (AccreditationRow row : data.accreditations()) {
            Provider provider = providerByOrgnr.get(row.provider());
            ServiceType type = typeByCode.get(row.serviceType());
            String key = row.provider().digits() + "/" + row.serviceType();
            Optional<Accreditation> existing = providers.accreditation(provider, type);
            if (rows.unchanged("accreditation", key, row, existing.isPresent())) {
                existing.ifPresent(a -> accreditationByKey.put(row.provider() + "/" + row.serviceType(), a));
                continue;
            }
            Accreditation accreditation =
                    existing.orElseGet(() -> counter.created(new Accreditation(provider, type, RecordOrigin.IMPORT)));
            boolean statusChanged = accreditation.getStatus() != row.status()
                    || !Objects.equals(accreditation.getValidFrom(), row.validFrom())
                    || !Objects.equals(accreditation.getDecidedOn(), row.decidedOn())
                    || !Objects.equals(accreditation.getReason(), row.reason());
            if (statusChanged) {
                accreditation.changeStatus(row.status(), row.decidedOn(), row.validFrom(), row.reason(), ACTOR, now);
            }
            Accreditation saved = providers.save(accreditation);
            if (statusChanged) {
                // The index was rebuilt before the import: the catalogue re-indexes this accreditation's listings.
                events.publishEvent(new AccreditationStatusChanged(saved.getId(), saved.getStatus()));
            }
            accreditationByKey.put(row.provider() + "/" + row.serviceType(), saved);
        }

        Set<String> importedCodes = new HashSet<>();
        for (OfferingRow row : data.offerings()) {
            importedCodes.add(row.code());
            Optional<Offering> existing = catalogue.offering(row.code());
            if (rows.unchanged("offering", row.code(), row, existing.isPresent())) {
                continue;
            }
            Offering offering = existing.orElseGet(() -> counter.created(new Offering(
                    row.code(),
                    accreditationByKey.get(row.provider() + "/" + row.serviceType()),
                    RecordOrigin.IMPORT)));
            set(offering.getUnitName(), row.unitName(), offering::setUnitName);
            set(offering.getCapacity(), row.capacity(), offering::setCapacity);
            set(offering.isTakesNewCustomers(), row.takesNewCustomers(), offering::setTakesNewCustomers);
            set(offering.getAddress(), row.address(), offering::setAddress);
            set(offering.getLocation(), row.location(), offering::setLocation);
            set(offering.getPhone(), row.phone(), offering::setPhone);
            set(offering.getEmail(), row.email(), offering::setEmail);
            set(offering.getLastConfirmed(), row.lastConfirmed(), offering::setLastConfirmed);
            if (!offering.getTexts().equals(row.texts())) {
                offering.getTexts().keySet().retainAll(row.texts().keySet());
                offering.getTexts().putAll(row.texts());
            }
            sync(offering.getLanguages(), row.languages());
            sync(offering.getSpecialisations(), present(row.specialisations(), specByCode));
            sync(offering.getAreas(), present(row.areas(), areaByCode));
            catalogue.save(offering);
        }
        catalogue.offerings().stream()
                .filter(o -> o.getOrigin() == RecordOrigin.IMPORT && !importedCodes.contains(o.getCode()))
                .forEach(o -> log.warn(
                        "Offering {} is no longer in providers-data; it is kept. Remove it in the portal.",
                        o.getCode()));

        for (var row : data.qualityIndicators()) {
            Provider provider = providerByOrgnr.get(row.provider());
            ServiceType type = typeByCode.get(row.serviceType());
            IndicatorDefinition indicator = indicatorByCode.get(row.indicator());
            Optional<QualityIndicator> existing = catalogue.qualityIndicator(provider, type, indicator, row.year());
            String key = row.provider().digits() + "/" + row.serviceType() + "/" + row.indicator() + "/" + row.year();
            if (rows.unchanged("quality-indicator", key, row, existing.isPresent())) {
                continue;
            }
            QualityIndicator qi = existing.orElseGet(() ->
                    counter.created(new QualityIndicator(provider, type, indicator, row.year(), RecordOrigin.IMPORT)));
            if (qi.getValue() == null
                    ? row.value() != null
                    : row.value() == null || qi.getValue().compareTo(row.value()) != 0) {
                qi.setValue(row.value());
            }
            set(qi.getRespondents(), row.respondents(), qi::setRespondents);
            set(qi.getSource(), row.source(), qi::setSource);
            if (qi.getNationalValue() == null
                    ? row.national() != null
                    : row.national() == null || qi.getNationalValue().compareTo(row.national()) != 0) {
                qi.setNationalValue(row.national());
            }
            catalogue.save(qi);
        }

        catalogue.recomputeScores();

        for (ResidentRow row : data.residents()) {
            // Residents and their entitlements are people's data: created when absent, never updated.
            Resident resident = choice.resident(row.personnummer()).orElseGet(() -> {
                Resident r = new Resident(row.personnummer(), now, RecordOrigin.IMPORT);
                r.setFirstName(row.firstName());
                r.setLastName(row.lastName());
                r.setArea(areaByCode.get(row.area()));
                r.setContactPreference(row.contactPreference());
                r.setEmail(row.email());
                r.setPhone(row.phone());
                return counter.created(choice.save(r));
            });
            for (EntitlementRow e : row.entitlements()) {
                if (choice.hasEntitlement(e.key())) {
                    continue;
                }
                ServiceType type = typeByCode.get(e.serviceType());
                LocalDate heldOn = today.minusDays(e.conversationDaysAgo());
                GuidanceConversation conversation =
                        choice.save(new GuidanceConversation(resident, heldOn, e.officer(), now));
                ChoiceEntitlement entitlement = new ChoiceEntitlement(
                        conversation, type, e.scope(), heldOn.plusDays(type.getChoiceDeadlineDays()), now);
                entitlement.setImportKey(e.key());
                entitlement.setWishText(e.wishText());
                entitlement.getWishedLanguages().addAll(e.wishedLanguages());
                e.wishedSpecialisations()
                        .forEach(code -> entitlement.getWishedSpecialisations().add(specByCode.get(code)));
                entitlement.record(now, ACTOR, "CREATED", "Demo entitlement from providers-data");
                choice.save(counter.created(entitlement));
            }
        }
        ImportSummary summary = new ImportSummary(
                counter.created, data.providers().size(), data.offerings().size());
        log.info(
                "providers-data imported: {} providers, {} offerings, {} new rows",
                summary.providers(),
                summary.offerings(),
                summary.createdRows());
        return summary;
    }

    private static <T> void set(T current, T wanted, Consumer<T> setter) {
        if (!Objects.equals(current, wanted)) {
            setter.accept(wanted);
        }
    }

    private static void set(int current, int wanted, Consumer<Integer> setter) {
        if (current != wanted) {
            setter.accept(wanted);
        }
    }

    private static void set(boolean current, boolean wanted, Consumer<Boolean> setter) {
        if (current != wanted) {
            setter.accept(wanted);
        }
    }

    /**
     * The entities for the codes, leaving out any that were deleted in the portal (their rows are
     * unchanged in the file, so the import does not bring them back).
     */
    private static <T> Set<T> present(Set<String> codes, Map<String, T> byCode) {
        return codes.stream().map(byCode::get).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * The rule that keeps people's work: a row is applied only when its content in the file changed
     * since the last import (or it is new). An unchanged row is skipped entirely, whatever was done
     * to its record in the portal since (edited, confirmed, corrected by a CSV import, deleted).
     * A record that exists but has no stored state (a database from before this rule) is adopted as
     * it is: its hash is stored and nothing is written.
     */
    private final class RowStates {
        private final Map<String, String> stored;
        private final Instant now;

        RowStates(Map<String, String> stored, Instant now) {
            this.stored = stored;
            this.now = now;
        }

        boolean unchanged(String kind, String naturalKey, Object row, boolean recordExists) {
            String hash = RowHash.of(row);
            String before = stored.get(ImportRowStates.key(kind, naturalKey));
            if (hash.equals(before)) {
                return true;
            }
            states.store(kind, naturalKey, hash, now);
            stored.put(ImportRowStates.key(kind, naturalKey), hash);
            return before == null && recordExists;
        }
    }

    /** Changes the collection in place only when it differs, so an unchanged file bumps no version. */
    private static <T> void sync(Set<T> current, Set<T> wanted) {
        if (!current.equals(wanted)) {
            current.retainAll(wanted);
            current.addAll(wanted);
        }
    }

    private static final class Counter {
        int created;

        <T> T created(T entity) {
            created++;
            return entity;
        }
    }

    /** What an import did. */
    public record ImportSummary(int createdRows, int providers, int offerings) {}
}
