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
 * The document's e-invoice XML (made elsewhere) inside the PDF as a PDF/A-3 associated file: named
 * {@code <document number>.xml}, of type {@code text/xml}, related to the document as its {@code Alternative}
 * (the same invoice, machine-readable), listed in the catalog's {@code /AF} and among the embedded files a reader
 * shows. Its date is the document's, never the clock's; its bytes are stored as given.
 */
final class EInvoiceAttachment {
    private static final PdfName AF = new PdfName("AF");
    private static final PdfName AF_RELATIONSHIP = new PdfName("AFRelationship");
    private static final PdfName ALTERNATIVE = new PdfName("Alternative");

    private EInvoiceAttachment() {
    }

    /** Between the document's opening and its closing; {@code date} is the document's own. */
    static void attach(PdfWriter writer, String documentNumber, PdfDate date, byte[] xml) {
        String name = documentNumber + ".xml";
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.MODDATE, date);
        try {
            PdfFileSpecification file = PdfFileSpecification.fileEmbedded(writer, null, name, xml, "text/xml",
                    params, Deflater.BEST_SPEED);
            file.put(AF_RELATIONSHIP, ALTERNATIVE);
            writer.addFileAttachment(name, file);
            writer.getExtraCatalog().put(AF, new PdfArray(file.getReference()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
