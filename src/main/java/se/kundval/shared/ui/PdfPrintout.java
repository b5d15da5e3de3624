package se.kundval.shared.ui;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Printouts made on the server (OpenPDF): a title, sections of label–value lines and a closing
 * note, in whatever language the caller wrote them (receipts, comparisons). Callers never put a
 * full personnummer in one.
 */
public final class PdfPrintout {

    private PdfPrintout() {}

    /** A heading with its lines (e.g. one provider in a comparison). */
    public record Section(String heading, List<Line> lines) {}

    /** One label and its value. */
    public record Line(String label, String value) {}

    /**
     * One row of a table with a column per compared item: a label with lines that explain it,
     * and one value per column.
     */
    public record ColumnRow(String label, List<String> notes, List<String> values) {}

    /**
     * A table with the items side by side (e.g. providers in a comparison), on A4 landscape so
     * three columns fit; the column headings repeat on every page. Closing lines (date, sources)
     * follow the table.
     */
    public static byte[] renderColumns(
            String title,
            String language,
            String caption,
            List<String> columns,
            List<ColumnRow> rows,
            List<String> footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(org.openpdf.text.pdf.PdfName.LANG, new org.openpdf.text.pdf.PdfString(language));
        document.addTitle(title);
        document.addCreator("Kundval");
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font note = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
        Paragraph h = new Paragraph(title, heading);
        h.setSpacingAfter(6);
        document.add(h);
        Paragraph c = new Paragraph(caption, text);
        c.setSpacingAfter(10);
        document.add(c);
        float[] widths = new float[columns.size() + 1];
        widths[0] = 1.6f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(cell(new Paragraph("", bold)));
        for (String column : columns) {
            table.addCell(cell(new Paragraph(column, bold)));
        }
        for (ColumnRow row : rows) {
            Paragraph label = new Paragraph(row.label(), bold);
            for (String line : row.notes()) {
                label.add(new org.openpdf.text.Chunk("\n" + line, note));
            }
            table.addCell(cell(label));
            for (int i = 0; i < columns.size(); i++) {
                String value = i < row.values().size() ? row.values().get(i) : "";
                table.addCell(cell(new Paragraph(value == null ? "" : value, text)));
            }
        }
        document.add(table);
        boolean first = true;
        for (String line : footer) {
            Paragraph p = new Paragraph(line, first ? text : note);
            p.setSpacingBefore(first ? 12 : 2);
            document.add(p);
            first = false;
        }
        document.close();
        return out.toByteArray();
    }

    private static org.openpdf.text.pdf.PdfPCell cell(Paragraph content) {
        org.openpdf.text.pdf.PdfPCell cell = new org.openpdf.text.pdf.PdfPCell(content);
        cell.setPadding(5);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    public static byte[] render(String title, String language, List<Line> lines, String footer) {
        return renderSections(title, language, List.of(new Section(null, lines)), footer);
    }

    public static byte[] renderSections(String title, String language, List<Section> sections, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // The document's language, so screen readers read the PDF with the right voice.
        writer.getExtraCatalog().put(org.openpdf.text.pdf.PdfName.LANG, new org.openpdf.text.pdf.PdfString(language));
        document.addTitle(title);
        document.addCreator("Kundval");
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 12);
        Paragraph h = new Paragraph(title, heading);
        h.setSpacingAfter(16);
        document.add(h);
        Font sectionHeading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        for (Section section : sections) {
            if (section.heading() != null) {
                Paragraph sh = new Paragraph(section.heading(), sectionHeading);
                sh.setSpacingBefore(12);
                sh.setSpacingAfter(6);
                document.add(sh);
            }
            PdfPTable table = new PdfPTable(new float[] {1.2f, 2f});
            table.setWidthPercentage(100);
            for (Line line : section.lines()) {
                table.getDefaultCell().setBorder(0);
                table.getDefaultCell().setPaddingBottom(6);
                table.addCell(new Paragraph(line.label(), label));
                table.addCell(new Paragraph(line.value() == null ? "" : line.value(), text));
            }
            document.add(table);
        }
        Paragraph end = new Paragraph(footer, text);
        end.setSpacingBefore(16);
        end.setAlignment(Element.ALIGN_LEFT);
        document.add(end);
        document.close();
        return out.toByteArray();
    }
}
