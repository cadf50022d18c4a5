package lu.mixvoip.billing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;

import com.lowagie.text.pdf.BaseFont;

/**
 * A face of Invoice Sans, the invoice font: Liberation Sans (whose widths are Helvetica's) reduced to Latin, Greek,
 * Cyrillic, punctuation and € by {@code scripts/prepare-font}, shipped under {@code fonts/} with its licence. Each
 * PDF embeds a subset of the glyphs it uses, in Identity-H: every character of those scripts prints, none is dropped
 * by a one-byte encoding.
 *
 * <p>Each face is read once per process and created from its bytes: created from a path, every document's subset
 * would re-open the file. One {@code BaseFont} serves every thread (the glyphs a document uses are kept by its
 * writer); its subset's name prefix comes from the document being rendered, see {@link SubsetPrefix}.
 */
final class EmbeddedFont {
    private static final String FOLDER = "/fonts/";

    private EmbeddedFont() {
    }

    /** The face in {@code fonts/<file>}, e.g. {@code InvoiceSans-Regular.ttf}. */
    static BaseFont load(String file) {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FOLDER + file + " is missing from the classpath");
            }
            // Not cached in OpenPDF's static font cache: the face must keep the prefix source set below.
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
            font.setSecureRandom(new SubsetPrefix(font.getPostscriptFontName()));
            // Stored, not deflated: ArchivalWriter deflates each distinct subset and ToUnicode map once per process,
            // which is what embedding cost per document.
            font.setCompressionLevel(Deflater.NO_COMPRESSION);
            // No CIDSet: optional since PDF/A-2, and OpenPDF's lists the glyphs used where PDF/A wants every glyph
            // of the subset, whose program keeps a slot for each glyph of the face.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
