package lu.mixvoip.billing.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.Seller;

/** The subject and body of a message, in each language, as written by hand here. */
class MessageTextTest {
    private static final Seller SELLER = new Seller("Mixvoip SA", "70 rue des Prés", "L-7333", "Steinsel", "LU",
            "LU12345613", "LU280019400644750000", "BCEELULL", "billing@mixvoip.com", 30, "", "");
    private static final MessageText TEXT = new MessageText(SELLER);

    private static MailedDocument invoice(Language language) {
        return new MailedDocument("INV-2026-000042", "INVOICE", "C042", "Müller & Söhne GmbH", language,
                YearMonth.of(2026, 10), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
                new BigDecimal("1234.50"), null);
    }

    @Test
    void subjectsSayTheNumberTheTotalAndTheDueDateInTheCustomersLanguage() {
        assertThat(TEXT.subject(invoice(Language.FR)))
                .isEqualTo("Facture INV-2026-000042 – Mixvoip SA – 1 234,50 €, échéance 01/12/2026");
        assertThat(TEXT.subject(invoice(Language.EN)))
                .isEqualTo("Invoice INV-2026-000042 – Mixvoip SA – €1,234.50, due 1 Dec 2026");
        assertThat(TEXT.subject(invoice(Language.DE)))
                .isEqualTo("Rechnung INV-2026-000042 – Mixvoip SA – 1.234,50 €, fällig am 01.12.2026");
    }

    @Test
    void anInvoicesBodyGivesThePaymentReferenceAndTheAccount() {
        assertThat(TEXT.body(invoice(Language.EN), true)).isEqualTo("""
                Hello,

                Please find attached our invoice INV-2026-000042 for the period 1 Oct 2026 – 31 Oct 2026.

                Invoice:                INV-2026-000042
                Issue date:             1 Nov 2026
                Total incl. VAT:        €1,234.50
                Due date:               1 Dec 2026
                Payment reference:      INV-2026-000042

                Payable within 30 days, no later than 1 Dec 2026, to account IBAN LU28 0019 4006 4475 0000 (BIC\
                 BCEELULL), quoting reference INV-2026-000042.

                The PDF document and its e-invoice (XML, Peppol BIS Billing 3.0) are attached.

                Thank you for your business.
                Mixvoip SA
                billing@mixvoip.com
                """);
        assertThat(TEXT.body(invoice(Language.DE), false)).startsWith("Guten Tag,\n\nAnbei erhalten Sie unsere"
                + " Rechnung INV-2026-000042 für den Zeitraum 01.10.2026 – 31.10.2026.\n")
                .contains("Verwendungszweck:       INV-2026-000042\n", "Das PDF-Dokument ist beigefügt.");
    }

    @Test
    void aCreditNoteSaysWhichInvoiceItCancelsAndHasNoDueDate() {
        MailedDocument note = new MailedDocument("CN-2026-000003", "CREDIT_NOTE", "C042", "Müller", Language.FR,
                YearMonth.of(2026, 10), LocalDate.of(2026, 11, 20), null, new BigDecimal("-1234.50"),
                "INV-2026-000042");

        assertThat(TEXT.subject(note)).isEqualTo("Note de crédit CN-2026-000003 – Mixvoip SA – -1 234,50 €");
        assertThat(TEXT.body(note, false)).contains("notre note de crédit CN-2026-000003 pour la période",
                "Annule la facture:      INV-2026-000042\n", "Total TVAC:             -1 234,50 €\n")
                .doesNotContain("Échéance", "IBAN");
    }
}
