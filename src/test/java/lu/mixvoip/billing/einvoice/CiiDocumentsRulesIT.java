package lu.mixvoip.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * Every sample invoice and its credit note, as the factur-x.xml of its PDF, pass the official CEN EN 16931 CII rules
 * (schema and Schematron) with no error, with and without the buyer's electronic address; a broken one fails them.
 */
class CiiDocumentsRulesIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("lu.mixvoip.billing.einvoice.UblDocumentsTest#samples")
    void invoicePassesTheEn16931CiiRules(String name, IssuedInvoice invoice) {
        assertValid(name, CiiDocumentsTest.invoiceXml(invoice));
        assertValid(name + ", no electronic address", CiiDocumentsTest.DOCUMENTS.invoice(invoice, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lu.mixvoip.billing.einvoice.UblDocumentsTest#samples")
    void creditNotePassesTheEn16931CiiRules(String name, IssuedInvoice invoice) {
        assertValid("credit note of " + name,
                CiiDocumentsTest.creditNoteXml(EinvoiceSamples.creditNoteOf(invoice)));
    }

    /** The negative control: the rules do find errors, here a VAT total that is not the breakdown's (BR-CO-14). */
    @Test
    void aCiiWhoseTotalsDoNotAddUpFailsTheRules() {
        String xml = new String(CiiDocumentsTest.invoiceXml(EinvoiceSamples.domestic()), StandardCharsets.UTF_8);
        String broken = xml.replaceFirst("<ram:TaxTotalAmount currencyID=\"EUR\">[0-9.]+</ram:TaxTotalAmount>",
                "<ram:TaxTotalAmount currencyID=\"EUR\">1.00</ram:TaxTotalAmount>");
        assertThat(broken).isNotEqualTo(xml);

        PeppolRules.Findings findings = CiiRules.validate(broken.getBytes(StandardCharsets.UTF_8));

        assertThat(findings.errors()).anySatisfy(error -> assertThat(error).startsWith("BR-CO-14"));
    }

    @Test
    void aCiiWithoutItsGuidelineFailsTheRules() {
        String xml = new String(CiiDocumentsTest.invoiceXml(EinvoiceSamples.reverseCharge()), StandardCharsets.UTF_8);
        String broken = xml.replace("<ram:ID>urn:cen.eu:en16931:2017</ram:ID>", "");

        assertThat(CiiRules.validate(broken.getBytes(StandardCharsets.UTF_8)).errors()).isNotEmpty();
    }

    static void assertValid(String name, byte[] cii) {
        PeppolRules.Findings findings = CiiRules.validate(cii);
        findings.warnings().forEach(w -> System.out.println("[EN 16931 CII warning] " + name + ": " + w));
        assertThat(findings.errors()).as(name).isEmpty();
    }
}
