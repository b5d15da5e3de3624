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
