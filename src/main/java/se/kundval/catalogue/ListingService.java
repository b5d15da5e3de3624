package se.kundval.catalogue;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.internal.ListingChangeRepository;
import se.kundval.catalogue.internal.OfferingLogoRepository;
import se.kundval.catalogue.internal.OfferingRepository;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Organisationsnummer;
import se.kundval.identity.Role;
import se.kundval.provider.AccreditationStatus;
import se.kundval.register.Area;
import se.kundval.register.Registers;
import se.kundval.register.Specialisation;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.Option;

/**
 * Providers keep their own listings: the back-office listing editor's API. Every method works
 * only on the logged-in provider user's own offerings; another provider's code is "not found".
 * Saving records who changed which fields and counts as confirming the listing.
 */
@Service
@Transactional
public class ListingService {

    public static final int MAX_SUMMARY = 300;
    public static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;
    private static final int MAX_TEXT = 5000;
    private static final int LOGO_MAX_WIDTH = 600;
    private static final int LOGO_MAX_HEIGHT = 300;
    /** The largest picture accepted, read from its header before any decoding (4000² ARGB is 64 MB). */
    public static final int MAX_LOGO_PIXELS_PER_SIDE = 4000;

    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

    private final Registers registers;
    private final OfferingRepository offerings;
    private final ListingChangeRepository changes;
    private final OfferingLogoRepository logos;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final jakarta.validation.Validator validator;

    ListingService(
            Registers registers,
            OfferingRepository offerings,
            ListingChangeRepository changes,
            OfferingLogoRepository logos,
            CurrentUser currentUser,
            Clock clock,
            jakarta.validation.Validator validator) {
        this.registers = registers;
        this.validator = validator;
        this.offerings = offerings;
        this.changes = changes;
        this.logos = logos;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The provider's listings, for the dashboard. */
    @RolesAllowed(Role.PROVIDER)
    @Transactional(readOnly = true)
    public List<ListingLine> myListings(Locale locale) {
        LocalDate staleBefore = LocalDate.now(clock).minusMonths(CatalogueService.STALE_AFTER_MONTHS);
        return offerings.findByProviderOrgnr(orgnr()).stream()
                .sorted(Comparator.comparing((Offering o) -> o.getServiceType().getSortOrder())
                        .thenComparing(Offering::getCode))
                .map(o -> new ListingLine(
                        o.getCode(),
                        o.getServiceType().getName().in(locale),
                        o.getUnitName(),
                        o.getAccreditation().getStatus(),
                        o.getLastConfirmed(),
                        o.getLastConfirmed() == null || o.getLastConfirmed().isBefore(staleBefore),
                        o.isTakesNewCustomers()))
                .toList();
    }

    /** The listing editor's content; empty if the listing is not the provider's own. */
    @RolesAllowed(Role.PROVIDER)
    @Transactional(readOnly = true)
    public Optional<ListingForm> listing(String code, Locale locale) {
        return own(code).map(o -> form(o, locale));
    }

    private ListingForm form(Offering o, Locale locale) {
        AccreditationStatus status = o.getAccreditation().getStatus();
        ListingForm.ListingDraft draft = new ListingForm.ListingDraft(
                new HashMap<>(o.getTexts()),
                o.getLanguages(),
                o.getSpecialisations().stream().map(Specialisation::getCode).collect(Collectors.toSet()),
                o.getAreas().stream().map(Area::getCode).collect(Collectors.toSet()),
                o.getAddress(),
                o.getPhone(),
                o.getEmail(),
                o.getCapacity(),
                o.isTakesNewCustomers());
        return new ListingForm(
                o.getCode(),
                o.getServiceType().getName().in(locale),
                o.getProvider().getName(),
                status,
                o.getAccreditation().getReason() == null
                        ? null
                        : o.getAccreditation().getReason().in(locale),
                status == AccreditationStatus.APPROVED || status == AccreditationStatus.SUSPENDED,
                status == AccreditationStatus.APPROVED,
                o.getLastConfirmed(),
                logos.existsById(o.getId()),
                draft,
                registers.specialisations().stream()
                        .map(s -> new Option(s.getCode(), s.getName().in(locale)))
                        .sorted(Comparator.comparing(Option::name))
                        .toList(),
                registers.areas().stream()
                        .map(a -> new Option(a.getCode(), a.getName()))
                        .sorted(Comparator.comparing(Option::name))
                        .toList(),
                o.getVersion(),
                changes.findByOfferingOrderByChangedAtDesc(o).stream()
                        .limit(20)
                        .map(c -> new ListingForm.Change(c.getChangedAt(), c.getActorName(), c.getFields()))
                        .toList());
    }

    /**
     * Saves the listing and records it as confirmed today. The change is in the public catalogue as
     * soon as this returns.
     *
     * @return the listing's new version
     * @throws InvalidInputException   for fields that may not be stored (nothing is stored then), or
     *                                 when the accreditation does not allow publishing
     * @throws ConcurrentEditException when someone else saved it after {@code version} was loaded
     */
    @RolesAllowed(Role.PROVIDER)
    public long save(String code, long version, ListingForm.ListingDraft draft) {
        Offering o = publishableOwn(code, version);
        Map<String, String> problems = validate(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> changed = apply(o, draft);
        o.setLastConfirmed(LocalDate.now(clock));
        o.markEditedInPortal();
        changes.save(new ListingChange(
                o,
                username(),
                displayName(),
                clock.instant(),
                changed.isEmpty() ? "confirmed unchanged" : String.join(", ", changed)));
        return flush(o);
    }

    /** "Uppgifterna stämmer": the listing is confirmed as it is, today. */
    @RolesAllowed(Role.PROVIDER)
    public long confirmUnchanged(String code, long version) {
        Offering o = publishableOwn(code, version);
        o.setLastConfirmed(LocalDate.now(clock));
        changes.save(new ListingChange(o, username(), displayName(), clock.instant(), "confirmed unchanged"));
        return flush(o);
    }

    /**
     * Replaces the logo: PNG or JPEG up to 2 MB, decoded, scaled to fit 600 × 300 and stored
     * re-encoded as PNG (so nothing but pixels from the upload reaches residents). SVG and anything
     * that is not a PNG or JPEG image is refused.
     */
    @RolesAllowed(Role.PROVIDER)
    public void setLogo(String code, byte[] content) {
        Offering o =
                own(code).orElseThrow(() -> new InvalidInputException(Map.of("logo", "provider.listing.notFound")));
        if (o.getAccreditation().getStatus() != AccreditationStatus.APPROVED) {
            throw new InvalidInputException(Map.of("logo", "provider.listing.notPublishable"));
        }
        if (content == null || content.length == 0 || content.length > MAX_LOGO_BYTES) {
            throw new InvalidInputException(Map.of("logo", "provider.listing.logo.size"));
        }
        if (!withinPixelLimit(content)) {
            throw new InvalidInputException(Map.of("logo", "provider.listing.logo.dimensions"));
        }
        byte[] png = reencode(content)
                .orElseThrow(() -> new InvalidInputException(Map.of("logo", "provider.listing.logo.type")));
        logos.findById(o.getId())
                .ifPresentOrElse(
                        l -> l.replace(png, "image/png", clock.instant()),
                        () -> logos.save(new OfferingLogo(o.getId(), png, "image/png", clock.instant())));
        changes.save(new ListingChange(o, username(), displayName(), clock.instant(), "logo"));
    }

    /**
     * Whether the picture's width and height, as its header states them, are within the limit; read
     * without decoding a single pixel. Not a picture at all counts as within (the decoding refuses it).
     */
    static boolean withinPixelLimit(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return true;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) <= MAX_LOGO_PIXELS_PER_SIDE
                        && reader.getHeight(0) <= MAX_LOGO_PIXELS_PER_SIDE;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    static Optional<byte[]> reencode(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toLowerCase(Locale.ROOT);
            if (!format.equals("png") && !format.equals("jpeg") && !format.equals("jpg")) {
                return Optional.empty();
            }
            reader.setInput(in);
            // Refuse absurd dimensions before decoding them into memory (a small file may say 50000²).
            if (reader.getWidth(0) > MAX_LOGO_PIXELS_PER_SIDE || reader.getHeight(0) > MAX_LOGO_PIXELS_PER_SIDE) {
                return Optional.empty();
            }
            BufferedImage image = reader.read(0);
            reader.dispose();
            double scale = Math.min(
                    1.0,
                    Math.min((double) LOGO_MAX_WIDTH / image.getWidth(), (double) LOGO_MAX_HEIGHT / image.getHeight()));
            int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            var g = out.createGraphics();
            g.drawImage(image.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
            g.dispose();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(out, "png", bytes);
            return Optional.of(bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A listed offering's logo for its public page; empty if it has none or is not listed. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<byte[]> publicLogo(String code) {
        return offerings
                .findByCode(code)
                .filter(Offering::isListed)
                .flatMap(o -> logos.findById(o.getId()))
                .map(OfferingLogo::getContent);
    }

    private Map<String, String> validate(ListingForm.ListingDraft d) {
        Map<String, String> problems = new LinkedHashMap<>();
        OfferingText sv = d.texts().get("sv");
        if (sv == null || blank(sv.summary())) {
            problems.put("summary.sv", "provider.listing.summary.required");
        }
        for (Map.Entry<String, OfferingText> text : d.texts().entrySet()) {
            String lang = text.getKey();
            OfferingText t = text.getValue();
            if (!LANGUAGE.matcher(lang).matches()) {
                problems.put("texts", "provider.listing.language.invalid");
                continue;
            }
            if (t.summary() != null && t.summary().strip().length() > MAX_SUMMARY) {
                problems.put("summary." + lang, "provider.listing.summary.tooLong");
            }
            if (!lang.equals("sv") && blank(t.summary()) && !(blank(t.description()) && blank(t.includes()))) {
                problems.put("summary." + lang, "provider.listing.summary.required");
            }
            check(problems, "description." + lang, t.description());
            check(problems, "includes." + lang, t.includes());
            check(problems, "staffCompetence." + lang, t.staffCompetence());
            if (t.openingHours() != null && t.openingHours().length() > 300) {
                problems.put("openingHours." + lang, "provider.listing.tooLong");
            }
        }
        if (sv != null && blank(sv.description())) {
            problems.put("description.sv", "provider.listing.description.required");
        }
        // The simple field rules are Bean Validation constraints on the draft; the vocabulary checks need the database.
        validator
                .validate(d)
                .forEach(v -> problems.putIfAbsent(
                        v.getPropertyPath().toString().replaceAll("\\[.*$|<.*$", ""), v.getMessage()));
        if (d.specialisations().stream()
                .anyMatch(s -> registers.specialisation(s).isEmpty())) {
            problems.put("specialisations", "provider.listing.specialisations.invalid");
        }
        if (d.areas().stream().anyMatch(a -> registers.area(a).isEmpty())) {
            problems.put("areas", "provider.listing.areas.required");
        }
        return problems;
    }

    private static void check(Map<String, String> problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.put(field, "provider.listing.tooLong");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Applies the draft; returns the names of the fields that changed, for the history. */
    private List<String> apply(Offering o, ListingForm.ListingDraft d) {
        List<String> changed = new ArrayList<>();
        Map<String, OfferingText> texts = new HashMap<>();
        d.texts().forEach((lang, t) -> {
            if (!blank(t.summary())) {
                texts.put(
                        lang,
                        new OfferingText(
                                t.summary().strip(),
                                trimToNull(t.description()),
                                trimToNull(t.includes()),
                                trimToNull(t.staffCompetence()),
                                trimToNull(t.openingHours())));
            }
        });
        for (String lang : union(texts.keySet(), o.getTexts().keySet())) {
            OfferingText before = o.getTexts().get(lang);
            OfferingText after = texts.get(lang);
            if (!Objects.equals(before, after)) {
                changed.add("texts." + lang);
            }
        }
        o.getTexts().clear();
        o.getTexts().putAll(texts);
        if (!o.getLanguages().equals(d.languages())) {
            changed.add("languages");
            o.getLanguages().clear();
            o.getLanguages().addAll(d.languages());
        }
        var newSpecs = d.specialisations().stream()
                .map(c -> registers.specialisation(c).orElseThrow())
                .collect(Collectors.toSet());
        if (!o.getSpecialisations().equals(newSpecs)) {
            changed.add("specialisations");
            o.getSpecialisations().clear();
            o.getSpecialisations().addAll(newSpecs);
        }
        var newAreas =
                d.areas().stream().map(c -> registers.area(c).orElseThrow()).collect(Collectors.toSet());
        if (!o.getAreas().equals(newAreas)) {
            changed.add("areas");
            o.getAreas().clear();
            o.getAreas().addAll(newAreas);
        }
        if (!Objects.equals(o.getAddress(), trimToNull(d.address()))) {
            changed.add("address");
            o.setAddress(trimToNull(d.address()));
        }
        if (!Objects.equals(o.getPhone(), trimToNull(d.phone()))) {
            changed.add("phone");
            o.setPhone(trimToNull(d.phone()));
        }
        if (!Objects.equals(o.getEmail(), trimToNull(d.email()))) {
            changed.add("email");
            o.setEmail(trimToNull(d.email()));
        }
        if (o.getCapacity() != d.capacity()) {
            changed.add("capacity");
            o.setCapacity(d.capacity());
        }
        if (o.isTakesNewCustomers() != d.takesNewCustomers()) {
            changed.add("takesNewCustomers");
            o.setTakesNewCustomers(d.takesNewCustomers());
        }
        return changed;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Offering publishableOwn(String code, long version) {
        Offering o =
                own(code).orElseThrow(() -> new InvalidInputException(Map.of("listing", "provider.listing.notFound")));
        if (o.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        if (o.getAccreditation().getStatus() != AccreditationStatus.APPROVED) {
            throw new InvalidInputException(Map.of("listing", "provider.listing.notPublishable"));
        }
        return o;
    }

    private long flush(Offering o) {
        try {
            offerings.saveAndFlush(o);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
        return o.getVersion();
    }

    private Optional<Offering> own(String code) {
        return offerings
                .findByCode(code)
                .filter(o -> o.getProvider().getOrgnr().toString().equals(orgnr()));
    }

    private String orgnr() {
        return currentUser
                .get()
                .flatMap(KundvalUser::orgnr)
                .map(Organisationsnummer::toString)
                .orElseThrow(() -> new IllegalStateException("Provider user without organisation number"));
    }

    private String username() {
        return currentUser.get().map(KundvalUser::username).orElseThrow();
    }

    private String displayName() {
        return currentUser.get().map(KundvalUser::displayName).orElse(null);
    }
}
