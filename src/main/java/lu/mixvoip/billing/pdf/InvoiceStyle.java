package lu.mixvoip.billing.pdf;

import java.awt.Color;

import com.lowagie.text.pdf.BaseFont;

/**
 * The invoice's typography, colours and page geometry, in points on an A4 page (595 × 842).
 *
 * <p>Invoice Sans, embedded ({@link EmbeddedFont}): Latin, Greek and Cyrillic names print, and its widths are
 * Helvetica's, the font this layout was drawn in. Fonts and colours are never mutated after class initialisation,
 * so one set is shared by every thread.
 */
final class InvoiceStyle {
    static final BaseFont REGULAR = EmbeddedFont.load("InvoiceSans-Regular.ttf");
    static final BaseFont BOLD = EmbeddedFont.load("InvoiceSans-Bold.ttf");
    static final GlyphTable REGULAR_GLYPHS = new GlyphTable(REGULAR);
    static final GlyphTable BOLD_GLYPHS = new GlyphTable(BOLD);

    static final Color INK = new Color(0x1F, 0x29, 0x37);
    static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    static final Color ACCENT = new Color(0x1E, 0x3A, 0x5F);
    static final Color RULE = new Color(0xD5, 0xDA, 0xE1);
    static final Color ZEBRA = new Color(0xF5, 0xF7, 0xFA);
    static final Color SECTION = new Color(0xE6, 0xEC, 0xF3);
    static final Color WHITE = Color.WHITE;
    static final Color WATERMARK = new Color(0xC0, 0x1E, 0x2E);

    static final TextStyle TITLE = new TextStyle(BOLD, 22, ACCENT);
    static final TextStyle SELLER_NAME = new TextStyle(BOLD, 12, INK);
    static final TextStyle CUSTOMER_NAME = new TextStyle(BOLD, 10, INK);
    static final TextStyle BODY = new TextStyle(REGULAR, 8.5f, INK);
    static final TextStyle BODY_BOLD = new TextStyle(BOLD, 8.5f, INK);
    static final TextStyle BODY_MUTED = new TextStyle(REGULAR, 8.5f, MUTED);
    static final TextStyle CAPTION = new TextStyle(BOLD, 7, MUTED);
    static final TextStyle TABLE = new TextStyle(REGULAR, 7.5f, INK);
    static final TextStyle TABLE_MUTED = new TextStyle(REGULAR, 6.5f, MUTED);
    static final TextStyle TABLE_HEADER = new TextStyle(BOLD, 7, WHITE);
    static final TextStyle TABLE_SECTION = new TextStyle(BOLD, 7.5f, ACCENT);
    static final TextStyle TOTAL = new TextStyle(BOLD, 10, WHITE);
    static final TextStyle NOTICE = new TextStyle(BOLD, 8.5f, ACCENT);
    static final TextStyle FOOTER = new TextStyle(REGULAR, 7, MUTED);
    static final TextStyle RUNNING_HEAD = new TextStyle(BOLD, 8, ACCENT);
    static final TextStyle RUNNING_NAME = new TextStyle(REGULAR, 8, MUTED);

    static final float PAGE_WIDTH = 595;
    static final float PAGE_HEIGHT = 842;
    static final float MARGIN_SIDE = 36;
    static final float LEFT = MARGIN_SIDE;
    static final float RIGHT = PAGE_WIDTH - MARGIN_SIDE;
    /** Where the content of the first page starts, and of later pages under their running head. */
    static final float CONTENT_TOP = PAGE_HEIGHT - 50;
    /** The content ends above the footer. */
    static final float CONTENT_BOTTOM = 58;

    private InvoiceStyle() {
    }
}
