package se.kundval.choice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.audit.AuditTrail;
import se.kundval.choice.internal.ResidentRepository;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.shared.RegisterExtractContributor;
import se.kundval.shared.RegisterExtractContributor.Key;
import se.kundval.shared.RegisterExtractContributor.Line;
import se.kundval.shared.RegisterExtractContributor.Section;
import se.kundval.shared.ui.PdfPrintout;

/**
 * The register extract (registerutdrag, GDPR art. 15): everything the portal holds about the
 * logged-in resident, as a PDF in their language. Every module that holds data about residents
 * contributes its own part ({@link RegisterExtractContributor}); this service decides whose extract
 * it is, from the login alone, and writes the download to the audit trail.
 */
@Service
@Transactional
public class RegisterExtractService {

    static final String AUDIT_ACTION = "REGISTER_EXTRACT";

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final List<RegisterExtractContributor> contributors;
    private final ResidentRepository residents;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final I18NProvider i18n;
    private final Clock clock;

    RegisterExtractService(
            List<RegisterExtractContributor> contributors,
            ResidentRepository residents,
            CurrentUser currentUser,
            AuditTrail audit,
            I18NProvider i18n,
            Clock clock) {
        this.contributors = contributors.stream()
                .sorted(Comparator.comparingInt(RegisterExtractContributor::order))
                .toList();
        this.residents = residents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The logged-in resident's own extract as a PDF; nobody can ask for anyone else's. */
    @RolesAllowed(Role.RESIDENT)
    public byte[] myRegisterExtract(Locale locale) {
        KundvalUser user = currentUser.get().orElseThrow(() -> new IllegalStateException("not logged in"));
        // A login without a personnummer has no record here: its extract says so.
        Optional<Resident> resident =
                user.personnummer().map(Personnummer::digits).flatMap(residents::findByPersonnummer);
        List<Section> sections = new ArrayList<>();
        if (resident.isEmpty()) {
            // Someone who has logged in but of whom the portal has no record: say exactly that.
            sections.add(new Section("extract.resident", null, List.of()));
        } else {
            long id = resident.get().getId();
            for (RegisterExtractContributor contributor : contributors) {
                sections.addAll(contributor.sectionsAbout(id, locale));
            }
            audit.record(user.username(), Role.RESIDENT, id, AUDIT_ACTION, "sections=" + sections.size());
        }
        return PdfPrintout.renderSections(
                text(locale, "extract.title"),
                locale.getLanguage(),
                sections.stream().map(s -> render(s, locale)).toList(),
                text(locale, "extract.footer", written(LocalDate.now(clock), locale)));
    }

    private PdfPrintout.Section render(Section section, Locale locale) {
        String heading = text(locale, section.headingKey()) + (section.detail() == null ? "" : ": " + section.detail());
        List<PdfPrintout.Line> lines = section.lines().isEmpty()
                ? List.of(new PdfPrintout.Line(text(locale, "extract.none"), ""))
                : section.lines().stream().map(l -> render(l, locale)).toList();
        return new PdfPrintout.Section(heading, lines);
    }

    private PdfPrintout.Line render(Line line, Locale locale) {
        String label = line.labelIsKey() ? text(locale, (String) line.label()) : written(line.label(), locale);
        if (line.valueKey() == null) {
            return new PdfPrintout.Line(label, line.value() == null ? null : written(line.value(), locale));
        }
        Object[] args = line.valueArgs().stream()
                .map(a -> a instanceof Key k
                        ? wordedOr(locale, k)
                        : a instanceof Instant || a instanceof LocalDate ? written(a, locale) : a)
                .toArray();
        return new PdfPrintout.Line(label, text(locale, line.valueKey(), args));
    }

    /** Dates and times as people write them ("1 december 2026 08:20"), never ISO. */
    private static String written(Object value, Locale locale) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return switch (value) {
            case LocalDate d -> d.format(date);
            case Instant at -> {
                ZonedDateTime local = at.atZone(SWEDEN);
                yield local.format(date) + " " + local.format(DateTimeFormatter.ofPattern("HH:mm"));
            }
            default -> value.toString();
        };
    }

    private String wordedOr(Locale locale, Key key) {
        String worded = text(locale, key.key());
        return worded.startsWith("!") ? key.fallback() : worded;
    }

    private String text(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
