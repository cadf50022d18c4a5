package lu.mixvoip.billing.pdf;

import com.lowagie.text.pdf.BaseFont;

/**
 * Which characters of the Basic Multilingual Plane a face prints and how wide each is (in thousandths of the size),
 * read from the font once: the layout measures every text it places, and OpenPDF's own measure looks each character
 * up in hash maps. Immutable after construction, so shared by every thread.
 */
final class GlyphTable {
    private static final int BMP = 0x10000;

    private final int[] advance = new int[BMP];
    private final boolean[] printable = new boolean[BMP];

    GlyphTable(BaseFont font) {
        for (int c = 0; c < BMP; c++) {
            if (!Character.isSurrogate((char) c) && font.charExists(c)) {
                printable[c] = true;
                advance[c] = font.getWidth(c);
            }
        }
    }

    boolean printable(int codePoint) {
        return codePoint < BMP && printable[codePoint];
    }

    /** The width of {@code text} at {@code size} points, as OpenPDF places it (no kerning). */
    float width(String text, float size) {
        long total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += advance[text.charAt(i)];
        }
        return total * size / 1000f;
    }
}
