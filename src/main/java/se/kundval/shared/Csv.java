package se.kundval.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The portal's CSV, in and out, through Apache Commons CSV: semicolons and a byte-order mark, as
 * Swedish spreadsheet programs expect; quoted where a cell needs it. Exported cells that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) get a
 * leading apostrophe, so a name typed into the portal cannot become a command on an officer's
 * computer (CSV injection).
 */
public final class Csv {

    private static final char BOM = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private Csv() {}

    /** A whole file: header line and rows, UTF-8 with a byte-order mark. */
    public static byte[] export(List<String> headers, List<List<String>> rows) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(headers.stream().map(Csv::neutralise).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Csv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cells of one line of an imported file (quotes understood, values as written). */
    public static List<String> cells(String line) {
        try {
            List<CSVRecord> records = FORMAT.parse(new StringReader(line.replace(String.valueOf(BOM), "")))
                    .getRecords();
            return records.isEmpty() ? List.of("") : records.getFirst().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("not a CSV line", e);
        }
    }

    /** A cell as it may safely reach a spreadsheet. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
