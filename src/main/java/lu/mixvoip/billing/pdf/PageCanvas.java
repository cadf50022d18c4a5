package lu.mixvoip.billing.pdf;

import java.awt.Color;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The page being drawn and where the layout is on it: text placed with the font's own widths and rules drawn as
 * lines, straight into the page's content stream. Text shown in a row stays in one text object, and the font and
 * colour are set only when they change. A new page gets its furniture (band, running head, footer, folio) from
 * {@link PageFurniture}. One instance per rendering.
 */
final class PageCanvas {
    private final Document document;
    private final PdfWriter writer;
    private final PageFurniture furniture;
    private final PrintedText printed;
    private PdfContentByte content;
    private int page;
    private float y;
    private boolean inText;
    private BaseFont font;
    private float size;
    private Color fill;

    PageCanvas(Document document, PdfWriter writer, PageFurniture furniture, PrintedText printed) {
        this.document = document;
        this.writer = writer;
        this.furniture = furniture;
        this.printed = printed;
    }

    /** The first page, after the document opened. */
    void start() {
        page = 1;
        beginPage();
    }

    /** Ends the page and starts the next one; the layout continues at its content top. */
    void newPage() {
        endPage();
        document.newPage();
        page++;
        beginPage();
    }

    /** Ends the last page and fills in every folio; the document can then be closed. */
    void finish() {
        endPage();
        furniture.close(page);
    }

    int page() {
        return page;
    }

    /** The top of what is still free on the page. */
    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void down(float distance) {
        y -= distance;
    }

    /** The height still free above the footer. */
    float room() {
        return y - InvoiceStyle.CONTENT_BOTTOM;
    }

    /** The text as the page prints it (see {@link PrintedText#forPage}). */
    String printable(String text) {
        return printed.forPage(text);
    }

    /** One line of text with its baseline at {@code baseline}, starting at {@code x}. */
    void text(TextStyle style, float x, float baseline, String line) {
        text(style, style.size(), x, baseline, line);
    }

    void text(TextStyle style, float atSize, float x, float baseline, String line) {
        if (line.isEmpty()) {
            return;
        }
        if (!inText) {
            content.beginText();
            inText = true;
        }
        if (font != style.font() || size != atSize) {
            content.setFontAndSize(style.font(), atSize);
            font = style.font();
            size = atSize;
        }
        setFill(style.color());
        content.setTextMatrix(x, baseline);
        content.showText(line);
    }

    /** One line of text ending at {@code right}. */
    void textRight(TextStyle style, float right, float baseline, String line) {
        text(style, right - style.width(line), baseline, line);
    }

    void rectangle(Color color, float x, float bottom, float width, float height) {
        endText();
        setFill(color);
        content.rectangle(x, bottom, width, height);
        content.fill();
    }

    /** A horizontal rule. */
    void rule(Color color, float lineWidth, float from, float to, float at) {
        endText();
        content.setColorStroke(color);
        content.setLineWidth(lineWidth);
        content.moveTo(from, at);
        content.lineTo(to, at);
        content.stroke();
    }

    /** The content stream itself, for the furniture's templates and watermark; the tracked state is forgotten. */
    PdfContentByte raw() {
        endText();
        font = null;
        fill = null;
        return content;
    }

    private void setFill(Color color) {
        if (!color.equals(fill)) {
            content.setColorFill(color);
            fill = color;
        }
    }

    private void endText() {
        if (inText) {
            content.endText();
            inText = false;
        }
    }

    private void beginPage() {
        content = writer.getDirectContent();
        inText = false;
        font = null;
        fill = null;
        writer.setPageEmpty(false);
        y = furniture.begin(this, page);
    }

    private void endPage() {
        furniture.end(this, page);
        endText();
    }
}
