package lu.mixvoip.billing.pdf;

import java.text.Normalizer;

/**
 * Text as it goes into the PDF: in Unicode NFC, so that "Cafe" + U+0301 prints the font's precomposed "é" (a
 * decomposed accent would otherwise be a separate glyph, placed by no shaping engine) and is found by a search for
 * "Café". Every string the layout prints or writes into the document's metadata passes through here.
 */
final class PrintedText {
    private PrintedText() {
    }

    /** {@code text} in NFC; null is printed as nothing. */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
