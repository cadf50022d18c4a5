package lu.mixvoip.billing.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Seller;

/**
 * The PDF's document information and file identifier, derived from the invoice alone.
 *
 * <p>OpenPDF otherwise stamps the wall-clock time as CreationDate and writes a random /ID in the trailer
 * ({@code PdfEncryption.createDocumentId()}), so two renderings would differ. {@code PdfWriter.close()} uses the
 * info dictionary's {@link PdfName#FILEID} entry as the trailer /ID when there is one (OpenPDF 2.0.5), and
 * {@code Document.addCreationDate()} cannot take a date, hence the direct writes into {@code writer.getInfo()}.
 */
final class FixedDocumentInfo {
    private final Seller seller;
    private final InvoiceLabels labels;
    private final InvoiceFormat format;
    private final IssuedInvoice invoice;
    private final boolean preview;

    FixedDocumentInfo(Seller seller, InvoiceLabels labels, InvoiceFormat format, IssuedInvoice invoice,
                      boolean preview) {
        this.seller = seller;
        this.labels = labels;
        this.format = format;
        this.invoice = invoice;
        this.preview = preview;
    }

    /** Title, author, subject: set before the document opens, when OpenPDF copies them into the info dictionary. */
    void describe(Document document) {
        document.addTitle(labels.title() + " " + invoice.number() + (preview ? " (PREVIEW)" : ""));
        document.addAuthor(seller.name());
        document.addSubject(invoice.invoice().customer().name() + " — " + format.period(invoice.invoice().period()));
        document.addKeywords(invoice.number() + " " + invoice.invoice().customer().id());
        document.addCreator("support-billing");
    }

    /** Dates and file id: set after the document opened (which stamps the clock) and before it closes. */
    void fix(PdfWriter writer) {
        // Midnight UTC of the issue date: the same instant whatever the JVM's default time zone.
        GregorianCalendar issued = GregorianCalendar.from(invoice.issueDate().atStartOfDay(ZoneOffset.UTC));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(issued));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(issued));
        byte[] id = fileId();
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /** 16 bytes naming this file: the invoice number, the seller, and whether it is a preview. */
    private byte[] fileId() {
        String identity = seller.vatNumber() + "|" + invoice.number() + "|" + (preview ? "preview" : "issued");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
