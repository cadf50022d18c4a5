package lu.mixvoip.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * Every sample invoice and its credit note pass the official Peppol 2026.5 rules (UBL schema, EN 16931, Peppol) with
 * no error. An integration test: the rules take seconds to compile once per JVM.
 */
class UblDocumentsRulesIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("lu.mixvoip.billing.einvoice.UblDocumentsTest#samples")
    void invoicePassesThePeppolRules(String name, IssuedInvoice invoice) {
        PeppolRules.Findings findings = PeppolRules.invoice(UblDocumentsTest.invoiceXml(invoice));

        UblDocumentsTest.report(name, findings);
        assertThat(findings.errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lu.mixvoip.billing.einvoice.UblDocumentsTest#samples")
    void creditNotePassesThePeppolRules(String name, IssuedInvoice invoice) {
        PeppolRules.Findings findings = PeppolRules.creditNote(UblDocumentsTest.creditNoteXml(EinvoiceSamples.creditNoteOf(invoice)));

        UblDocumentsTest.report("credit note of " + name, findings);
        assertThat(findings.errors()).isEmpty();
    }
}
