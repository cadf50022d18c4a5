package lu.mixvoip.billing.pdf;

import static lu.mixvoip.billing.pdf.SampleInvoices.creditNote;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;

import lu.mixvoip.billing.core.invoice.CreditNote;

/**
 * A credit note cancels an issued invoice in full (EU VAT Directive art. 219): the invoice's layout with its own
 * title and number, a reference to the cancelled invoice's number and date, the lines and totals negated under the
 * same VAT treatment, and no request to pay.
 */
class CreditNotePdfTest {
    private final InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);

    @Test
    void frenchCreditNoteForALuxembourgCustomerCancelsTheInvoiceWithNegatedAmountsAndVat() {
        PdfText text = PdfText.of(renderer.render(creditNote("CN-2026-000001", SampleInvoices.schmit())));

        assertThat(text.pageCount()).isEqualTo(1);
        assertThat(text.all()).contains(
                // seller and customer, as on the invoice
                "Mixvoip S.A.", "N° TVA LU26375245", "Boulangerie Schmit S.à r.l.", "N° TVA LU19283746",
                // the credit note and the invoice it cancels
                "NOTE DE CRÉDIT", "N° de note de crédit", "CN-2026-000001", "Date d'émission", "15/11/2026",
                "Annule la facture", "INV-2026-000001", "Date de la facture", "01/11/2026",
                "Période facturée", "01/10/2026 – 31/10/2026", "C-1001", "Bureau",
                // the cancelled lines, negated; unit prices stay as billed
                "Contrat Bureau — forfait mensuel, 17/31 jours", "262,00 €", "-143,68 €",
                "96,00 €", "-72,00 €", "130,50 €", "-65,25 €", "Frais de déplacement — zone 1", "-45,00 €",
                // totals with the invoice's VAT rate
                "Total HTVA", "-424,93 €", "TVA 17 %", "-72,24 €", "Total TVAC", "-497,17 €",
                "3 interventions, 120 min facturées",
                // nothing to pay
                "RÈGLEMENT", "Ce montant sera déduit de votre prochaine facture ou remboursé.",
                "CN-2026-000001  ·  page 1 / 1");
        assertThat(text.all()).doesNotContain("\nFACTURE\n", "FACTURÉ À", "Échéance", "CONDITIONS DE PAIEMENT",
                "Payable", "IBAN LU28 0019 4006 4475 0000 (BIC", "Autoliquidation", "Hors champ", "-0,00", "PREVIEW");
        // Every amount is a credit: of the 18 amounts, only the 6 lines' unit prices are unsigned.
        assertThat(PdfText.count(text.all(), "\\d,\\d\\d €")).isEqualTo(18);
        assertThat(PdfText.count(text.all(), "-\\d{1,3}(?: \\d{3})*,\\d\\d €")).isEqualTo(12);
    }

    @Test
    void belgianReverseChargedCustomerGetsTheSameMentionAndAZeroVatWithoutSign() {
        String text = PdfText.of(renderer.render(creditNote("CN-2026-000003", SampleInvoices.lefevre()))).all();

        assertThat(text).contains("NOTE DE CRÉDIT", "CN-2026-000003", "Annule la facture", "INV-2026-000003",
                "01/11/2026", "Atelier Lefèvre SRL", "N° TVA BE0477472701",
                "Autoliquidation — art. 196 de la", "2006/112/CE",
                "-58,00 €", "-139,00 €", "Total HTVA-197,00 €", "TVA 0 %0,00 €", "Total TVAC-197,00 €",
                "Ce montant sera déduit de votre prochaine facture ou remboursé.");
        assertThat(text).doesNotContain("-0,00", "Steuerschuldnerschaft", "Payable", "Échéance");
    }

    @Test
    void germanCustomerGetsAGutschriftInGermanWithTheReverseChargeMention() {
        PdfText text = PdfText.of(renderer.render(creditNote("CN-2026-000002", SampleInvoices.muller())));

        assertThat(text.all()).contains("GUTSCHRIFT", "KUNDE", "Müller & Söhne GmbH", "Gutschriftsnummer",
                "CN-2026-000002", "Gutschriftsdatum", "15.11.2026", "Storniert Rechnung", "INV-2026-000002",
                "Rechnungsdatum", "01.11.2026", "Leistungszeitraum", "01.10.2026 – 31.10.2026", "Unternehmen",
                "Vertrag Unternehmen — Monatspauschale, 31/31 Tage", "-318,00 €", "-166,50 €", "-152,25 €",
                "-75,00 €",
                "Steuerschuldnerschaft des Leistungsempfängers", "Summe netto", "-711,75 €", "MwSt. 0 %0,00 €",
                "Gesamtbetrag brutto-711,75 €", "VERRECHNUNG",
                "Dieser Betrag wird mit Ihrer nächsten Rechnung verrechnet oder", "erstattet.",
                "CN-2026-000002  ·  Seite 1 / 1");
        assertThat(text.all()).doesNotContain("\nRECHNUNG\n", "Rechnungsempfänger", "Fällig am", "Zahlbar",
                "Zahlungsbedingungen", "-0,00", "Facture", "Invoice", "Autoliquidation");
    }

    @Test
    void englishCustomerOutsideTheEuGetsNegativeAmountsWithTheSignBeforeTheEuro() {
        String text = PdfText.of(renderer.render(creditNote("CN-2026-000004", SampleInvoices.zurich()))).all();

        assertThat(text).contains("CREDIT NOTE", "CUSTOMER", "Credit note number", "CN-2026-000004", "15 Nov 2026",
                "Cancels invoice", "INV-2026-000004", "Invoice date", "1 Nov 2026", "€193.50", "-€32.25",
                "-€942.50", "Total excl. VAT-€1,149.25", "VAT 0%€0.00", "Total incl. VAT-€1,149.25",
                "Outside the scope of EU VAT", "SETTLEMENT",
                "This amount will be deducted from your next invoice or refunded.", "CN-2026-000004  ·  page 1 / 1");
        assertThat(text).doesNotContain("€-", "-€0.00", "Payable within", "Due date", "BILL TO");
    }

    @Test
    void renderingTheSameCreditNoteTwiceGivesTheSameBytesAndNotTheInvoicesOnes() {
        for (CreditNote note : SampleInvoices.creditNotes()) {
            byte[] first = renderer.render(note);
            byte[] again = new InvoicePdfRenderer(SampleInvoices.SELLER)
                    .render(new CreditNote(note.number(), note.issueDate(), note.cancelled()));
            assertThat(again).as(note.number()).isEqualTo(first);
            assertThat(renderer.render(note, true)).as(note.number()).isEqualTo(renderer.render(note, true))
                    .isNotEqualTo(first);
            assertThat(first).as(note.number()).isNotEqualTo(renderer.render(note.cancelled()));
        }
    }

    @Test
    void documentInfoDatesComeFromTheCreditNoteAndTheFileIdFromItsNumber() throws Exception {
        CreditNote note = creditNote("CN-2026-000001", SampleInvoices.schmit());
        byte[] pdf = renderer.render(note);
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getInfo())
                    .containsEntry("Title", "Note de crédit CN-2026-000001")
                    .containsEntry("Subject", "Boulangerie Schmit S.à r.l. — 01/10/2026 – 31/10/2026")
                    .containsEntry("Keywords", "CN-2026-000001 C-1001 INV-2026-000001")
                    .containsEntry("CreationDate", "D:20261115000000Z")
                    .containsEntry("ModDate", "D:20261115000000Z");
        }
        try (PdfReader reader = new PdfReader(renderer.render(note, true))) {
            assertThat(reader.getInfo()).containsEntry("Title", "Note de crédit CN-2026-000001 (PREVIEW)");
        }
        String id = PdfText.trailerId(pdf);
        assertThat(id).isNotEqualTo(PdfText.trailerId(renderer.render(note, true)))
                .isNotEqualTo(PdfText.trailerId(renderer.render(note.cancelled())))
                .isNotEqualTo(PdfText.trailerId(renderer.render(creditNote("CN-2026-000099", note.cancelled()))));
    }

    @Test
    void longCreditNoteRunsOverPagesWithItsOwnRunningHeadFolioAndPreviewWatermark() {
        CreditNote note = creditNote("CN-2026-000005", SampleInvoices.weber(120));
        PdfText preview = PdfText.of(renderer.render(note, true));
        PdfText issued = PdfText.of(renderer.render(note));
        int pages = issued.pageCount();

        assertThat(pages).isGreaterThan(1).isEqualTo(preview.pageCount())
                .isEqualTo(PdfText.of(renderer.render(note.cancelled())).pageCount());
        for (int page = 1; page <= pages; page++) {
            assertThat(issued.page(page)).as("page %d", page)
                    .contains("CN-2026-000005  ·  page " + page + " / " + pages)
                    .doesNotContain("APERÇU", "PREVIEW", "VORSCHAU");
            assertThat(preview.page(page)).as("page %d", page).contains("APERÇU", "PREVIEW", "VORSCHAU");
            if (page > 1) {
                assertThat(issued.page(page)).contains("Note de crédit CN-2026-000005 (suite)",
                        "Cabinet Weber & Associés");
            }
        }
        assertThat(issued.page(1)).contains("NOTE DE CRÉDIT", "INV-2026-000005");
        assertThat(issued.page(pages)).contains("Total TVAC", "Ce montant sera déduit");
        assertThat(issued.all()).doesNotContain("Facture INV-2026-000005 (suite)", "-0,00");
    }
}
