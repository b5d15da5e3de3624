package se.kundval.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.catalogue.QualityIndicatorCsv;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.ProviderType;
import se.kundval.shared.ReferenceDataException;

/** Parsing and validation of providers-data, without a database. */
class ReferenceDataReaderTest {

    @TempDir
    Path tempDir;

    @Test
    void readsTheSampleMunicipality() {
        ReferenceData data = new ReferenceDataReader(SampleDataFolder.original()).read();

        assertThat(data.areas())
                .extracting(ReferenceData.AreaRow::name)
                .containsExactlyInAnyOrder(
                        "Sicklaön", "Boo", "Fisksätra", "Saltsjöbaden", "Älta", "Orminge", "Ektorp", "Björknäs");
        assertThat(data.servicePoints()).hasSize(5);
        assertThat(data.serviceTypes())
                .extracting(ReferenceData.ServiceTypeRow::code)
                .contains("HEMTJANST", "DAGLIG_VERKSAMHET", "BOENDESTOD", "ARBETSTRANING");
        assertThat(data.providers()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(data.providers())
                .extracting(ReferenceData.ProviderRow::type)
                .contains(
                        ProviderType.MUNICIPAL,
                        ProviderType.PRIVATE,
                        ProviderType.COOPERATIVE,
                        ProviderType.NON_PROFIT);
        assertThat(data.accreditations())
                .filteredOn(a -> a.status() == AccreditationStatus.SUSPENDED)
                .hasSize(1);
        assertThat(data.offerings()).anyMatch(o -> !o.takesNewCustomers());
        assertThat(data.offerings()).anyMatch(o -> o.texts().containsKey("en"));
        assertThat(data.qualityIndicators()).anyMatch(q -> q.respondents() != null && q.respondents() < 5);
        assertThat(data.residents()).allMatch(r -> !r.entitlements().isEmpty());
    }

    @Test
    void namesFileLineAndFieldForAnInvalidOrganisationsnummer() {
        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        int line = folder.replaceFirst("providers.yaml", "orgnr: \"556677-8899\"", "orgnr: \"556677-8898\"");

        assertThatThrownBy(() -> new ReferenceDataReader(folder.folders()).read())
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("providers.yaml");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).endsWith(".orgnr");
                    assertThat(e.getMessage()).contains("check digit");
                });
    }

    @Test
    void namesTheLineOfAYamlSyntaxError() {
        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        int line = folder.replaceFirst("areas.yaml", "name: Boo", "name: [Boo");

        assertThatThrownBy(() -> new ReferenceDataReader(folder.folders()).read())
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("areas.yaml");
                    assertThat(e.line()).isGreaterThanOrEqualTo(line);
                    assertThat(e.getMessage()).contains("not valid YAML");
                });
    }

    @Test
    void refusesAnUnknownAreaInAnOffering() {
        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        int line = folder.replaceFirst("offerings.yaml", "areas: [SICKLAON, BOO,", "areas: [SICKLAON, BOOO,");

        assertThatThrownBy(() -> new ReferenceDataReader(folder.folders()).read())
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("offerings.yaml");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).endsWith("areas[2]");
                    assertThat(e.getMessage()).contains("unknown area 'BOOO'");
                });
    }

    @Test
    void refusesAMisspeltField() {
        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        int line = folder.replaceFirst("service-types.yaml", "noticePeriodDays:", "noticePeriodDay:");

        assertThatThrownBy(() -> new ReferenceDataReader(folder.folders()).read())
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("service-types.yaml");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).endsWith("noticePeriodDay");
                    assertThat(e.getMessage()).contains("unknown field");
                });
    }

    @Test
    void refusesASummaryOverThreeHundredCharacters() {
        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        folder.replaceFirst("offerings.yaml", "sv: Kommunens egen hemtjänst", "sv: " + "x".repeat(300) + " Kommunens");

        assertThatThrownBy(() -> new ReferenceDataReader(folder.folders()).read())
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("offerings.yaml");
                    assertThat(e.field()).endsWith("summary.sv");
                    assertThat(e.getMessage()).contains("at most 300");
                });
    }

    @Test
    void refusesAResidentWithAnInvalidPersonnummerWithoutRepeatingIt() {
        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        String first = folder.lines("residents.yaml").stream()
                .filter(l -> l.contains("personnummer:"))
                .findFirst()
                .orElseThrow();
        String broken = first.replaceAll("\\d\"", "0\"");
        if (broken.equals(first)) {
            broken = first.replaceAll("\\d\"", "1\"");
        }
        folder.replaceFirst("residents.yaml", first, broken);

        assertThatThrownBy(() -> new ReferenceDataReader(folder.folders()).read())
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("residents.yaml");
                    assertThat(e.field()).endsWith("personnummer");
                    assertThat(e.getMessage()).doesNotContainPattern("\\d{6}-?\\d{4}");
                });
    }

    @Test
    void quality_csv_names_line_and_column() {
        List<String> lines = List.of(
                String.join(";", QualityIndicatorCsv.HEADER),
                "556677-8899;HEMTJANST;NOJDHET;2025;91;84;Källa",
                "556677-8899;HEMTJANST;NOJDHET;tjugo;91;84;Källa");

        assertThatThrownBy(() -> QualityIndicatorCsv.parse("q.csv", lines))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("year");
                });
        assertThatThrownBy(() -> QualityIndicatorCsv.parse("q.csv", List.of("orgnr,serviceType")))
                .hasMessageContaining("first line must be");
        assertThatThrownBy(() -> QualityIndicatorCsv.parse("q.csv", List.of(lines.get(0), "556677-8899;HEMTJANST")))
                .hasMessageContaining("line 2")
                .hasMessageContaining("expected 7 values");
    }

    @Test
    void quality_csv_accepts_decimal_comma_and_empty_values() {
        List<QualityIndicatorCsv.Row> rows = QualityIndicatorCsv.parse(
                "q.csv",
                List.of(
                        String.join(";", QualityIndicatorCsv.HEADER),
                        "556677-8899;HEMTJANST;NOJDHET;2025;91,5;84;Källa",
                        "556677-8899;HEMTJANST;BEMOTANDE;2025;;;Källa"));

        assertThat(rows.get(0).value()).isEqualByComparingTo("91.5");
        assertThat(rows.get(1).value()).isNull();
        assertThat(rows.get(1).respondents()).isNull();
    }
}
