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

import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.Seller;

/**
 * The PDF's document information and file identifier, derived from the invoice (or credit note) alone: dates from
 * its issue date, the file id from its number.
 *
 * <p>OpenPDF otherwise stamps the wall-clock time as CreationDate and writes a random /ID in the trailer
 * ({@code PdfEncryption.createDocumentId()}), so two renderings would differ. {@code PdfWriter.close()} uses the
 * info dictionary's {@link PdfName#FILEID} entry as the trailer /ID when there is one (OpenPDF 2.0.5), and
 * {@code Document.addCreationDate()} cannot take a date, hence the direct writes into {@code writer.getInfo()}.
 * Every text is in NFC ({@link PrintedText}), as printed on the pages.
 */
final class FixedDocumentInfo {
    private final Seller seller;
    private final InvoiceLabels labels;
    private final InvoiceFormat format;
    private final BilledDocument document;
    private final boolean preview;

    FixedDocumentInfo(Seller seller, InvoiceLabels labels, InvoiceFormat format, BilledDocument document,
                      boolean preview) {
        this.seller = seller;
        this.labels = labels;
        this.format = format;
        this.document = document;
        this.preview = preview;
    }

    /** Title, author, subject: set before the document opens, when OpenPDF copies them into the info dictionary. */
    void describe(Document pdf) {
        Invoice content = document.content();
        pdf.addTitle(PrintedText.of(document.title(labels) + " " + document.number() + (preview ? " (PREVIEW)" : "")));
        pdf.addAuthor(PrintedText.of(seller.name()));
        pdf.addSubject(PrintedText.of(content.customer().name() + " — " + format.period(content.period())));
        // A credit note is also found by the number of the invoice it cancels.
        pdf.addKeywords(PrintedText.of(document.number() + " " + content.customer().id()
                + (document.isCreditNote() ? " " + document.invoice().number() : "")));
        pdf.addCreator("support-billing");
    }

    /** Dates and file id: set after the document opened (which stamps the clock) and before it closes. */
    void fix(PdfWriter writer) {
        // Midnight UTC of the issue date: the same instant whatever the JVM's default time zone.
        GregorianCalendar issued = GregorianCalendar.from(document.issueDate().atStartOfDay(ZoneOffset.UTC));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(issued));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(issued));
        byte[] id = fileId();
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /**
     * What names this file: the invoice or credit note number (credit notes are numbered apart, CN-…), the seller,
     * and whether it is a preview. The file id and the fonts' subset prefixes ({@link SubsetPrefix}) derive from it.
     */
    String identity() {
        return seller.vatNumber() + "|" + document.number() + "|" + (preview ? "preview" : "issued");
    }

    /** 16 bytes of the identity's digest. */
    private byte[] fileId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
