package lu.mixvoip.billing.einvoice;

/**
 * Text as an e-invoice element may hold it. Peppol rejects empty elements (PEPPOL-EN16931-R008), so an absent or
 * blank text is null and its element is left out; characters XML 1.0 cannot carry are dropped.
 */
final class XmlText {
    private XmlText() {
    }

    /** The trimmed text without characters XML cannot hold, or null when nothing is left. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(kept::appendCodePoint);
        String trimmed = kept.toString().strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** XML 1.0's Char production. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
