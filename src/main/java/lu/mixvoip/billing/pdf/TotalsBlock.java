package lu.mixvoip.billing.pdf;

import static lu.mixvoip.billing.pdf.InvoiceStyle.plain;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatTreatment;

/**
 * The end of the document, kept on one page: the totals on the right (subtotals, VAT, amount due) and, on the left,
 * the VAT mention of billing-rules §7 and the payment terms, or on a credit note (negative totals, the cancelled
 * invoice's VAT treatment) how the credited amount is settled.
 */
final class TotalsBlock {
    private final Seller seller;
    private final InvoiceLabels labels;
    private final InvoiceFormat format;

    TotalsBlock(Seller seller, InvoiceLabels labels, InvoiceFormat format) {
        this.seller = seller;
        this.labels = labels;
        this.format = format;
    }

    PdfPTable build(BilledDocument document) {
        PdfPTable block = new PdfPTable(new float[] {54, 46});
        block.setWidthPercentage(100);
        block.setKeepTogether(true);

        // addElement, not new PdfPCell(table): a table given to the constructor is stretched to the row's height.
        PdfPCell notes = new PdfPCell();
        notes.addElement(notes(document));
        notes.setBorder(Rectangle.NO_BORDER);
        notes.setPadding(0);
        notes.setPaddingRight(24);
        block.addCell(notes);

        PdfPCell totals = new PdfPCell();
        totals.addElement(totals(document.content()));
        totals.setBorder(Rectangle.NO_BORDER);
        totals.setPadding(0);
        block.addCell(totals);
        return block;
    }

    private PdfPTable totals(Invoice invoice) {
        PdfPTable table = new PdfPTable(new float[] {60, 40});
        table.setWidthPercentage(100);
        // Only the kinds the invoice has: a "travel 0,00 €" row would be noise.
        if (has(invoice, LineKind.FEE)) {
            row(table, labels.totalFees(), null, invoice.fees(), InvoiceStyle.BODY);
        }
        if (has(invoice, LineKind.LABOUR)) {
            row(table, labels.totalLabour(),
                    labels.labourSummary(invoice.interventions(), format.minutes(invoice.billedMinutes())),
                    invoice.labour(), InvoiceStyle.BODY);
        }
        if (has(invoice, LineKind.TRAVEL)) {
            row(table, labels.totalTravel(), null, invoice.travel(), InvoiceStyle.BODY);
        }
        row(table, labels.totalExclVat(), null, invoice.totalExclVat(), InvoiceStyle.BODY_BOLD);
        row(table, labels.vat(format.percent(invoice.vatRate())), null, invoice.vat(), InvoiceStyle.BODY);
        amountDue(table, invoice.totalInclVat());
        return table;
    }

    private void row(PdfPTable table, String label, String detail, BigDecimal amount, Font font) {
        Phrase text = InvoiceStyle.phrase(label, font);
        if (detail != null) {
            text.add(InvoiceStyle.phrase("\n" + detail, InvoiceStyle.TABLE_MUTED));
        }
        PdfPCell name = plain(text, Element.ALIGN_LEFT);
        PdfPCell value = plain(format.money(amount), font, Element.ALIGN_RIGHT);
        value.setNoWrap(true);
        for (PdfPCell cell : new PdfPCell[] {name, value}) {
            cell.setPaddingTop(4);
            cell.setPaddingBottom(4);
            cell.setPaddingLeft(6);
            cell.setPaddingRight(6);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(InvoiceStyle.RULE);
            cell.setBorderWidth(0.5f);
            table.addCell(cell);
        }
    }

    private void amountDue(PdfPTable table, BigDecimal amount) {
        PdfPCell name = plain(labels.totalInclVat(), InvoiceStyle.TOTAL);
        PdfPCell value = plain(format.money(amount), InvoiceStyle.TOTAL, Element.ALIGN_RIGHT);
        value.setNoWrap(true);
        for (PdfPCell cell : new PdfPCell[] {name, value}) {
            cell.setBackgroundColor(InvoiceStyle.ACCENT);
            cell.setPaddingTop(6);
            cell.setPaddingBottom(7);
            cell.setPaddingLeft(6);
            cell.setPaddingRight(6);
            table.addCell(cell);
        }
    }

    /**
     * The VAT mention (boxed, so the customer's accountant cannot miss it), then the payment terms; a credit note
     * asks for no payment and says instead what becomes of the credited amount.
     */
    private PdfPTable notes(BilledDocument document) {
        PdfPTable notes = new PdfPTable(1);
        notes.setWidthPercentage(100);
        VatTreatment treatment = document.content().vatTreatment();
        if (treatment != null && treatment.mention() != null) {
            Phrase mention = InvoiceStyle.phrase(treatment.mention(), InvoiceStyle.NOTICE);
            String translation = labels.vatMentionTranslation(treatment);
            if (translation != null) {
                mention.add(InvoiceStyle.phrase("\n" + translation, InvoiceStyle.NOTICE));
            }
            PdfPCell box = plain(mention, Element.ALIGN_LEFT);
            box.setBorder(Rectangle.LEFT);
            box.setBorderWidthLeft(2.5f);
            box.setBorderColorLeft(InvoiceStyle.ACCENT);
            box.setBackgroundColor(InvoiceStyle.SECTION);
            box.setPadding(7);
            box.setPaddingLeft(9);
            box.setLeading(0, 1.35f);
            notes.addCell(box);
            notes.addCell(gap(12));
        }

        String title = document.isCreditNote() ? labels.settlementTitle() : labels.paymentTermsTitle();
        notes.addCell(plain(title.toUpperCase(Locale.ROOT), InvoiceStyle.CAPTION));
        notes.addCell(gap(4));
        String text = document.isCreditNote() ? labels.creditNoteSettlement() : paymentTerms(document.invoice());
        PdfPCell terms = plain(text, InvoiceStyle.BODY);
        terms.setLeading(0, 1.4f);
        notes.addCell(terms);
        notes.addCell(gap(10));
        notes.addCell(plain(labels.thanks(), InvoiceStyle.BODY_MUTED));
        return notes;
    }

    private String paymentTerms(IssuedInvoice issued) {
        long days = ChronoUnit.DAYS.between(issued.issueDate(), issued.dueDate());
        return labels.paymentTerms(days, format.date(issued.dueDate()), InvoiceFormat.iban(seller.iban()),
                seller.bic(), issued.number());
    }

    private static PdfPCell gap(float height) {
        PdfPCell gap = plain("", InvoiceStyle.BODY);
        gap.setFixedHeight(height);
        return gap;
    }

    private static boolean has(Invoice invoice, LineKind kind) {
        for (InvoiceLine line : invoice.lines()) {
            if (line.kind() == kind) {
                return true;
            }
        }
        return false;
    }
}
