package lu.mixvoip.billing.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import lu.mixvoip.billing.core.invoice.Seller;

/**
 * What every page carries besides the document itself: the footer with the seller's identity and "page N / M",
 * the running head of pages 2 and later, and the preview watermark of a dry run.
 *
 * <p>M is unknown until the last page is laid out, so each page's folio is a template filled when the document
 * closes; one template per page lets the whole "page N / M" be right-aligned. One instance per rendering.
 */
final class PageFurniture extends PdfPageEventHelper {
    private static final float FOLIO_WIDTH = 180;
    private static final String[] WATERMARK = {"APERÇU", "PREVIEW", "VORSCHAU"};
    private static final double WATERMARK_ANGLE = 40;

    private final InvoiceLabels labels;
    /** The seller's name, VAT number and IBAN, in the footer of every page. */
    private final String identity;
    /** The invoice or credit note number, printed in each folio. */
    private final String number;
    /** "Facture INV-… (suite)" or "Note de crédit CN-… (suite)". */
    private final String runningHead;
    private final String customerName;
    private final boolean preview;
    private final List<PdfTemplate> folios = new ArrayList<>();

    PageFurniture(Seller seller, InvoiceLabels labels, BilledDocument document, boolean preview) {
        this.labels = labels;
        this.identity = PrintedText.of(seller.name() + "  ·  " + labels.vatNumber() + " " + seller.vatNumber()
                + "  ·  IBAN " + InvoiceFormat.iban(seller.iban()));
        this.number = PrintedText.of(document.number());
        this.runningHead = PrintedText.of(document.kind().continued(labels, document.number()));
        this.customerName = PrintedText.of(document.content().customer().name());
        this.preview = preview;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        band(canvas, document.getPageSize());
        if (writer.getPageNumber() > 1) {
            runningHead(canvas, document);
        }
        footer(canvas, document);
        if (preview) {
            watermark(canvas, document.getPageSize());
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int total = folios.size();
        for (int page = 1; page <= total; page++) {
            PdfTemplate folio = folios.get(page - 1);
            String text = number + "  ·  " + labels.page() + " " + page + " / " + total;
            folio.beginText();
            folio.setFontAndSize(InvoiceStyle.REGULAR, InvoiceStyle.FOOTER_SIZE);
            folio.setColorFill(InvoiceStyle.MUTED);
            folio.showTextAligned(PdfContentByte.ALIGN_RIGHT, text, FOLIO_WIDTH, 0, 0);
            folio.endText();
        }
    }

    private void footer(PdfContentByte canvas, Document document) {
        float left = document.left();
        float right = document.right();
        float rule = document.bottom() - 22;
        float baseline = rule - 12;

        canvas.saveState();
        canvas.setColorStroke(InvoiceStyle.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, rule);
        canvas.lineTo(right, rule);
        canvas.stroke();

        canvas.beginText();
        canvas.setFontAndSize(InvoiceStyle.REGULAR, InvoiceStyle.FOOTER_SIZE);
        canvas.setColorFill(InvoiceStyle.MUTED);
        // Leave the folio its room: a long seller identity is cut rather than printed over "page N / M".
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT,
                fitted(identity, right - left - FOLIO_WIDTH - 12, InvoiceStyle.FOOTER_SIZE), left, baseline, 0);
        canvas.endText();

        // The folio's text is written right-aligned at the template's right edge; the height leaves room for
        // the descenders.
        PdfTemplate folio = canvas.createTemplate(FOLIO_WIDTH, InvoiceStyle.FOOTER_SIZE + 3);
        folio.setBoundingBox(new Rectangle(-1, -3, FOLIO_WIDTH + 1, InvoiceStyle.FOOTER_SIZE + 3));
        folios.add(folio);
        canvas.addTemplate(folio, right - FOLIO_WIDTH, baseline);
        canvas.restoreState();
    }

    /** The text, cut with an ellipsis when wider than {@code width}: a long name must not run into the head. */
    private static String fitted(String text, float width, float size) {
        String fitted = text;
        while (fitted.length() > 1 && InvoiceStyle.REGULAR.getWidthPoint(fitted, size) > width) {
            fitted = text.substring(0, fitted.length() - 2).strip() + "…";
        }
        return fitted;
    }

    /** A thin accent band along the top edge: the house colour, on every page. */
    private static void band(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorFill(InvoiceStyle.ACCENT);
        canvas.rectangle(0, page.getHeight() - 5, page.getWidth(), 5);
        canvas.fill();
        canvas.restoreState();
    }

    private void runningHead(PdfContentByte canvas, Document document) {
        float left = document.left();
        float right = document.right();
        float baseline = document.top() + 20;

        canvas.saveState();
        canvas.beginText();
        canvas.setFontAndSize(InvoiceStyle.BOLD, 8);
        canvas.setColorFill(InvoiceStyle.ACCENT);
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, runningHead, left, baseline, 0);
        canvas.setFontAndSize(InvoiceStyle.REGULAR, 8);
        canvas.setColorFill(InvoiceStyle.MUTED);
        float room = right - left - InvoiceStyle.BOLD.getWidthPoint(runningHead, 8) - 24;
        canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, fitted(customerName, room, 8), right, baseline, 0);
        canvas.endText();
        canvas.setColorStroke(InvoiceStyle.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, baseline - 7);
        canvas.lineTo(right, baseline - 7);
        canvas.stroke();
        canvas.restoreState();
    }

    /**
     * Three stacked words across the page, translucent over the content so table shading cannot hide them. The
     * text matrix is computed with StrictMath: the same bytes on every machine.
     */
    private static void watermark(PdfContentByte canvas, Rectangle page) {
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.16f);
        float size = 64;
        float leading = size * 1.1f;
        float cos = (float) StrictMath.cos(StrictMath.toRadians(WATERMARK_ANGLE));
        float sin = (float) StrictMath.sin(StrictMath.toRadians(WATERMARK_ANGLE));
        float cx = page.getWidth() / 2;
        float cy = page.getHeight() / 2;
        canvas.saveState();
        canvas.setGState(translucent);
        canvas.beginText();
        canvas.setFontAndSize(InvoiceStyle.BOLD, size);
        canvas.setColorFill(InvoiceStyle.WATERMARK);
        for (int i = 0; i < WATERMARK.length; i++) {
            // Centre each word on a line shifted perpendicular to the text, the middle word on the page centre.
            float offset = (1 - i) * leading;
            float halfWidth = InvoiceStyle.BOLD.getWidthPoint(WATERMARK[i], size) / 2;
            float x = cx - offset * sin - halfWidth * cos;
            float y = cy + offset * cos - halfWidth * sin;
            canvas.setTextMatrix(cos, sin, -sin, cos, x, y);
            canvas.showText(WATERMARK[i]);
        }
        canvas.endText();
        canvas.restoreState();
    }
}
