package lu.mixvoip.billing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The writer of every PDF/A document here: OpenPDF's, except that the streams the embedded fonts write (font
 * subsets and their ToUnicode maps) are deflated once per distinct content and per process, not once per document.
 *
 * <p>The fonts store those streams without compression ({@link Deflater#NO_COMPRESSION}, see {@link EmbeddedFont}):
 * no other stream is written so. A document's subset depends only on the glyphs it uses, and most documents use the
 * same ones, so the stored bytes are the key of a bounded table of deflated streams. A stream is replaced by an equal
 * one (same bytes once inflated, same dictionary), so a document's bytes do not depend on what was rendered before.
 * A document that calls {@link #includeCommonGlyphs} embeds the common glyphs whether it prints them or not, so that
 * nearly every such document has the same subsets: a few glyphs more per file for a subset deflated once.
 */
final class ArchivalWriter extends PdfWriter {
    /** Distinct streams kept: each is a subset or a map of one face for one set of glyphs, some kilobytes. */
    private static final int KEPT = 512;
    /**
     * The glyphs of the invoices' labels in every language and of most names and descriptions: letters, digits, the
     * punctuation, accents, dashes and signs common in them. Each glyph more costs every file some bytes.
     */
    private static final String COMMON_GLYPHS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + " \"%&'(),-./:@°·–—€ÀÄÉßàâäéöü";
    private static final Map<StoredBytes, byte[]> DEFLATED = new ConcurrentHashMap<>();
    private static final VarHandle COMPRESSED;
    private static final VarHandle COMPRESSION_LEVEL;
    private static final VarHandle STREAM_BYTES;

    static {
        try {
            MethodHandles.Lookup stream = MethodHandles.privateLookupIn(PdfStream.class, MethodHandles.lookup());
            COMPRESSED = stream.findVarHandle(PdfStream.class, "compressed", boolean.class);
            COMPRESSION_LEVEL = stream.findVarHandle(PdfStream.class, "compressionLevel", int.class);
            STREAM_BYTES = stream.findVarHandle(PdfStream.class, "streamBytes", ByteArrayOutputStream.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("OpenPDF's PdfStream has changed: " + e, e);
        }
    }

    private ArchivalWriter(PdfDocument pdf, OutputStream out) {
        super(pdf, out);
    }

    /** As {@link PdfWriter#getInstance(Document, OutputStream)}. */
    static ArchivalWriter of(Document document, OutputStream out) {
        PdfDocument pdf = new PdfDocument();
        document.addDocListener(pdf);
        ArchivalWriter writer = new ArchivalWriter(pdf, out);
        try {
            pdf.addWriter(writer);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return writer;
    }

    /** Makes each face's subset hold {@link #COMMON_GLYPHS}, between the document's opening and its closing. */
    void includeCommonGlyphs(BaseFont... faces) {
        PdfContentByte unused = new PdfContentByte(this); // marks the glyphs used, is written nowhere
        unused.beginText();
        for (BaseFont face : faces) {
            unused.setFontAndSize(face, 1);
            unused.showText(COMMON_GLYPHS);
        }
        unused.endText();
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        if (object instanceof PdfStream stream && (boolean) COMPRESSED.get(stream)
                && (int) COMPRESSION_LEVEL.get(stream) == Deflater.NO_COMPRESSION) {
            ByteArrayOutputStream stored = (ByteArrayOutputStream) STREAM_BYTES.get(stream);
            if (stored != null) {
                return super.addToBody(deflatedOnce(stream, stored.toByteArray()));
            }
        }
        return super.addToBody(object);
    }

    private static PdfStream deflatedOnce(PdfStream stored, byte[] storedBytes) {
        StoredBytes key = new StoredBytes(storedBytes);
        byte[] deflated = DEFLATED.get(key);
        if (deflated == null) {
            deflated = deflate(inflate(storedBytes));
            if (DEFLATED.size() < KEPT) {
                DEFLATED.putIfAbsent(key, deflated);
            }
        }
        PdfStream stream = new PdfStream(deflated);
        for (PdfName name : stored.getKeys()) {
            stream.put(name, stored.get(name));
        }
        stream.put(PdfName.LENGTH, new PdfNumber(deflated.length));
        return stream;
    }

    private static byte[] inflate(byte[] stored) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stored);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length);
            byte[] buffer = new byte[stored.length];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) {
                    throw new IllegalStateException("a stored font stream is truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored font stream is not zlib data", e);
        } finally {
            inflater.end();
        }
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** A stream's stored bytes as a key: equal when the bytes are. */
    private record StoredBytes(byte[] bytes, int hash) {
        StoredBytes(byte[] bytes) {
            this(bytes, Arrays.hashCode(bytes));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredBytes that && hash == that.hash && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
