package lu.mixvoip.billing.pdf;

import static lu.mixvoip.billing.pdf.InvoiceStyle.plain;

import java.util.Locale;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.servicelevel.ServiceLevel;

/**
 * The top of the first page: who bills (seller, art. 226 (5)) and the document title on the first row; who is
 * billed (customer with its VAT number, art. 226 (4)–(5)) and the document's references on the second. A credit
 * note's references name the invoice it cancels, with its date (art. 219).
 */
final class InvoiceHeading {
    private final Seller seller;
    private final InvoiceLabels labels;
    private final InvoiceFormat format;

    InvoiceHeading(Seller seller, InvoiceLabels labels, InvoiceFormat format) {
        this.seller = seller;
        this.labels = labels;
        this.format = format;
    }

    PdfPTable build(BilledDocument document) {
        PdfPTable heading = new PdfPTable(new float[] {56, 44});
        heading.setWidthPercentage(100);
        heading.setSpacingAfter(22);

        heading.addCell(sellerBlock());
        PdfPCell title = plain(document.title(labels).toUpperCase(Locale.ROOT), InvoiceStyle.TITLE,
                Element.ALIGN_RIGHT);
        title.setVerticalAlignment(Element.ALIGN_TOP);
        heading.addCell(title);

        PdfPCell customer = customerBlock(document.content().customer(), document.kind().recipientLabel(labels));
        customer.setPaddingTop(26);
        heading.addCell(customer);
        PdfPCell references = new PdfPCell(references(document));
        references.setBorder(PdfPCell.NO_BORDER);
        references.setPadding(0);
        references.setPaddingTop(26);
        heading.addCell(references);
        return heading;
    }

    private PdfPCell sellerBlock() {
        Phrase block = new Phrase();
        block.add(line(seller.name(), InvoiceStyle.SELLER_NAME));
        block.add(line(seller.street(), InvoiceStyle.BODY_MUTED));
        block.add(line(join(seller.postalCode(), seller.city()), InvoiceStyle.BODY_MUTED));
        block.add(line(labels.country(seller.country()), InvoiceStyle.BODY_MUTED));
        block.add(line(labels.vatNumber() + " " + seller.vatNumber(), InvoiceStyle.BODY_MUTED));
        block.add(InvoiceStyle.phrase(seller.email(), InvoiceStyle.BODY_MUTED));
        PdfPCell cell = plain(block, Element.ALIGN_LEFT);
        cell.setLeading(0, 1.35f);
        return cell;
    }

    private PdfPCell customerBlock(Customer customer, String caption) {
        Phrase block = new Phrase();
        block.add(line(caption.toUpperCase(Locale.ROOT), InvoiceStyle.CAPTION));
        block.add(line(customer.name(), InvoiceStyle.CUSTOMER_NAME));
        addIfPresent(block, customer.street());
        addIfPresent(block, join(customer.postalCode(), customer.city()));
        addIfPresent(block, labels.country(customer.country()));
        if (customer.hasVatNumber()) {
            block.add(line(labels.vatNumber() + " " + customer.vatNumber().trim(), InvoiceStyle.BODY));
        }
        PdfPCell cell = plain(block, Element.ALIGN_LEFT);
        cell.setLeading(0, 1.4f);
        cell.setPaddingRight(20);
        return cell;
    }

    /**
     * Number, dates, period, customer id and tier (with its service levels, when it has some) as a label / value
     * list: an invoice's due date, or the number and date of the invoice a credit note cancels.
     */
    private PdfPTable references(BilledDocument document) {
        Invoice invoice = document.content();
        IssuedInvoice issued = document.invoice();
        DocumentKind kind = document.kind();
        PdfPTable table = new PdfPTable(new float[] {48, 52});
        table.setWidthPercentage(100);
        reference(table, kind.numberLabel(labels), document.number(), InvoiceStyle.BODY_BOLD);
        reference(table, kind.issueDateLabel(labels), format.date(document.issueDate()), InvoiceStyle.BODY);
        if (document.isCreditNote()) {
            reference(table, labels.cancelsInvoice(), issued.number(), InvoiceStyle.BODY_BOLD);
            reference(table, labels.cancelledInvoiceDate(), format.date(issued.issueDate()), InvoiceStyle.BODY);
        } else {
            reference(table, labels.dueDate(), format.date(issued.dueDate()), InvoiceStyle.BODY_BOLD);
        }
        reference(table, labels.billedPeriod(), format.period(invoice.period()), InvoiceStyle.BODY);
        reference(table, labels.customerId(), invoice.customer().id(), InvoiceStyle.BODY);
        reference(table, labels.contract(), labels.tier(invoice.tier()), InvoiceStyle.BODY);
        ServiceLevel level = invoice.serviceLevel();
        if (level != null) {
            reference(table, labels.faultHandlingHours(), labels.faultHandlingWindow(level.days(), level.from(),
                    level.to()), InvoiceStyle.BODY);
            reference(table, labels.maxResponseTime(), labels.hours(level.maxResponseHours()), InvoiceStyle.BODY);
            reference(table, labels.maxInterventionTime(), labels.hours(level.maxInterventionHours()),
                    InvoiceStyle.BODY);
        }
        return table;
    }

    private static void reference(PdfPTable table, String label, String value, Font valueFont) {
        PdfPCell name = plain(label, InvoiceStyle.BODY_MUTED);
        PdfPCell text = plain(value, valueFont, Element.ALIGN_RIGHT);
        for (PdfPCell cell : new PdfPCell[] {name, text}) {
            cell.setPaddingTop(3.5f);
            cell.setPaddingBottom(3.5f);
            cell.setBorder(PdfPCell.BOTTOM);
            cell.setBorderColor(InvoiceStyle.RULE);
            cell.setBorderWidth(0.5f);
        }
        table.addCell(name);
        table.addCell(text);
    }

    private static void addIfPresent(Phrase block, String text) {
        if (text != null && !text.isBlank()) {
            block.add(line(text.trim(), InvoiceStyle.BODY));
        }
    }

    private static Phrase line(String text, Font font) {
        return InvoiceStyle.phrase(nonNull(text) + "\n", font);
    }

    private static String join(String postalCode, String city) {
        return (nonNull(postalCode) + " " + nonNull(city)).trim();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
