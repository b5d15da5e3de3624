package se.kundval.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kundval.catalogue.QualityIndicatorCsv;

/** Every CSV the portal writes or reads goes through {@link Csv}. */
class CsvTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
        String text = new String(
                Csv.export(
                        List.of("namn", "värde"),
                        List.of(
                                List.of("=HYPERLINK(\"http://evil.example\")", "+1"),
                                List.of("-2+3", "@SUM(A1)"),
                                List.of("\tflik", "\rretur"))),
                StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(1)).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\";'+1");
        assertThat(lines.get(2)).isEqualTo("'-2+3;'@SUM(A1)");
        assertThat(text).contains("'\tflik").contains("'\rretur");
    }

    @Test
    void aFileStartsWithAByteOrderMarkAndQuotesSemicolonsAndQuotes() {
        byte[] bytes = Csv.export(List.of("a", "b"), List.of(List.of("Omsorg; Boo", "Säger \"hej\"")));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFa;b\r\n");
        assertThat(text).endsWith("\"Omsorg; Boo\";\"Säger \"\"hej\"\"\"\r\n");
        assertThat(Csv.cells(text.lines().toList().get(1))).containsExactly("Omsorg; Boo", "Säger \"hej\"");
    }

    @Test
    void theQualityImportReadsQuotedCellsWithSemicolons() {
        List<QualityIndicatorCsv.Row> rows = QualityIndicatorCsv.parse(
                "fil",
                List.of(
                        "\uFEFForgnr;serviceType;indicator;year;value;respondents;source",
                        "556677-8899;HEMTJANST;NOJDHET;2025;87,5;40;\"Socialstyrelsen; Öppna jämförelser\""));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.source()).isEqualTo("Socialstyrelsen; Öppna jämförelser");
            assertThat(row.value()).isEqualByComparingTo("87.5");
        });
    }
}
