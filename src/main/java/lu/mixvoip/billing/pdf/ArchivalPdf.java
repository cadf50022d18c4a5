package lu.mixvoip.billing.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Consumer;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A one-page PDF/A-3b document other than an invoice (the finance overview), made as the invoices are: Invoice Sans
 * embedded, the sRGB output intent, XMP metadata matching fixed document information, a file id and subset prefixes
 * derived from what names it ({@link FixedDocumentInfo}, {@link SubsetPrefix}), so the same content gives the same
 * bytes. The page is drawn with Java2D ({@link PdfContentByte#createGraphics(float, float, FontMapper)}): every
 * AWT font maps to an Invoice Sans face, and the AWT fonts of {@link #font} measure text with the same outlines.
 */
public final class ArchivalPdf {
    private static final BaseFont REGULAR = EmbeddedFont.load("InvoiceSans-Regular.ttf");
    private static final BaseFont BOLD = EmbeddedFont.load("InvoiceSans-Bold.ttf");
    private static final Font AWT_REGULAR = awt("InvoiceSans-Regular.ttf");
    private static final Font AWT_BOLD = awt("InvoiceSans-Bold.ttf");

    /** Bold AWT fonts (the bold face, or any font of bold style) become the bold face, all others the regular one. */
    public static final FontMapper FONTS = new FontMapper() {
        @Override
        public BaseFont awtToPdf(Font font) {
            return font.isBold() || font.getFontName().equals(AWT_BOLD.getFontName()) ? BOLD : REGULAR;
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return (font == BOLD ? AWT_BOLD : AWT_REGULAR).deriveFont((float) size);
        }
    };

    /** The document information: {@code identity} names the file (its id and subset prefixes derive from it). */
    public record Description(String title, String author, String subject, String keywords, LocalDate date,
                              String identity) {
    }

    private ArchivalPdf() {
    }

    /** Invoice Sans as an AWT font, to draw with on the page's Graphics2D. */
    public static Font font(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    /** One page of {@code size}, drawn by {@code page} on the page's direct content. */
    public static byte[] onePage(Description description, Rectangle size, Consumer<PdfContentByte> page) {
        FixedDocumentInfo info = new FixedDocumentInfo(description.title(), description.author(),
                description.subject(), description.keywords(), description.date(), description.identity());
        return SubsetPrefix.during(info.identity(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Document document = new Document(size, 0, 0, 0, 0);
            PdfWriter writer = ArchivalWriter.of(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7); // PDF/A-3 is based on PDF 1.7
            info.describe(document);
            document.open();
            page.accept(writer.getDirectContent());
            info.fix(writer, false);
            SrgbOutputIntent.addTo(writer);
            document.close(); // writes the font subsets, whose prefixes come from the identity
            return out.toByteArray();
        });
    }

    private static Font awt(String file) {
        try (InputStream in = ArchivalPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /fonts/" + file + " is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font /fonts/" + file + " is not a TrueType font", e);
        }
    }
}
