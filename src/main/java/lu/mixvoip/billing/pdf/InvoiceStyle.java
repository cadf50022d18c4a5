package lu.mixvoip.billing.pdf;

import java.awt.Color;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;

/**
 * The invoice's typography and colours, and the few cell shapes every block is made of.
 *
 * <p>Invoice Sans, embedded ({@link EmbeddedFont}): Latin, Greek and Cyrillic names print, and its widths are
 * Helvetica's, the font this layout was drawn in. Fonts and colours are never mutated after class initialisation,
 * so one set is shared by every thread. Text reaches a cell through {@link #phrase}, which normalises it.
 */
final class InvoiceStyle {
    static final BaseFont REGULAR = EmbeddedFont.load("InvoiceSans-Regular.ttf");
    static final BaseFont BOLD = EmbeddedFont.load("InvoiceSans-Bold.ttf");

    static final Color INK = new Color(0x1F, 0x29, 0x37);
    static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    static final Color ACCENT = new Color(0x1E, 0x3A, 0x5F);
    static final Color RULE = new Color(0xD5, 0xDA, 0xE1);
    static final Color ZEBRA = new Color(0xF5, 0xF7, 0xFA);
    static final Color SECTION = new Color(0xE6, 0xEC, 0xF3);
    static final Color WHITE = Color.WHITE;
    static final Color WATERMARK = new Color(0xC0, 0x1E, 0x2E);

    static final Font TITLE = new Font(BOLD, 22, Font.NORMAL, ACCENT);
    static final Font SELLER_NAME = new Font(BOLD, 12, Font.NORMAL, INK);
    static final Font CUSTOMER_NAME = new Font(BOLD, 10, Font.NORMAL, INK);
    static final Font BODY = new Font(REGULAR, 8.5f, Font.NORMAL, INK);
    static final Font BODY_BOLD = new Font(BOLD, 8.5f, Font.NORMAL, INK);
    static final Font BODY_MUTED = new Font(REGULAR, 8.5f, Font.NORMAL, MUTED);
    static final Font CAPTION = new Font(BOLD, 7, Font.NORMAL, MUTED);
    static final Font TABLE = new Font(REGULAR, 7.5f, Font.NORMAL, INK);
    static final Font TABLE_MUTED = new Font(REGULAR, 6.5f, Font.NORMAL, MUTED);
    static final Font TABLE_HEADER = new Font(BOLD, 7, Font.NORMAL, WHITE);
    static final Font TABLE_SECTION = new Font(BOLD, 7.5f, Font.NORMAL, ACCENT);
    static final Font TOTAL = new Font(BOLD, 10, Font.NORMAL, WHITE);
    static final Font NOTICE = new Font(BOLD, 8.5f, Font.NORMAL, ACCENT);

    static final float FOOTER_SIZE = 7;
    static final float PAGE_MARGIN_SIDE = 36;
    static final float PAGE_MARGIN_TOP = 50;
    static final float PAGE_MARGIN_BOTTOM = 58;

    private InvoiceStyle() {
    }

    /** The text, in NFC ({@link PrintedText}), in that font. */
    static Phrase phrase(String text, Font font) {
        return new Phrase(PrintedText.of(text), font);
    }

    /** A borderless cell: blocks are laid out with tables, their lines drawn only where meant. */
    static PdfPCell plain(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    static PdfPCell plain(String text, Font font, int alignment) {
        return plain(phrase(text, font), alignment);
    }

    static PdfPCell plain(String text, Font font) {
        return plain(text, font, Element.ALIGN_LEFT);
    }
}
