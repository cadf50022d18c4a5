package lu.mixvoip.billing.pdf;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatTreatment;

/**
 * The end of the document, kept on one page (measured before the line table is laid out, so that the table keeps
 * its last lines with it): the totals on the right (subtotals, VAT, amount due) and, on the left, the VAT mention
 * of billing-rules §7 in the customer's language and the payment terms, or on a credit note (negative totals, the
 * cancelled invoice's VAT treatment) how the credited amount is settled.
 */
final class TotalsBlock {
    private static final float WIDTH = InvoiceStyle.RIGHT - InvoiceStyle.LEFT;
    private static final float NOTES_WIDTH = WIDTH * 0.54f - 24;
    private static final float TOTALS_WIDTH = WIDTH * 0.46f;
    private static final float TOTALS_X = InvoiceStyle.RIGHT - TOTALS_WIDTH;
    private static final float CELL_PADDING = 6;
    private static final float MENTION_PADDING = 7;
    private static final float MENTION_INSET = 9;
    /** Space between the line table and this block. */
    static final float SPACE_ABOVE = 14;

    private record TotalRow(TextBlock label, TextBlock amount, boolean due) {
        float height() {
            float padding = due ? 13 : 8;
            return Math.max(label.height(), amount.height()) + padding;
        }
    }

    private final TextBlock mention;
    private final TextBlock notes;
    private final List<TotalRow> totals = new ArrayList<>();

    TotalsBlock(Seller seller, InvoiceLabels labels, InvoiceFormat format, BilledDocument document,
                PageCanvas canvas) {
        VatTreatment treatment = document.content().vatTreatment();
        String mentionText = treatment == null ? null : labels.vatMention(treatment);
        this.mention = mentionText == null ? null
                : new TextBlock(NOTES_WIDTH - MENTION_INSET - MENTION_PADDING)
                        .add(InvoiceStyle.NOTICE, canvas.printable(mentionText), 1.35f);

        String title = document.isCreditNote() ? labels.settlementTitle() : labels.paymentTermsTitle();
        String terms = document.isCreditNote() ? labels.creditNoteSettlement()
                : paymentTerms(seller, labels, format, document.invoice());
        this.notes = new TextBlock(NOTES_WIDTH)
                .add(InvoiceStyle.CAPTION, canvas.printable(title.toUpperCase(Locale.ROOT)), 1.3f)
                .gap(4)
                .add(InvoiceStyle.BODY, canvas.printable(terms), 1.4f)
                .gap(10)
                .add(InvoiceStyle.BODY_MUTED, canvas.printable(labels.thanks()), 1.3f);

        Invoice invoice = document.content();
        // Only the kinds the invoice has: a "travel 0,00 €" row would be noise.
        if (has(invoice, LineKind.FEE)) {
            row(canvas, format, labels.totalFees(), null, invoice.fees(), InvoiceStyle.BODY);
        }
        if (has(invoice, LineKind.LABOUR)) {
            row(canvas, format, labels.totalLabour(),
                    labels.labourSummary(invoice.interventions(), format.minutes(invoice.billedMinutes())),
                    invoice.labour(), InvoiceStyle.BODY);
        }
        if (has(invoice, LineKind.TRAVEL)) {
            row(canvas, format, labels.totalTravel(), null, invoice.travel(), InvoiceStyle.BODY);
        }
        row(canvas, format, labels.totalExclVat(), null, invoice.totalExclVat(), InvoiceStyle.BODY_BOLD);
        row(canvas, format, labels.vat(format.percent(invoice.vatRate())), null, invoice.vat(), InvoiceStyle.BODY);
        String due = canvas.printable(format.money(invoice.totalInclVat()));
        float amountWidth = InvoiceStyle.TOTAL.width(due);
        totals.add(new TotalRow(new TextBlock(TOTALS_WIDTH - amountWidth - 3 * CELL_PADDING)
                .add(InvoiceStyle.TOTAL, canvas.printable(labels.totalInclVat()), 1.2f),
                new TextBlock(amountWidth, true).add(InvoiceStyle.TOTAL, due, 1.2f), true));
    }

    /** The whole block's height, with the space above it. */
    float height() {
        float left = notes.height() + (mention == null ? 0 : mention.height() + 2 * MENTION_PADDING + 12);
        float right = 0;
        for (TotalRow row : totals) {
            right += row.height();
        }
        return SPACE_ABOVE + Math.max(left, right);
    }

    /** Draws the block under the table, on a new page if what is left of this one is too little. */
    void draw(PageCanvas canvas) {
        if (height() > canvas.room()) {
            canvas.newPage();
        } else {
            canvas.down(SPACE_ABOVE);
        }
        float top = canvas.y();
        float left = InvoiceStyle.LEFT;
        float y = top;
        if (mention != null) {
            // Boxed, with an accent bar on its left, so the customer's accountant cannot miss it.
            float boxHeight = mention.height() + 2 * MENTION_PADDING;
            canvas.rectangle(InvoiceStyle.SECTION, left, y - boxHeight, NOTES_WIDTH, boxHeight);
            canvas.rectangle(InvoiceStyle.ACCENT, left, y - boxHeight, 2.5f, boxHeight);
            mention.draw(canvas, left + MENTION_INSET, y - MENTION_PADDING);
            y -= boxHeight + 12;
        }
        float bottom = notes.draw(canvas, left, y);

        y = top;
        for (TotalRow row : totals) {
            float height = row.height();
            float padding = row.due() ? 6 : 4;
            if (row.due()) {
                canvas.rectangle(InvoiceStyle.ACCENT, TOTALS_X, y - height, TOTALS_WIDTH, height);
            }
            row.label().draw(canvas, TOTALS_X + CELL_PADDING, y - padding);
            row.amount().draw(canvas, InvoiceStyle.RIGHT - CELL_PADDING - row.amount().width(), y - padding);
            if (!row.due()) {
                canvas.rule(InvoiceStyle.RULE, 0.5f, TOTALS_X, InvoiceStyle.RIGHT, y - height);
            }
            y -= height;
        }
        canvas.moveTo(Math.min(bottom, y));
    }

    private void row(PageCanvas canvas, InvoiceFormat format, String label, String detail, BigDecimal amount,
                     TextStyle style) {
        String shown = canvas.printable(format.money(amount));
        float amountWidth = style.width(shown);
        TextBlock name = new TextBlock(TOTALS_WIDTH - amountWidth - 3 * CELL_PADDING)
                .add(style, canvas.printable(label), 1.25f);
        if (detail != null) {
            name.add(InvoiceStyle.TABLE_MUTED, canvas.printable(detail), 1.3f);
        }
        totals.add(new TotalRow(name, new TextBlock(amountWidth, true).add(style, shown, 1.25f), false));
    }

    private static String paymentTerms(Seller seller, InvoiceLabels labels, InvoiceFormat format,
                                       IssuedInvoice issued) {
        long days = ChronoUnit.DAYS.between(issued.issueDate(), issued.dueDate());
        return labels.paymentTerms(days, format.date(issued.dueDate()), InvoiceFormat.iban(seller.iban()),
                seller.bic(), issued.number());
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
