package lu.mixvoip.billing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The PDF/A output intent: the invoice's colours (DeviceRGB) are sRGB. The profile is the sRGB.icc shipped beside
 * this class (a compact ICC v2 sRGB profile in the public domain, see LICENSE-sRGB.txt: every document carries it,
 * so its size is every document's), not the JDK's, whose bytes differ between JDK releases: an invoice rendered
 * again on a newer JDK must keep its bytes. Deflated once per process; each document gets its own stream object
 * holding those bytes.
 */
final class SrgbOutputIntent {
    private static final String CONDITION = "sRGB IEC61966-2.1";
    private static final byte[] DEFLATED_PROFILE = deflated(read("sRGB.icc"));

    private SrgbOutputIntent() {
    }

    static void addTo(PdfWriter writer) {
        PdfStream profile = new PdfStream(DEFLATED_PROFILE);
        profile.put(PdfName.FILTER, PdfName.FLATEDECODE);
        profile.put(PdfName.N, new PdfNumber(3));
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1); // the PDF/A intent subtype, for every part of PDF/A
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(CONDITION));
        intent.put(PdfName.INFO, new PdfString(CONDITION));
        try {
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    private static byte[] read(String resource) {
        try (InputStream in = SrgbOutputIntent.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] deflated(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
            stream.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
