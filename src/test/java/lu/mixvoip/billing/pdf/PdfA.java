package lu.mixvoip.billing.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a file as PDF/A-3b. veraPDF is started once per JVM: it takes seconds to start. */
public final class PdfA {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /** The bytes of the file attached to a PDF as its associated file (/AF), or null when there is none. */
    public static byte[] attachment(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfArray files = reader.getCatalog().getAsArray(new PdfName("AF"));
            if (files == null || files.isEmpty()) {
                return null;
            }
            PdfDictionary file = files.getAsDict(0);
            PRStream stream = (PRStream) PdfReader
                    .getPdfObject(file.getAsDict(PdfName.EF).get(PdfName.F));
            return PdfReader.getStreamBytes(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's XMP metadata packet, as stored. */
    public static byte[] metadata(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getMetadata();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF/A-3b rules the file breaks, one line each ("6.2.11.4.1-1: message (context)"); empty if none. */
    public static List<String> failedRules(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage() + " (" + assertion.getLocationContext() + ")");
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add("not compliant, no failed assertion reported: " + result.getJobEndStatus());
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file", e);
        }
    }
}
