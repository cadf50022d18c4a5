package lu.mixvoip.billing.pdf;

import java.awt.Color;

import com.lowagie.text.pdf.BaseFont;

/** A face, a size and a colour; lines of it are {@link #leading()} apart. */
record TextStyle(BaseFont font, float size, Color color) {

    /** The distance between two baselines of wrapped text. */
    float leading() {
        return size * 1.3f;
    }

    /** From the top of a line to its baseline: the font's ascent, so accents stay inside the line. */
    float ascent() {
        return size * 0.8f;
    }

    /** The width of a printable text (see {@link PrintedText#forPage}) in this style. */
    float width(String text) {
        return (font == InvoiceStyle.BOLD ? InvoiceStyle.BOLD_GLYPHS : InvoiceStyle.REGULAR_GLYPHS).width(text, size);
    }

    /** The same face and colour at another size. */
    TextStyle sized(float newSize) {
        return new TextStyle(font, newSize, color);
    }
}
