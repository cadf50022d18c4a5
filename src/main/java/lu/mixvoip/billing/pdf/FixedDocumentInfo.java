package lu.mixvoip.billing.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.GregorianCalendar;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.Seller;

/**
 * The PDF's document information, its XMP metadata and its file identifier, derived from the invoice (or credit
 * note) alone: dates from its issue date, the file id from its number.
 *
 * <p>OpenPDF otherwise stamps the wall-clock time as CreationDate and writes a random /ID in the trailer
 * ({@code PdfEncryption.createDocumentId()}), so two renderings would differ. {@code PdfWriter.close()} uses the
 * info dictionary's {@link PdfName#FILEID} entry as the trailer /ID when there is one (OpenPDF 2.0.5), and
 * {@code Document.addCreationDate()} cannot take a date, hence the direct writes into {@code writer.getInfo()}.
 * The XMP metadata ({@link XmpPacket}) repeats the same values, as PDF/A requires. Every text is in NFC
 * ({@link PrintedText}), as printed on the pages.
 */
final class FixedDocumentInfo {
    private static final String CREATOR = "support-billing";

    private final String identity;
    private final LocalDate date;
    private final String title;
    private final String author;
    private final String subject;
    private final String keywords;

    FixedDocumentInfo(Seller seller, InvoiceLabels labels, InvoiceFormat format, BilledDocument document,
                      boolean preview) {
        this.identity = seller.vatNumber() + "|" + document.number() + "|" + (preview ? "preview" : "issued");
        this.date = document.issueDate();
        Invoice content = document.content();
        this.title = PrintedText.of(document.title(labels) + " " + document.number() + (preview ? " (PREVIEW)" : ""));
        this.author = PrintedText.of(seller.name());
        this.subject = PrintedText.of(content.customer().name() + " — " + format.period(content.period()));
        // A credit note is also found by the number of the invoice it cancels.
        this.keywords = PrintedText.of(document.number() + " " + content.customer().id()
                + (document.isCreditNote() ? " " + document.invoice().number() : ""));
    }

    /**
     * Another archival document (the finance overview): its texts, its date and what names it, from which its file
     * id and subset prefixes derive as for an invoice.
     */
    FixedDocumentInfo(String title, String author, String subject, String keywords, LocalDate date,
                      String identity) {
        this.identity = identity;
        this.date = date;
        this.title = PrintedText.of(title);
        this.author = PrintedText.of(author);
        this.subject = PrintedText.of(subject);
        this.keywords = PrintedText.of(keywords);
    }

    /** Title, author, subject: set before the document opens, when OpenPDF copies them into the info dictionary. */
    void describe(Document pdf) {
        pdf.addTitle(title);
        pdf.addAuthor(author);
        pdf.addSubject(subject);
        pdf.addKeywords(keywords);
        pdf.addCreator(CREATOR);
    }

    /**
     * Dates, XMP metadata and file id: set after the document opened (which stamps the clock and the producer) and
     * before it closes; {@code facturX}: the XMP metadata announces an attached Factur-X invoice.
     */
    void fix(PdfWriter writer, boolean facturX) {
        PdfDate date = date();
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        byte[] id = fileId();
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.setXmpMetadata(new XmpPacket(title, author, subject, keywords, CREATOR, producer(writer),
                DateTimeFormatter.ISO_INSTANT.format(issued().toInstant()), facturX).bytes());
    }

    /** The document's date: midnight UTC of its issue date, the same instant whatever the JVM's time zone. */
    PdfDate date() {
        return new PdfDate(issued());
    }

    /**
     * What names this file: the invoice or credit note number (credit notes are numbered apart, CN-…), the seller,
     * and whether it is a preview. The file id and the fonts' subset prefixes ({@link SubsetPrefix}) derive from it.
     */
    String identity() {
        return identity;
    }

    private GregorianCalendar issued() {
        return GregorianCalendar.from(date.atStartOfDay(ZoneOffset.UTC));
    }

    /** OpenPDF's own name and version, as it wrote them into the info dictionary. */
    private static String producer(PdfWriter writer) {
        PdfObject producer = writer.getInfo().get(PdfName.PRODUCER);
        return producer instanceof PdfString text ? text.toUnicodeString() : "";
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
