package lu.mixvoip.billing.pdf;

import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;

/**
 * Text as it goes into the PDF: in Unicode NFC, so that "Cafe" + U+0301 prints the font's precomposed "é" (a
 * decomposed accent would otherwise be a separate glyph, placed by no shaping engine) and is found by a search for
 * "Café". Every string the layout prints or writes into the document's metadata passes through here.
 *
 * <p>On the pages, a character Invoice Sans has no glyph for (an emoji, CJK, Arabic) is printed as a visible
 * {@link #REPLACEMENT}, never dropped: the document must not silently name someone else. Each instance collects
 * the characters it replaced for one document.
 */
final class PrintedText {
    /** U+FFFD when both faces have it, else '?'. */
    static final String REPLACEMENT = printable(0xFFFD) ? "\uFFFD" : "?";

    private final Set<Integer> unprintable = new TreeSet<>();

    /** {@code text} in NFC; null is printed as nothing. */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        if (belowCombiningMarks(text)) {
            return text;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * True when every character is below U+0300, where the combining marks begin: such a text is already NFC (no
     * character below it decomposes or composes with another), and nearly every text printed is one. The JDK's
     * check builds a buffer per call.
     */
    private static boolean belowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** True when both faces of Invoice Sans print the code point. */
    static boolean printable(int codePoint) {
        return InvoiceStyle.REGULAR_GLYPHS.printable(codePoint) && InvoiceStyle.BOLD_GLYPHS.printable(codePoint);
    }

    /** The code points of {@code text} (in NFC) that Invoice Sans cannot print, added to {@code into}. */
    static void collectUnprintable(String text, Set<Integer> into) {
        String nfc = of(text);
        for (int i = 0; i < nfc.length(); ) {
            int codePoint = nfc.codePointAt(i);
            if (!isLayout(codePoint) && !printable(codePoint)) {
                into.add(codePoint);
            }
            i += Character.charCount(codePoint);
        }
    }

    /**
     * {@code text} as the page shows it: NFC, a tab as a space, each character the font lacks as the replacement.
     * Line breaks are kept for the layout to break at.
     */
    String forPage(String text) {
        String nfc = of(text);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c != '\n' && !printable(c)) {
                return replaced(nfc);
            }
        }
        return nfc;
    }

    /** The characters replaced so far, as code points in ascending order. */
    Set<Integer> unprintable() {
        return unprintable;
    }

    private String replaced(String nfc) {
        StringBuilder page = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); ) {
            int codePoint = nfc.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\t') {
                page.append(' ');
            } else if (codePoint == '\r') {
                page.append(i < nfc.length() && nfc.charAt(i) == '\n' ? "" : "\n");
            } else if (codePoint == '\n' || printable(codePoint)) {
                page.appendCodePoint(codePoint);
            } else {
                unprintable.add(codePoint);
                page.append(REPLACEMENT);
            }
        }
        return page.toString();
    }

    private static boolean isLayout(int codePoint) {
        return codePoint == '\t' || codePoint == '\r' || codePoint == '\n';
    }
}
