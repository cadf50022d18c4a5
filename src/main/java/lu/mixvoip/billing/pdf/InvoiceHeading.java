package lu.mixvoip.billing.pdf;

import java.util.Locale;

import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.servicelevel.ServiceLevel;

/**
 * The top of the first page: who bills (seller, art. 226 (5), with its trade register entry when configured) and
 * the document title on the first row; who is billed (customer with its VAT number, art. 226 (4)–(5)) and the
 * document's references on the second. A credit note's references name the invoice it cancels, with its date
 * (art. 219); a re-bill's new invoice names the invoice it replaces and the credit note that cancelled it. Every
 * text wraps within its column.
 */
final class InvoiceHeading {
    private static final float WIDTH = InvoiceStyle.RIGHT - InvoiceStyle.LEFT;
    private static final float REFERENCES_WIDTH = WIDTH * 0.44f;
    private static final float ROW_PADDING = 3.5f;

    private final Seller seller;
    private final InvoiceLabels labels;
    private final InvoiceFormat format;

    InvoiceHeading(Seller seller, InvoiceLabels labels, InvoiceFormat format) {
        this.seller = seller;
        this.labels = labels;
        this.format = format;
    }

    void draw(PageCanvas canvas, BilledDocument document) {
        float left = InvoiceStyle.LEFT;
        float top = canvas.y();
        String title = canvas.printable(document.title(labels).toUpperCase(Locale.ROOT));
        float titleWidth = InvoiceStyle.TITLE.width(title);
        canvas.textRight(InvoiceStyle.TITLE, InvoiceStyle.RIGHT, top - InvoiceStyle.TITLE.ascent(), title);
        float sellerBottom = sellerBlock(canvas, WIDTH - titleWidth - 16).draw(canvas, left, top);
        float row = Math.min(sellerBottom, top - InvoiceStyle.TITLE.leading()) - 26;

        float customerBottom = customerBlock(canvas, document.content(), document.kind().recipientLabel(labels),
                WIDTH - REFERENCES_WIDTH - 20).draw(canvas, left, row);
        float referencesBottom = references(canvas, document, InvoiceStyle.RIGHT - REFERENCES_WIDTH, row);
        canvas.moveTo(Math.min(customerBottom, referencesBottom) - 22);
    }

    private TextBlock sellerBlock(PageCanvas canvas, float width) {
        TextBlock block = new TextBlock(width);
        block.add(InvoiceStyle.SELLER_NAME, canvas.printable(seller.name()), 1.35f);
        addIfPresent(canvas, block, seller.street(), InvoiceStyle.BODY_MUTED);
        addIfPresent(canvas, block, join(seller.postalCode(), seller.city()), InvoiceStyle.BODY_MUTED);
        addIfPresent(canvas, block, labels.country(seller.country()), InvoiceStyle.BODY_MUTED);
        block.add(InvoiceStyle.BODY_MUTED, canvas.printable(labels.vatNumber() + " " + seller.vatNumber()), 1.35f);
        addIfPresent(canvas, block, seller.tradeRegister(), InvoiceStyle.BODY_MUTED);
        addIfPresent(canvas, block, seller.email(), InvoiceStyle.BODY_MUTED);
        return block;
    }

    private TextBlock customerBlock(PageCanvas canvas, Invoice invoice, String caption, float width) {
        Customer customer = invoice.customer();
        TextBlock block = new TextBlock(width);
        block.add(InvoiceStyle.CAPTION, canvas.printable(caption.toUpperCase(Locale.ROOT)), 1.4f);
        block.add(InvoiceStyle.CUSTOMER_NAME, canvas.printable(customer.name().strip()), 1.4f);
        addIfPresent(canvas, block, customer.street(), InvoiceStyle.BODY);
        addIfPresent(canvas, block, join(customer.postalCode(), customer.city()), InvoiceStyle.BODY);
        addIfPresent(canvas, block, labels.country(customer.country()), InvoiceStyle.BODY);
        if (customer.hasVatNumber()) {
            String label = labels.customerVatNumber(customer.country(),
                    invoice.vatTreatment() == VatTreatment.OUTSIDE_EU);
            block.add(InvoiceStyle.BODY, canvas.printable(label + " " + customer.vatNumber().strip()), 1.4f);
        }
        return block;
    }

    /**
     * Number, dates, period, customer id and tier (with its service levels, when it has some) as a label / value
     * list: an invoice's due date, or the number and date of the invoice a credit note cancels. Returns its bottom.
     */
    private float references(PageCanvas canvas, BilledDocument document, float x, float top) {
        Invoice invoice = document.content();
        IssuedInvoice issued = document.invoice();
        DocumentKind kind = document.kind();
        float y = top;
        y = reference(canvas, x, y, kind.numberLabel(labels), document.number(), InvoiceStyle.BODY_BOLD);
        y = reference(canvas, x, y, kind.issueDateLabel(labels), format.date(document.issueDate()), InvoiceStyle.BODY);
        if (document.isCreditNote()) {
            y = reference(canvas, x, y, labels.cancelsInvoice(), issued.number(), InvoiceStyle.BODY_BOLD);
            y = reference(canvas, x, y, labels.cancelledInvoiceDate(), format.date(issued.issueDate()),
                    InvoiceStyle.BODY);
        } else {
            y = reference(canvas, x, y, labels.dueDate(), format.date(issued.dueDate()), InvoiceStyle.BODY_BOLD);
        }
        IssuedInvoice.Replacement replaces = document.replaces();
        if (replaces != null) {
            y = reference(canvas, x, y, labels.replacesInvoice(), replaces.invoiceNumber(), InvoiceStyle.BODY_BOLD);
            y = reference(canvas, x, y, labels.cancelledByCreditNote(), replaces.creditNoteNumber(),
                    InvoiceStyle.BODY);
        }
        y = reference(canvas, x, y, labels.billedPeriod(), format.period(invoice.period()), InvoiceStyle.BODY);
        y = reference(canvas, x, y, labels.customerId(), invoice.customer().id(), InvoiceStyle.BODY);
        y = reference(canvas, x, y, labels.contract(), labels.tier(invoice.tier()), InvoiceStyle.BODY);
        ServiceLevel level = invoice.serviceLevel();
        if (level != null) {
            y = reference(canvas, x, y, labels.faultHandlingHours(),
                    labels.faultHandlingWindow(level.days(), level.from(), level.to()), InvoiceStyle.BODY);
            y = reference(canvas, x, y, labels.maxResponseTime(), labels.hours(level.maxResponseHours()),
                    InvoiceStyle.BODY);
            y = reference(canvas, x, y, labels.maxInterventionTime(), labels.hours(level.maxInterventionHours()),
                    InvoiceStyle.BODY);
        }
        return y;
    }

    /** One label / value row with a rule under it; a long value or label wraps. Returns the row's bottom. */
    private static float reference(PageCanvas canvas, float x, float top, String label, String value,
                                   TextStyle valueStyle) {
        String shown = canvas.printable(value);
        float valueWidth = Math.min(valueStyle.width(shown), REFERENCES_WIDTH * 0.6f);
        TextBlock name = new TextBlock(REFERENCES_WIDTH - valueWidth - 8)
                .add(InvoiceStyle.BODY_MUTED, canvas.printable(label), 1.2f);
        TextBlock text = new TextBlock(valueWidth, true).add(valueStyle, shown, 1.2f);
        float height = Math.max(name.height(), text.height()) + 2 * ROW_PADDING;
        name.draw(canvas, x, top - ROW_PADDING);
        text.draw(canvas, x + REFERENCES_WIDTH - valueWidth, top - ROW_PADDING);
        canvas.rule(InvoiceStyle.RULE, 0.5f, x, x + REFERENCES_WIDTH, top - height);
        return top - height;
    }

    private static void addIfPresent(PageCanvas canvas, TextBlock block, String text, TextStyle style) {
        if (text != null && !text.isBlank()) {
            block.add(style, canvas.printable(text.strip()), style == InvoiceStyle.BODY ? 1.4f : 1.35f);
        }
    }

    private static String join(String postalCode, String city) {
        return (nonNull(postalCode) + " " + nonNull(city)).trim();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.strip();
    }
}
