package lu.mixvoip.billing.einvoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.xml.serialize.read.DOMReader;

/**
 * The official OpenPeppol 2026.5 rules (BIS Billing 3.0.21: UBL 2.1 schema, CEN EN 16931 and Peppol Schematron),
 * offline. The rule sets are compiled once per JVM (seconds); each validation after that takes milliseconds.
 */
public final class PeppolRules {
    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY =
            new ValidationExecutorSetRegistry<>();

    static {
        // ph-schematron logs every XSLT it applies at INFO: thousands of lines in a test run.
        ((Logger) LoggerFactory.getLogger("com.helger")).setLevel(Level.WARN);
        PeppolValidation2026_05.init(REGISTRY);
    }

    private PeppolRules() {
    }

    public static Findings invoice(byte[] xml) {
        return validate(PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3, xml);
    }

    public static Findings creditNote(byte[] xml) {
        return validate(PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3, xml);
    }

    private static Findings validate(DVRCoordinate rules, byte[] xml) {
        return validate(REGISTRY.getOfID(rules), xml);
    }

    /** What a set of official rules finds in a document: errors and warnings, one line each. */
    static Findings validate(IValidationExecutorSet<IValidationSourceXML> executors, byte[] xml) {
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), executors,
                ValidationSourceXML.create("e-invoice.xml", DOMReader.readXMLDOM(xml)));
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        results.forEachFlattened(finding -> {
            String text = finding.getErrorID() + " " + finding.getErrorText(Locale.ROOT) + " at "
                    + (finding.hasErrorLocation() ? finding.getErrorLocation().getAsString() : "?");
            if (finding.isError()) {
                errors.add(text);
            } else if (finding.isFailure()) {
                warnings.add(text);
            }
        });
        return new Findings(errors, warnings);
    }

    /** What the rules found: errors make a document unacceptable on Peppol, warnings do not. */
    public record Findings(List<String> errors, List<String> warnings) {
    }
}
