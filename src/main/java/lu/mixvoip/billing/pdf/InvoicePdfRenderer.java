package lu.mixvoip.billing.pdf;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Seller;

/**
 * Renders an issued invoice, or a credit note cancelling one, as an A4 PDF in the customer's language
 * (billing-rules §9). A credit note has the invoice's layout with its own title and number, the cancelled invoice's
 * number and date, its lines and totals negated under the same VAT treatment, and no payment request.
 *
 * <p>Every file is PDF/A-3b, the archival format (invoices are kept ten years), previews included: PDF 1.7, fonts
 * embedded, an sRGB output intent ({@link SrgbOutputIntent}), XMP metadata matching the document information
 * ({@link FixedDocumentInfo}) and, when given, the document's Factur-X invoice as its associated file
 * ({@link EInvoiceAttachment}). OpenPDF 2.0.5 has no PDF/A-3 switch ({@code setPDFXConformance} knows PDF/X and
 * PDF/A-1 only), so each of these is written here.
 *
 * <p>The same document always gives the same bytes: no clock, random id or subset prefix, default locale or time
 * zone reaches the file (see {@link FixedDocumentInfo} and {@link SubsetPrefix}). Thread-safe: each call builds its
 * own document; the only shared state is the immutable seller, the fonts and the colour profile.
 */
public final class InvoicePdfRenderer {
    /**
     * Deflate level of the page content streams: 4, the first of zlib's levels with lazy matching, keeps most of the
     * default level's gain on these repetitive streams for a third of its time (docs/performance.md).
     */
    private static final int CONTENT_COMPRESSION = 4;

    private final Seller seller;

    public InvoicePdfRenderer(Seller seller) {
        this.seller = Objects.requireNonNull(seller, "seller");
    }

    /** The invoice as sent to the customer. */
    public byte[] render(IssuedInvoice invoice) {
        return render(invoice, false);
    }

    /**
     * @param preview true for a dry run: every page carries an "APERÇU / PREVIEW / VORSCHAU" watermark, so the file
     *                cannot be mistaken for an issued invoice
     */
    public byte[] render(IssuedInvoice invoice, boolean preview) {
        return render(invoice, preview, null);
    }

    /**
     * @param preview    as in {@link #render(IssuedInvoice, boolean)}
     * @param eInvoiceXml the invoice's Factur-X CII, attached as {@code factur-x.xml} as it is (a Factur-X PDF);
     *                   null for none; a preview never carries it
     */
    public byte[] render(IssuedInvoice invoice, boolean preview, byte[] eInvoiceXml) {
        Objects.requireNonNull(invoice, "invoice");
        return render(BilledDocument.of(invoice), preview, eInvoiceXml);
    }

    /** The credit note as sent to the customer. */
    public byte[] render(CreditNote note) {
        return render(note, false);
    }

    /**
     * @param preview true for a dry run: every page carries the same "APERÇU / PREVIEW / VORSCHAU" watermark as an
     *                invoice preview
     */
    public byte[] render(CreditNote note, boolean preview) {
        return render(note, preview, null);
    }

    /**
     * @param preview    as in {@link #render(CreditNote, boolean)}
     * @param eInvoiceXml the credit note's Factur-X CII, attached as {@code factur-x.xml} (see above)
     */
    public byte[] render(CreditNote note, boolean preview, byte[] eInvoiceXml) {
        Objects.requireNonNull(note, "note");
        return render(BilledDocument.of(note), preview, eInvoiceXml);
    }

    private byte[] render(BilledDocument billed, boolean preview, byte[] eInvoiceXml) {
        requireAsciiDigits();
        Invoice content = billed.content();
        InvoiceLabels labels = InvoiceLabels.of(content.customer().language());
        InvoiceFormat format = InvoiceFormat.of(content.customer().language());

        FixedDocumentInfo info = new FixedDocumentInfo(seller, labels, format, billed, preview);
        return SubsetPrefix.during(info.identity(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            Document document = new Document(PageSize.A4, 0, 0, 0, 0);
            ArchivalWriter writer = ArchivalWriter.of(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7); // PDF/A-3 is based on PDF 1.7
            writer.setCompressionLevel(CONTENT_COMPRESSION);
            info.describe(document);

            document.open();
            PrintedText printed = new PrintedText();
            PageCanvas canvas = new PageCanvas(document, writer,
                    new PageFurniture(seller, labels, billed, preview, printed), printed);
            canvas.start();
            new InvoiceHeading(seller, labels, format).draw(canvas, billed);
            TotalsBlock totals = new TotalsBlock(seller, labels, format, billed, canvas);
            new LineTable(labels, format).draw(canvas, content.lines(), totals.height());
            totals.draw(canvas);
            canvas.finish();
            writer.includeCommonGlyphs(InvoiceStyle.REGULAR, InvoiceStyle.BOLD);
            byte[] facturX = preview ? null : eInvoiceXml; // software must never take a preview for an invoice
            info.fix(writer, facturX != null);
            SrgbOutputIntent.addTo(writer);
            if (facturX != null) {
                EInvoiceAttachment.attach(writer, info.date(), facturX);
            }
            document.close(); // writes the font subsets, whose prefixes come from the document's identity
            return out.toByteArray();
        });
    }

    /**
     * The characters of the invoice's printed texts (customer, lines) that Invoice Sans cannot print, as code points
     * in ascending order: the PDF shows each as {@link PrintedText#REPLACEMENT}, and the run report names the
     * customer. Empty for nearly every invoice.
     */
    public static Set<Integer> unprintableCharacters(Invoice invoice) {
        Set<Integer> missing = new TreeSet<>(unprintableCharacters(invoice.customer()));
        for (InvoiceLine line : invoice.lines()) {
            PrintedText.collectUnprintable(line.ticket(), missing);
            PrintedText.collectUnprintable(line.description(), missing);
            PrintedText.collectUnprintable(line.reference(), missing);
        }
        return missing;
    }

    /** The characters of the customer's printed name, address and VAT number that Invoice Sans cannot print. */
    public static Set<Integer> unprintableCharacters(Customer customer) {
        Set<Integer> missing = new TreeSet<>();
        for (String text : new String[] {customer.name(), customer.street(), customer.postalCode(), customer.city(),
                customer.country(), customer.vatNumber(), customer.id()}) {
            PrintedText.collectUnprintable(text, missing);
        }
        return missing;
    }

    /**
     * OpenPDF writes the cross-reference table with {@code String.format} in the JVM's default locale: under a
     * locale with other digits (ar-EG, fa-IR…) the file would be corrupt. Refuse rather than write it.
     */
    private static void requireAsciiDigits() {
        if (!String.format("%d", 7).equals("7")) {
            throw new IllegalStateException("the JVM's default format locale " + Locale.getDefault(Locale.Category.FORMAT)
                    + " does not write ASCII digits, which OpenPDF needs: start the JVM with -Duser.language=en");
        }
    }
}
