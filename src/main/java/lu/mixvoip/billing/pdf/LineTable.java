package lu.mixvoip.billing.pdf;

import java.util.List;
import java.util.Objects;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.LineKind;

/**
 * The invoice lines in one table, so every amount sits in the same right-aligned column: monthly fees, then
 * support work, then travel, each under a section row. The column header repeats on every page.
 */
final class LineTable {
    /** date, ticket, description, mode, skill, time class, actual min, billed min, unit price, amount. */
    private static final float[] WIDTHS = {48, 53, 90, 51, 52, 60, 30, 41, 46, 52};
    private static final int COLUMNS = WIDTHS.length;
    /** A fee or travel line writes its text across description … billed minutes. */
    private static final int TEXT_SPAN = 6;
    private static final float PADDING = 2.6f;

    private final InvoiceLabels labels;
    private final InvoiceFormat format;

    LineTable(InvoiceLabels labels, InvoiceFormat format) {
        this.labels = labels;
        this.format = format;
    }

    PdfPTable build(List<InvoiceLine> lines) {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(14);
        header(table);
        section(table, lines, LineKind.FEE, labels.sectionFees());
        section(table, lines, LineKind.LABOUR, labels.sectionLabour());
        section(table, lines, LineKind.TRAVEL, labels.sectionTravel());
        return table;
    }

    private void header(PdfPTable table) {
        String[] names = {labels.columnDate(), labels.columnTicket(), labels.columnDescription(), labels.columnMode(),
                labels.columnSkill(), labels.columnTimeClass(), labels.columnActualMinutes(),
                labels.columnBilledMinutes(), labels.columnUnitPrice(), labels.columnAmount()};
        for (int column = 0; column < COLUMNS; column++) {
            PdfPCell cell = InvoiceStyle.plain(names[column], InvoiceStyle.TABLE_HEADER,
                    column >= 6 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setBackgroundColor(InvoiceStyle.ACCENT);
            cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            cell.setPadding(PADDING);
            cell.setPaddingTop(4.5f);
            cell.setPaddingBottom(4.5f);
            table.addCell(cell);
        }
    }

    private void section(PdfPTable table, List<InvoiceLine> lines, LineKind kind, String title) {
        List<InvoiceLine> ofKind = lines.stream().filter(l -> l.kind() == kind).toList();
        if (ofKind.isEmpty()) {
            return;
        }
        PdfPCell heading = InvoiceStyle.plain(title, InvoiceStyle.TABLE_SECTION);
        heading.setColspan(COLUMNS);
        heading.setBackgroundColor(InvoiceStyle.SECTION);
        heading.setPadding(PADDING);
        heading.setPaddingTop(4.5f);
        heading.setPaddingBottom(4.5f);
        table.addCell(heading);

        // Zebra by intervention, not by line: the pieces of one intervention read as one block.
        boolean shaded = true;
        InvoiceLine previous = null;
        for (InvoiceLine line : ofKind) {
            boolean samePiece = previous != null && kind == LineKind.LABOUR
                    && Objects.equals(previous.reference(), line.reference());
            if (!samePiece) {
                shaded = !shaded;
            }
            previous = line;
            switch (kind) {
                case FEE -> fee(table, line, shaded);
                case LABOUR -> labour(table, line, shaded);
                case TRAVEL -> travel(table, line, shaded);
            }
        }
    }

    private void fee(PdfPTable table, InvoiceLine line, boolean shaded) {
        Phrase text = InvoiceStyle.phrase(labels.feeLine(line.tier(), line.quantity(), line.basis()) + "\n",
                InvoiceStyle.TABLE);
        text.add(InvoiceStyle.phrase(labels.feeDetail(line.reference(), format.date(line.date()),
                format.date(line.date().plusDays(line.quantity() - 1))), InvoiceStyle.TABLE_MUTED));
        spanned(table, line, text, shaded);
    }

    private void travel(PdfPTable table, InvoiceLine line, boolean shaded) {
        spanned(table, line, InvoiceStyle.phrase(labels.travelLine(line.reference()), InvoiceStyle.TABLE), shaded);
    }

    /** A fee or travel line: its text takes the columns that only labour uses. */
    private void spanned(PdfPTable table, InvoiceLine line, Phrase text, boolean shaded) {
        table.addCell(cell(format.date(line.date()), Element.ALIGN_LEFT, shaded));
        table.addCell(cell("", Element.ALIGN_LEFT, shaded));
        PdfPCell description = cell(text, Element.ALIGN_LEFT, shaded);
        description.setColspan(TEXT_SPAN);
        table.addCell(description);
        table.addCell(cell(format.money(line.unitRate()), Element.ALIGN_RIGHT, shaded));
        table.addCell(cell(format.money(line.amount()), Element.ALIGN_RIGHT, shaded));
    }

    private void labour(PdfPTable table, InvoiceLine line, boolean shaded) {
        table.addCell(cell(format.date(line.date()), Element.ALIGN_LEFT, shaded));
        table.addCell(cell(text(line.ticket()), Element.ALIGN_LEFT, shaded));
        table.addCell(cell(text(line.description()), Element.ALIGN_LEFT, shaded));
        table.addCell(cell(line.mode() == null ? "" : labels.mode(line.mode()), Element.ALIGN_LEFT, shaded));
        table.addCell(cell(line.skill() == null ? "" : labels.skill(line.skill()), Element.ALIGN_LEFT, shaded));
        table.addCell(cell(line.timeClass() == null ? "" : labels.timeClass(line.timeClass()), Element.ALIGN_LEFT,
                shaded));
        // Actual minutes belong to the intervention: printed on its first piece only.
        table.addCell(cell(line.actualMinutes() == null ? "" : format.minutes(line.actualMinutes()),
                Element.ALIGN_RIGHT, shaded));
        table.addCell(cell(format.minutes(line.quantity()), Element.ALIGN_RIGHT, shaded));
        // Work a MANAGED contract covers (§14): "included" in place of the rate, at 0.00.
        table.addCell(cell(line.included() ? labels.included() : format.money(line.unitRate()), Element.ALIGN_RIGHT,
                shaded));
        table.addCell(cell(format.money(line.amount()), Element.ALIGN_RIGHT, shaded));
    }

    private static PdfPCell cell(String text, int alignment, boolean shaded) {
        return cell(InvoiceStyle.phrase(text, InvoiceStyle.TABLE), alignment, shaded);
    }

    private static PdfPCell cell(Phrase phrase, int alignment, boolean shaded) {
        PdfPCell cell = InvoiceStyle.plain(phrase, alignment);
        cell.setPadding(PADDING);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(InvoiceStyle.RULE);
        cell.setBorderWidth(0.4f);
        if (alignment == Element.ALIGN_RIGHT) {
            cell.setNoWrap(true);
        }
        if (shaded) {
            cell.setBackgroundColor(InvoiceStyle.ZEBRA);
        }
        return cell;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
