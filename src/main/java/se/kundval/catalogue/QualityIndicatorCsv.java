package se.kundval.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.kundval.identity.Organisationsnummer;
import se.kundval.shared.Csv;
import se.kundval.shared.ReferenceDataException;

/**
 * The quality indicator CSV (semicolon-separated, UTF-8, one header line), as documented in
 * providers-data/README.md. Used by the start-up import and by the officers' import in the portal.
 */
public final class QualityIndicatorCsv {

    public static final List<String> HEADER =
            List.of("orgnr", "serviceType", "indicator", "year", "value", "respondents", "source");

    /** The header with the optional last column: the national figure, when the source gives one. */
    public static final List<String> HEADER_WITH_NATIONAL =
            List.of("orgnr", "serviceType", "indicator", "year", "value", "respondents", "source", "national");

    public record Row(
            int line,
            Organisationsnummer provider,
            String serviceType,
            String indicator,
            int year,
            BigDecimal value,
            Integer respondents,
            String source,
            BigDecimal national) {}

    private QualityIndicatorCsv() {}

    /** Parses every line; the first problem found stops the parse with file, line and column. */
    public static List<Row> parse(String file, List<String> lines) {
        if (lines.isEmpty()) {
            throw new ReferenceDataException(
                    file, 1, null, "the file is empty; the first line must be " + String.join(";", HEADER));
        }
        List<String> header = cellsOf(file, 1, lines.getFirst().strip());
        if (!header.equals(HEADER) && !header.equals(HEADER_WITH_NATIONAL)) {
            throw new ReferenceDataException(file, 1, null, "the first line must be " + String.join(";", HEADER));
        }
        int columns = header.size();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            String[] cells = cellsOf(file, line, text).toArray(String[]::new);
            if (cells.length != columns) {
                throw new ReferenceDataException(
                        file, line, null, "expected " + columns + " values separated by ';', found " + cells.length);
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            Organisationsnummer.problemWith(cells[0]).ifPresent(p -> {
                throw new ReferenceDataException(file, line, "orgnr", "not a valid organisationsnummer (" + p + ")");
            });
            Organisationsnummer orgnr = Organisationsnummer.parse(cells[0]);
            if (cells[1].isEmpty()) {
                throw new ReferenceDataException(file, line, "serviceType", "is required");
            }
            if (cells[2].isEmpty()) {
                throw new ReferenceDataException(file, line, "indicator", "is required");
            }
            int year = wholeNumber(file, line, "year", cells[3], 2000, 2100);
            BigDecimal value = number(file, line, "value", cells[4]);
            BigDecimal national = columns > HEADER.size() ? number(file, line, "national", cells[7]) : null;
            Integer respondents =
                    cells[5].isEmpty() ? null : wholeNumber(file, line, "respondents", cells[5], 0, 10_000_000);
            if (cells[6].isEmpty()) {
                throw new ReferenceDataException(file, line, "source", "is required");
            }
            if (cells[6].length() > 300) {
                throw new ReferenceDataException(file, line, "source", "at most 300 characters");
            }
            rows.add(new Row(line, orgnr, cells[1], cells[2], year, value, respondents, cells[6], national));
        }
        return rows;
    }

    /** The cells of a line, through the portal's CSV reader (a quoted cell may hold a semicolon). */
    private static List<String> cellsOf(String file, int line, String text) {
        try {
            return Csv.cells(text);
        } catch (IllegalArgumentException e) {
            throw new ReferenceDataException(file, line, null, "not a readable CSV line (check the quotes)");
        }
    }

    /** A decimal number (point or comma), or null for an empty cell. */
    private static BigDecimal number(String file, int line, String field, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new ReferenceDataException(file, line, field, "must be a number");
        }
    }

    private static int wholeNumber(String file, int line, String field, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new ReferenceDataException(file, line, field, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ReferenceDataException(file, line, field, "must be a whole number");
        }
    }
}
