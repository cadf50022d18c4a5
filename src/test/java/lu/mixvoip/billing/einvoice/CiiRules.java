package lu.mixvoip.billing.einvoice;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.xml.source.IValidationSourceXML;

/**
 * The official CEN EN 16931 rules for UN/CEFACT CII D16B (validation artefacts 1.3.16: the CII schema and the
 * EN 16931 Schematron), offline: what a Factur-X EN 16931 {@code factur-x.xml} must pass. Compiled once per JVM.
 */
public final class CiiRules {
    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY =
            new ValidationExecutorSetRegistry<>();

    static {
        ((Logger) LoggerFactory.getLogger("com.helger")).setLevel(Level.WARN); // ph-schematron's INFO per XSLT
        EN16931Validation.initEN16931(REGISTRY);
    }

    private CiiRules() {
    }

    public static PeppolRules.Findings validate(byte[] xml) {
        return PeppolRules.validate(REGISTRY.getOfID(EN16931Validation.VID_CII_1316), xml);
    }
}
