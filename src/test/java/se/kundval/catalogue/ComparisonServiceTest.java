package se.kundval.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;

/**
 * The comparison on a real MariaDB: every measure with its explanation, which way is better, the
 * municipality's average (of every provider of the service type with a figure, not only the
 * compared ones) and the national figure; the resident's wishes; and the PDF read back with
 * PDFBox, with the providers side by side on the same lines.
 */
@IntegrationTest
class ComparisonServiceTest {

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    @Autowired
    ComparisonService comparisons;

    @Autowired
    CatalogueTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    String type;
    String alfa;
    String beta;
    String gamma;
    String delta;

    @BeforeEach
    void threeProvidersAndOneMore() {
        type = data.serviceType(Delivery.HOME);
        alfa = data.anOffering()
                .ofType(type)
                .by("Alfa omsorg")
                .speaking("sv", "fi")
                .specialisedIn("DEMENS")
                .create();
        beta = data.anOffering()
                .ofType(type)
                .by("Beta vård")
                .speaking("sv", "ar")
                .create();
        gamma = data.anOffering().ofType(type).by("Gamma hemhjälp").create();
        delta = data.anOffering().ofType(type).by("Delta, inte jämförd").create();
        data.indicator(alfa, "NOJDHET", 2025, new BigDecimal("91"), 120);
        data.indicator(beta, "NOJDHET", 2025, new BigDecimal("80"), 50);
        data.indicator(gamma, "NOJDHET", 2025, new BigDecimal("70"), 40);
        data.indicator(delta, "NOJDHET", 2025, new BigDecimal("60"), 30);
        // An older year and a too-small survey do not count in this year's average.
        data.indicator(delta, "NOJDHET", 2024, new BigDecimal("10"), 30);
        data.indicator(gamma, "BEMOTANDE", 2025, new BigDecimal("99"), 3);
        data.indicator(alfa, "PERSONALKONTINUITET", 2025, new BigDecimal("10"), null);
        data.indicator(beta, "PERSONALKONTINUITET", 2025, new BigDecimal("14"), null);
        jdbc.update(
                "update quality_indicator qi join service_type st on st.id = qi.service_type_id"
                        + " join indicator_definition d on d.id = qi.indicator_id"
                        + " set qi.national_value = 85 where st.code = ? and d.code = 'NOJDHET' and qi.measure_year = 2025",
                type);
    }

    private static final OfferingQuery.Wishes FINNISH_AND_DEMENTIA =
            new OfferingQuery.Wishes(Set.of("fi"), Set.of("DEMENS"));

    @Test
    void everyMeasureIsExplainedWithDirectionAverageAndNationalFigure() {
        Comparison c = comparisons.comparison(List.of(alfa, beta, gamma), FINNISH_AND_DEMENTIA, SWEDISH);

        assertThat(c.offerings()).extracting(OfferingDetails::code).containsExactly(alfa, beta, gamma);
        Comparison.Measure satisfaction = measure(c, "NOJDHET");
        assertThat(satisfaction.explanation()).isNotBlank();
        assertThat(satisfaction.higherIsBetter()).isTrue();
        // (91 + 80 + 70 + 60) / 4: the provider not compared counts too, older years do not.
        assertThat(satisfaction.municipal()).singleElement().satisfies(a -> {
            assertThat(a.year()).isEqualTo(2025);
            assertThat(a.value()).isEqualByComparingTo("75.3");
            assertThat(a.providers()).isEqualTo(4);
        });
        assertThat(satisfaction.national().value()).isEqualByComparingTo("85");
        assertThat(measure(c, "PERSONALKONTINUITET").higherIsBetter()).isFalse();
        assertThat(measure(c, "PERSONALKONTINUITET").national()).isNull();
        // Gamma's only figure here has too few answers: no average can be made from it.
        assertThat(measure(c, "BEMOTANDE").municipal()).isEmpty();
        assertThat(c.wishesMet().get(0)).hasSize(2);
        assertThat(c.wishesMet().get(1)).isEmpty();
    }

    @Test
    void thePdfHasEveryRowWithTheProvidersSideBySideAndSaysWhenAndFromWhere() throws IOException {
        byte[] pdf = comparisons.pdf(List.of(alfa, beta, gamma), FINNISH_AND_DEMENTIA, SWEDISH);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
        List<String> lines = text.lines().toList();
        assertThat(lines)
                .as("the providers are columns, in the order compared")
                .anyMatch(l -> l.matches(".*Alfa omsorg.*Beta vård.*Gamma hemhjälp.*"));
        assertThat(lines)
                .as("one line holds every provider's satisfaction, in order")
                .anyMatch(
                        l -> l.matches(
                                "Nöjdhet totalt.*91 % \\(2025, 120 svar\\).*80 % \\(2025, 50 svar\\).*70 % \\(2025, 40 svar\\).*"));
        assertThat(lines).anyMatch(l -> l.matches("Personalkontinuitet.*10 \\(2025\\).*14 \\(2025\\).*inte mätt.*"));
        assertThat(lines).anyMatch(l -> l.matches("Gott bemötande.*inte mätt.*inte mätt.*för få svar \\(2025\\).*"));
        assertThat(lines).anyMatch(l -> l.matches("Språk.*Svenska, Finska.*Svenska, Arabiska.*Svenska.*"));
        assertThat(text)
                .contains("Högre är bättre.")
                .contains("Färre är bättre.")
                .contains("Snitt i kommunen 2025: 75 % (4 utförare)")
                .contains("Hela landet 2025: 85 %")
                .contains("Andel av dem som svarade som är nöjda med hjälpen som helhet.")
                .contains("Talar finska – din önskan")
                .contains("Demenskompetens – din önskan")
                .contains("Antal platser")
                .contains("Uppgifterna kontrollerade av utföraren")
                .doesNotContain("Välj dem i listan")
                .doesNotContain("klicka");
        assertThat(lines)
                .anyMatch(
                        l -> l.matches(
                                "Dina önskemål.*Uppfyller 2 av 2 önskemål.*Uppfyller 0 av 2 önskemål.*Uppfyller 0 av 2 önskemål.*"));
        // PDFBox reads the first letter of a free-standing paragraph as a word of its own ("J ämför"),
        // so the closing lines are compared without spaces.
        String compact = text.replaceAll("\\s+", "");
        assertThat(compact)
                .contains(("Jämförelsen gjordes "
                                + LocalDate.now(clock)
                                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                                .withLocale(SWEDISH)))
                        .replace(" ", ""))
                .contains("Uppgifternakommerfrån:")
                .contains("Kvalitetssiffror:Testkälla");
    }

    @Test
    void theComparisonSpeaksEnglish() {
        ComparisonService.Table table =
                comparisons.table(List.of(alfa, beta), OfferingQuery.Wishes.NONE, Locale.ENGLISH);

        assertThat(table.rows())
                .anySatisfy(r -> assertThat(r.notes()).contains("Fewer is better."))
                .anySatisfy(r -> assertThat(r.notes()).contains("Higher is better."));
        assertThat(table.wishSummaries()).containsOnly("");
    }

    private static Comparison.Measure measure(Comparison c, String code) {
        return c.measures().stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
