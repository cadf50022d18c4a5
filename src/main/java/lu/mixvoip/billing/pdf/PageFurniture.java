package lu.mixvoip.billing.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfTemplate;

import lu.mixvoip.billing.core.invoice.Seller;

/**
 * What every page carries besides the document itself: the accent band, the footer with the seller's identity and
 * "page N / M", the running head of pages 2 and later, and the preview watermark of a dry run. Nothing is cut: a
 * long seller identity or customer name wraps (and a footer of more than two lines is set smaller).
 *
 * <p>M is unknown until the last page is laid out, so each page's folio is a template filled when the document
 * closes; one template per page lets the whole "page N / M" be right-aligned. One instance per rendering.
 */
final class PageFurniture {
    private static final float FOLIO_WIDTH = 130;
    private static final float FOOTER_RULE = InvoiceStyle.CONTENT_BOTTOM - 22;
    private static final float HEAD_BASELINE = InvoiceStyle.PAGE_HEIGHT - 30;
    private static final String[] WATERMARK = {"APERÇU", "PREVIEW", "VORSCHAU"};
    private static final double WATERMARK_ANGLE = 40;

    private final InvoiceLabels labels;
    private final String number;
    private final boolean preview;
    /** The seller's name, VAT number, IBAN and trade register, wrapped to the footer's width. */
    private final List<String> identity;
    private final TextStyle identityStyle;
    /** "Facture INV-… (suite)" or "Note de crédit CN-… (suite)". */
    private final String runningHead;
    /** The customer's name: right of the running head when it fits there, else on lines of its own below. */
    private final List<String> customerName;
    private final TextStyle nameStyle;
    private final boolean nameBeside;
    private final List<PdfTemplate> folios = new ArrayList<>();

    PageFurniture(Seller seller, InvoiceLabels labels, BilledDocument document, boolean preview, PrintedText printed) {
        this.labels = labels;
        this.number = printed.forPage(document.number());
        this.preview = preview;
        String register = seller.tradeRegister() == null || seller.tradeRegister().isBlank() ? ""
                : "  ·  " + seller.tradeRegister().strip();
        String text = printed.forPage(seller.name() + "  ·  " + labels.vatNumber() + " " + seller.vatNumber()
                + "  ·  IBAN " + InvoiceFormat.iban(seller.iban()) + register);
        float width = InvoiceStyle.RIGHT - InvoiceStyle.LEFT - FOLIO_WIDTH - 12;
        List<String> lines = TextLines.wrap(text, InvoiceStyle.FOOTER, width);
        TextStyle style = InvoiceStyle.FOOTER;
        if (lines.size() > 2) {
            style = InvoiceStyle.FOOTER.sized(6);
            lines = TextLines.wrap(text, style, width);
        }
        this.identity = lines;
        this.identityStyle = style;

        this.runningHead = printed.forPage(document.kind().continued(labels, document.number()));
        String name = printed.forPage(document.content().customer().name()).replace('\n', ' ');
        float room = InvoiceStyle.RIGHT - InvoiceStyle.LEFT - InvoiceStyle.RUNNING_HEAD.width(runningHead) - 24;
        float size = TextLines.fittingSize(name, InvoiceStyle.RUNNING_NAME, room, 6.5f);
        this.nameBeside = InvoiceStyle.RUNNING_NAME.sized(size).width(name) <= room;
        this.nameStyle = InvoiceStyle.RUNNING_NAME.sized(nameBeside ? size : 7);
        this.customerName = nameBeside ? List.of(name)
                : TextLines.wrap(name, nameStyle, InvoiceStyle.RIGHT - InvoiceStyle.LEFT);
    }

    /** Draws the band and, from page 2, the running head; returns where the page's content starts. */
    float begin(PageCanvas canvas, int page) {
        band(canvas);
        if (page == 1) {
            return InvoiceStyle.CONTENT_TOP;
        }
        float left = InvoiceStyle.LEFT;
        float right = InvoiceStyle.RIGHT;
        canvas.text(InvoiceStyle.RUNNING_HEAD, left, HEAD_BASELINE, runningHead);
        float baseline = HEAD_BASELINE;
        if (nameBeside) {
            canvas.textRight(nameStyle, right, baseline, customerName.get(0));
        } else {
            for (String line : customerName) {
                baseline -= nameStyle.leading();
                canvas.text(nameStyle, left, baseline, line);
            }
        }
        float rule = baseline - 7;
        canvas.rule(InvoiceStyle.RULE, 0.5f, left, right, rule);
        return Math.min(InvoiceStyle.CONTENT_TOP, rule - 14);
    }

    /** Draws the footer, the folio's place and, on a preview, the watermark. */
    void end(PageCanvas canvas, int page) {
        float left = InvoiceStyle.LEFT;
        float right = InvoiceStyle.RIGHT;
        canvas.rule(InvoiceStyle.RULE, 0.5f, left, right, FOOTER_RULE);
        float baseline = FOOTER_RULE - 12;
        for (String line : identity) {
            canvas.text(identityStyle, left, baseline, line);
            baseline -= identityStyle.leading();
        }
        PdfContentByte content = canvas.raw();
        // The folio's text is written right-aligned at the template's right edge; the height leaves room for
        // the descenders.
        float size = InvoiceStyle.FOOTER.size();
        PdfTemplate folio = content.createTemplate(FOLIO_WIDTH, size + 3);
        folio.setBoundingBox(new Rectangle(-1, -3, FOLIO_WIDTH + 1, size + 3));
        folios.add(folio);
        content.addTemplate(folio, right - FOLIO_WIDTH, FOOTER_RULE - 12);
        if (preview) {
            watermark(content);
        }
    }

    /** Fills every page's folio once the number of pages is known. */
    void close(int pages) {
        for (int page = 1; page <= pages; page++) {
            PdfTemplate folio = folios.get(page - 1);
            String text = number + "  ·  " + labels.page() + " " + page + " / " + pages;
            folio.beginText();
            folio.setFontAndSize(InvoiceStyle.FOOTER.font(), InvoiceStyle.FOOTER.size());
            folio.setColorFill(InvoiceStyle.FOOTER.color());
            folio.showTextAligned(PdfContentByte.ALIGN_RIGHT, text, FOLIO_WIDTH, 0, 0);
            folio.endText();
        }
    }

    /** A thin accent band along the top edge: the house colour, on every page. */
    private static void band(PageCanvas canvas) {
        canvas.rectangle(InvoiceStyle.ACCENT, 0, InvoiceStyle.PAGE_HEIGHT - 5, InvoiceStyle.PAGE_WIDTH, 5);
    }

    /**
     * Three stacked words across the page, translucent over the content so table shading cannot hide them. The
     * text matrix is computed with StrictMath: the same bytes on every machine.
     */
    private static void watermark(PdfContentByte canvas) {
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.16f);
        float size = 64;
        float leading = size * 1.1f;
        float cos = (float) StrictMath.cos(StrictMath.toRadians(WATERMARK_ANGLE));
        float sin = (float) StrictMath.sin(StrictMath.toRadians(WATERMARK_ANGLE));
        float cx = InvoiceStyle.PAGE_WIDTH / 2;
        float cy = InvoiceStyle.PAGE_HEIGHT / 2;
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
