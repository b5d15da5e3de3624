package se.kundval.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.internal.QualityIndicatorRepository;
import se.kundval.register.IndicatorDefinition;
import se.kundval.register.IndicatorUnit;
import se.kundval.register.Registers;
import se.kundval.shared.ui.PdfPrintout;

/**
 * The comparison of up to three offerings: the figures with what they mean (explanation, which way
 * is better, the municipality's average and the national figure), the resident's wishes marked,
 * as rows of text for the page and as a PDF with the providers side by side.
 */
@Service
@Transactional(readOnly = true)
public class ComparisonService {

    private final CatalogueService catalogue;
    private final QualityIndicatorRepository quality;
    private final Registers registers;
    private final I18NProvider i18n;
    private final Clock clock;

    ComparisonService(
            CatalogueService catalogue,
            QualityIndicatorRepository quality,
            Registers registers,
            I18NProvider i18n,
            Clock clock) {
        this.catalogue = catalogue;
        this.quality = quality;
        this.registers = registers;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** One row of the comparison as text: a label, lines that explain it, one cell per offering. */
    public record Row(String label, List<String> notes, List<Cell> cells, boolean measure) {}

    /** One offering's value in a row, and the resident's wishes this value meets (worded, e.g. "Talar finska"). */
    public record Cell(String text, List<String> wishes) {}

    /** The comparison worded for people: rows in the page's order, the date and where figures come from. */
    public record Table(
            List<OfferingDetails> offerings,
            List<Row> rows,
            List<String> wishSummaries,
            String madeOn,
            List<String> sources) {

        public boolean isEmpty() {
            return offerings.isEmpty();
        }
    }

    /**
     * The listed offerings among the codes, in that order, with every quality measure any of them
     * has; unknown or unlisted codes are skipped.
     */
    @PermitAll
    public Comparison comparison(List<String> codes, OfferingQuery.Wishes wishes, Locale locale) {
        List<OfferingDetails> offerings = catalogue.compare(codes, locale);
        Map<String, IndicatorValue> first = new LinkedHashMap<>();
        offerings.forEach(o -> o.indicators().forEach(v -> first.putIfAbsent(v.code(), v)));
        Map<String, List<QualityIndicator>> byType = new HashMap<>();
        List<Comparison.Measure> measures = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (IndicatorValue sample : first.values()) {
            List<IndicatorValue> values = offerings.stream()
                    .map(o -> o.indicators().stream()
                            .filter(v -> v.code().equals(sample.code()))
                            .findFirst()
                            .orElse(null))
                    .toList();
            values.stream().filter(Objects::nonNull).map(IndicatorValue::source).forEach(sources::add);
            List<Comparison.Average> averages = new ArrayList<>();
            Comparison.Reference national = null;
            for (OfferingDetails o : offerings.stream()
                    .filter(o -> o.indicators().stream().anyMatch(v -> v.code().equals(sample.code())))
                    .map(o -> Map.entry(o.serviceTypeCode(), o))
                    .collect(
                            LinkedHashMap<String, OfferingDetails>::new,
                            (m, e) -> m.putIfAbsent(e.getKey(), e.getValue()),
                            Map::putAll)
                    .values()) {
                List<QualityIndicator> figures =
                        byType.computeIfAbsent(o.serviceTypeCode(), quality::findForServiceType).stream()
                                .filter(qi -> qi.getIndicator().getCode().equals(sample.code()))
                                .toList();
                average(figures)
                        .ifPresent(a -> averages.add(
                                new Comparison.Average(o.serviceTypeName(), a.year(), a.value(), a.providers())));
                if (national == null) {
                    national = figures.stream()
                            .filter(qi -> qi.getNationalValue() != null)
                            .max(Comparator.comparingInt(QualityIndicator::getYear))
                            .map(qi -> new Comparison.Reference(qi.getYear(), qi.getNationalValue()))
                            .orElse(null);
                }
            }
            String explanation = registers
                    .indicator(sample.code())
                    .map(IndicatorDefinition::getDescription)
                    .map(d -> d.in(locale))
                    .orElse(null);
            measures.add(new Comparison.Measure(
                    sample.code(),
                    sample.name(),
                    explanation,
                    sample.unit(),
                    sample.higherIsBetter(),
                    values,
                    averages,
                    national));
        }
        return new Comparison(
                offerings,
                measures,
                offerings.stream().map(o -> wishesMet(o, wishes, locale)).toList(),
                List.copyOf(sources));
    }

    private record Mean(int year, BigDecimal value, int providers) {}

    /** The mean of the providers' publishable figures of the latest year any provider has one. */
    private static java.util.Optional<Mean> average(List<QualityIndicator> figures) {
        List<QualityIndicator> publishable =
                figures.stream().filter(QualityIndicator::isPublishable).toList();
        return publishable.stream().mapToInt(QualityIndicator::getYear).max().stream()
                .boxed()
                .findFirst()
                .map(year -> {
                    List<BigDecimal> values = publishable.stream()
                            .filter(qi -> qi.getYear() == year)
                            .map(QualityIndicator::getValue)
                            .toList();
                    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    return new Mean(
                            year,
                            sum.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP),
                            values.size());
                });
    }

    /** Which of the wishes the offering meets, by the names it is shown with. */
    private List<OfferingCard.WishMet> wishesMet(OfferingDetails o, OfferingQuery.Wishes wishes, Locale locale) {
        if (wishes == null || wishes.isEmpty()) {
            return List.of();
        }
        List<OfferingCard.WishMet> met = new ArrayList<>();
        wishes.languages().stream()
                .map(code -> CatalogueService.languageName(code, locale))
                .filter(o.languages()::contains)
                .sorted()
                .forEach(name -> met.add(new OfferingCard.WishMet(true, name)));
        Map<String, String> specialisationNames = new HashMap<>();
        registers
                .specialisations()
                .forEach(s -> specialisationNames.put(s.getCode(), s.getName().in(locale)));
        wishes.specialisations().stream()
                .map(specialisationNames::get)
                .filter(Objects::nonNull)
                .filter(o.specialisations()::contains)
                .sorted()
                .forEach(name -> met.add(new OfferingCard.WishMet(false, name)));
        return met;
    }

    /** The comparison worded for people, in the locale's language. */
    @PermitAll
    public Table table(List<String> codes, OfferingQuery.Wishes wishes, Locale locale) {
        Comparison c = comparison(codes, wishes, locale);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<OfferingDetails> offerings = c.offerings();
        List<Row> rows = new ArrayList<>();
        rows.add(fact(locale, "service", offerings, OfferingDetails::serviceTypeName));
        rows.add(fact(
                locale,
                "providerType",
                offerings,
                o -> text(locale, "providertype." + o.providerType().name())));
        rows.add(withWishes(
                fact(locale, "languages", offerings, o -> String.join(", ", o.languages())), c, true, locale));
        rows.add(withWishes(
                fact(locale, "specialisations", offerings, o -> String.join(", ", o.specialisations())),
                c,
                false,
                locale));
        rows.add(fact(locale, "areas", offerings, o -> String.join(", ", o.areas())));
        rows.add(fact(locale, "capacity", offerings, o -> String.valueOf(o.capacity())));
        rows.add(fact(
                locale,
                "status",
                offerings,
                o -> text(locale, o.takesNewCustomers() ? "list.card.taking" : "list.card.full")));
        for (Comparison.Measure m : c.measures()) {
            rows.add(measure(locale, m));
        }
        rows.add(fact(
                locale,
                "accredited",
                offerings,
                o -> o.accreditedFrom() == null ? "–" : o.accreditedFrom().format(dates)));
        rows.add(fact(
                locale,
                "confirmed",
                offerings,
                o -> o.lastConfirmed() == null ? "–" : o.lastConfirmed().format(dates)));
        List<String> sources = new ArrayList<>();
        sources.add(text(locale, "compare.source.providers"));
        c.sources().forEach(s -> sources.add(text(locale, "compare.source.quality", s)));
        if (c.measures().stream().anyMatch(m -> !m.municipal().isEmpty())) {
            sources.add(text(locale, "compare.source.average"));
        }
        List<String> wishSummaries = new ArrayList<>();
        for (int i = 0; i < offerings.size(); i++) {
            List<OfferingCard.WishMet> met = c.wishesMet().get(i);
            wishSummaries.add(
                    wishes == null || wishes.isEmpty()
                            ? ""
                            : text(locale, "compare.wish.count", met.size(), wishes.size()));
        }
        return new Table(offerings, rows, wishSummaries, LocalDate.now(clock).format(dates), sources);
    }

    private Row fact(
            Locale locale, String key, List<OfferingDetails> offerings, Function<OfferingDetails, String> value) {
        List<Cell> cells = offerings.stream()
                .map(o -> {
                    String text = value.apply(o);
                    return new Cell(text == null || text.isBlank() ? "–" : text, List.of());
                })
                .toList();
        // The service's name explains itself; every other row says what it means.
        List<String> notes = "service".equals(key) ? List.of() : List.of(text(locale, "compare.explain." + key));
        return new Row(text(locale, "compare.row." + key), notes, cells, false);
    }

    /** Adds a worded mark to each cell whose offering meets one of the wishes of this kind. */
    private Row withWishes(Row row, Comparison c, boolean languages, Locale locale) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            List<String> marks = c.wishesMet().get(i).stream()
                    .filter(w -> w.language() == languages)
                    .map(w -> text(
                            locale,
                            languages ? "compare.wish.language" : "compare.wish.specialisation",
                            languages ? w.name().toLowerCase(locale) : w.name()))
                    .toList();
            cells.add(new Cell(row.cells().get(i).text(), marks));
        }
        return new Row(row.label(), row.notes(), cells, row.measure());
    }

    private Row measure(Locale locale, Comparison.Measure m) {
        List<String> notes = new ArrayList<>();
        if (m.explanation() != null) {
            notes.add(m.explanation());
        }
        notes.add(text(locale, direction(m.unit(), m.higherIsBetter())));
        for (Comparison.Average a : m.municipal()) {
            notes.add(
                    m.municipal().size() == 1
                            ? text(
                                    locale,
                                    "compare.average",
                                    a.year(),
                                    figure(locale, m.unit(), a.value()),
                                    a.providers())
                            : text(
                                    locale,
                                    "compare.average.forType",
                                    a.serviceTypeName().toLowerCase(locale),
                                    a.year(),
                                    figure(locale, m.unit(), a.value()),
                                    a.providers()));
        }
        if (m.national() != null) {
            notes.add(text(
                    locale,
                    "compare.national",
                    m.national().year(),
                    figure(locale, m.unit(), m.national().value())));
        }
        List<Cell> cells = m.values().stream()
                .map(v -> new Cell(v == null ? text(locale, "indicator.notMeasured") : value(locale, v), List.of()))
                .toList();
        return new Row(m.name(), notes, cells, true);
    }

    /** Which way is better, in words: "Färre är bättre" for counts, "Högre är bättre" for shares. */
    static String direction(IndicatorUnit unit, boolean higherIsBetter) {
        return "compare.direction." + unit.name() + "." + (higherIsBetter ? "higher" : "lower");
    }

    private String value(Locale locale, IndicatorValue v) {
        return switch (v.status()) {
            case SHOWN ->
                v.respondents() == null
                        ? text(locale, "compare.value", figure(locale, v.unit(), v.value()), v.year())
                        : text(
                                locale,
                                "compare.value.respondents",
                                figure(locale, v.unit(), v.value()),
                                v.year(),
                                v.respondents());
            case TOO_FEW_ANSWERS -> text(locale, "compare.value.tooFew", v.year());
            case NOT_MEASURED -> text(locale, "indicator.notMeasured");
        };
    }

    private String figure(Locale locale, IndicatorUnit unit, BigDecimal value) {
        return text(locale, "indicator.value." + unit.name(), value);
    }

    private String text(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    /**
     * The comparison as a PDF (A4 landscape): the providers as columns, every row with its
     * explanation, the date it was made and the sources of the figures; nothing that only works on
     * a screen.
     */
    @PermitAll
    public byte[] pdf(List<String> codes, OfferingQuery.Wishes wishes, Locale locale) {
        Table table = table(codes, wishes, locale);
        List<String> columns =
                table.offerings().stream().map(OfferingDetails::displayName).toList();
        List<PdfPrintout.ColumnRow> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            rows.add(new PdfPrintout.ColumnRow(
                    row.label(),
                    row.notes(),
                    row.cells().stream()
                            .map(cell -> cell.wishes().isEmpty()
                                    ? cell.text()
                                    : cell.text() + "\n"
                                            + String.join(
                                                    "\n",
                                                    cell.wishes().stream()
                                                            .map(w -> text(locale, "compare.pdf.wish", w))
                                                            .toList()))
                            .toList()));
        }
        if (table.wishSummaries().stream().anyMatch(s -> !s.isEmpty())) {
            // First, as on the page: how well each provider meets the resident's wishes.
            rows.add(
                    0, new PdfPrintout.ColumnRow(text(locale, "compare.row.wishes"), List.of(), table.wishSummaries()));
        }
        List<String> footer = new ArrayList<>();
        footer.add(text(locale, "compare.made", table.madeOn()));
        footer.add(text(locale, "compare.sources"));
        footer.addAll(table.sources());
        return PdfPrintout.renderColumns(
                text(locale, "compare.heading"),
                locale.getLanguage(),
                text(locale, "compare.caption", columns.size()),
                columns,
                rows,
                footer);
    }
}
