package lu.mixvoip.billing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The document's Factur-X invoice (its CII XML, made elsewhere) inside the PDF as the PDF/A-3 associated file
 * Factur-X 1.0 / ZUGFeRD 2.x readers look for: named {@value #FILE_NAME}, of type {@code text/xml}, related to the
 * document as its {@code Alternative} (the same invoice, machine-readable), listed in the catalog's {@code /AF} and
 * among the embedded files a reader shows, and announced in the XMP metadata ({@link XmpPacket}). It is the only
 * attachment: a second machine-readable copy of the invoice (the Peppol UBL) would leave a receiver two invoices to
 * book. Its date is the document's, never the clock's; its bytes are stored as given.
 */
final class EInvoiceAttachment {
    private static final PdfName AF = new PdfName("AF");
    private static final PdfName AF_RELATIONSHIP = new PdfName("AFRelationship");
    private static final PdfName ALTERNATIVE = new PdfName("Alternative");
    /** The name Factur-X fixes for the EN 16931 profile's XML, and the XMP metadata repeats. */
    static final String FILE_NAME = "factur-x.xml";

    private EInvoiceAttachment() {
    }

    /** Between the document's opening and its closing; {@code date} is the document's own. */
    static void attach(PdfWriter writer, PdfDate date, byte[] xml) {
        String name = FILE_NAME;
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.MODDATE, date);
        try {
            // Repetitive XML shrinks much further at zlib's default level than at its fastest, for little time: a
            // better trade than for the page contents, which stay at the fastest.
            PdfFileSpecification file = PdfFileSpecification.fileEmbedded(writer, null, name, xml, "text/xml",
                    params, Deflater.DEFAULT_COMPRESSION);
            file.put(AF_RELATIONSHIP, ALTERNATIVE);
            writer.addFileAttachment(name, file);
            writer.getExtraCatalog().put(AF, new PdfArray(file.getReference()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
