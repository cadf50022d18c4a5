package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;

class InvoicePdfRendererTest {
    private final InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);

    @Test
    void frenchInvoiceForALuxembourgCustomerShowsEverythingArticle226Asks() {
        PdfText text = PdfText.of(renderer.render(SampleInvoices.schmit()));

        assertThat(text.pageCount()).isEqualTo(1);
        assertThat(text.all()).contains(
                // seller
                "Mixvoip S.A.", "70, route d'Esch", "L-1470 Luxembourg", "N° TVA LU26375245", "billing@mixvoip.lu",
                // customer, with its accents
                "FACTURÉ À", "Boulangerie Schmit S.à r.l.", "12, rue de l'Église", "L-4011 Esch-sur-Alzette",
                "N° TVA LU19283746",
                // references
                "FACTURE", "INV-2026-000001", "Date d'émission", "01/11/2026", "Échéance", "01/12/2026",
                "01/10/2026 – 31/10/2026", "C-1001", "Bureau",
                // lines
                "Contrat Bureau — forfait mensuel, 17/31 jours", "Contrat CT-0042, du 15/10/2026 au 31/10/2026",
                "Imprimante du", "T-5512", "À distance", "Technicien", "Câblage", "Ingénieur",
                "Heures non", "ouvrables", "Dimanche & jour", "férié", "Frais de déplacement — zone 1",
                "262,00 €", "143,68 €", "130,50 €", "65,25 €",
                // totals
                "Total HTVA", "424,93 €", "TVA 17 %", "72,24 €", "Total TVAC", "497,17 €",
                "3 interventions, 120 min facturées",
                // payment
                "Payable à 30 jours, au plus tard le 01/12/2026", "LU28 0019 4006 4475 0000", "BCEELULL",
                "page 1 / 1");
        assertThat(text.all()).doesNotContain("Autoliquidation", "Hors champ", "PREVIEW");
    }

    /** Issue 21: the second piece showed blank / 30, which read like a discount on the first. */
    @Test
    void everyTimePieceOfASplitInterventionShowsItsBilledMinutesAndTheLaterOnesSayTheyContinueIt() {
        String text = PdfText.of(renderer.render(SampleInvoices.schmit())).all();

        // I-1002: 20 actual minutes, billed as 30 NORMAL + 30 OFF_HOURS: the actual minutes are the whole
        // intervention's, said so under its first piece; the second piece is marked as its continuation.
        assertThat(text).contains("Sur siteCâblageNormal203087,00 €43,50 €");
        assertThat(text).contains("réel : toute l'intervention, 2 plages");
        assertThat(text).contains("Sur siteCâblageHeures non\n ouvrables\n (suite) 30 130,50 €65,25 €");
        // An intervention in one piece has no such mark.
        assertThat(PdfText.count(text, "\\(suite\\)")).isEqualTo(1);
    }

    @Test
    void germanCustomerWithVatNumberGetsGermanLabelsAndTheReverseChargeMention() {
        PdfText text = PdfText.of(renderer.render(SampleInvoices.muller()));

        assertThat(text.all()).contains("RECHNUNG", "Rechnungsnummer", "Rechnungsdatum", "Fällig am",
                "Leistungszeitraum", "01.10.2026 – 31.10.2026", "Müller & Söhne GmbH", "Hauptstraße 5",
                "54290 Trier", "Deutschland", "USt-IdNr. DE811907980", "Unternehmen",
                "Vertrag Unternehmen — Monatspauschale, 31/31 Tage", "Fernwartung", "Vor Ort", "Ingenieur",
                "Verkabelung", "Normalzeit", "Anfahrtspauschale — Zone 2",
                "Steuerschuldnerschaft des Leistungsempfängers", "Summe netto", "711,75 €", "MwSt. 0 %", "0,00 €",
                "Gesamtbetrag brutto", "Zahlbar innerhalb von 30 Tagen, spätestens am 01.12.2026", "Seite 1 / 1");
        assertThat(text.all()).doesNotContain("Facture", "Invoice", "TVAC", "Autoliquidation", "Reverse charge —");
    }

    @Test
    void belgianCustomerWithVatNumberIsReverseChargedInFrench() {
        String text = PdfText.of(renderer.render(SampleInvoices.lefevre())).all();

        assertThat(text).contains("Atelier Lefèvre SRL", "Rue des Déportés 41", "6700 Arlon", "Belgique",
                "N° TVA BE0477472701", "Autoliquidation — art. 196 de la", "2006/112/CE",
                "TVA 0 %", "Total TVAC197,00 €", "Conseil", "Standard");
        assertThat(text).doesNotContain("Steuerschuldnerschaft", "Reverse charge");
    }

    @Test
    void englishCustomerOutsideTheEuGetsEnglishLabelsAndTheOutOfScopeMention() {
        String text = PdfText.of(renderer.render(SampleInvoices.zurich())).all();

        assertThat(text).contains("INVOICE", "BILL TO", "Zürcher Datendienste AG", "8001 Zürich",
                "Switzerland", "Invoice number", "1 Nov 2026", "1 Dec 2026", "1 Oct 2026 – 31 Oct 2026",
                "No contract", "Support work", "Off hours", "Normal hours", "Remote", "On site", "Consulting",
                "Travel fee — zone 3", "€193.50", "€1,149.25", "VAT 0%", "Total incl. VAT",
                "Outside the scope of EU VAT", "Payable within 30 days, no later than 1 Dec 2026",
                "page 1 / 1");
        // No VAT number: none printed for the customer, only the seller's (in the heading and the footer).
        assertThat(PdfText.count(text, "VAT no\\. ")).isEqualTo(2);
        assertThat(text).doesNotContain("null", "Hors champ");
    }

    @Test
    void renderingTheSameInvoiceTwiceGivesTheSameBytes() {
        for (IssuedInvoice invoice : SampleInvoices.all()) {
            byte[] first = renderer.render(invoice);
            byte[] second = new InvoicePdfRenderer(SampleInvoices.SELLER).render(invoice);
            assertThat(second).as(invoice.number()).isEqualTo(first);
            assertThat(renderer.render(invoice, true)).as(invoice.number()).isEqualTo(renderer.render(invoice, true));
        }
    }

    @Test
    void documentInfoAndFileIdComeFromTheInvoiceNotTheClock() throws Exception {
        byte[] pdf = renderer.render(SampleInvoices.schmit());
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getInfo())
                    .containsEntry("Title", "Facture INV-2026-000001")
                    .containsEntry("Author", "Mixvoip S.A.")
                    .containsEntry("Subject", "Boulangerie Schmit S.à r.l. — 01/10/2026 – 31/10/2026")
                    .containsEntry("CreationDate", "D:20261101000000Z")
                    .containsEntry("ModDate", "D:20261101000000Z");
            assertThat(reader.getTrailer().get(PdfName.ID)).isNotNull();
        }
        String issuedId = PdfText.trailerId(pdf);
        String previewId = PdfText.trailerId(renderer.render(SampleInvoices.schmit(), true));
        String otherId = PdfText.trailerId(renderer.render(SampleInvoices.muller()));
        assertThat(issuedId).isNotEqualTo(previewId).isNotEqualTo(otherId);
    }

    @Test
    void previewCarriesAWatermarkOnEveryPage() {
        IssuedInvoice invoice = SampleInvoices.weber(120);
        PdfText preview = PdfText.of(renderer.render(invoice, true));
        PdfText issued = PdfText.of(renderer.render(invoice, false));

        assertThat(preview.pageCount()).isGreaterThan(1).isEqualTo(issued.pageCount());
        for (String page : preview.pages()) {
            assertThat(page).contains("APERÇU", "PREVIEW", "VORSCHAU");
        }
        assertThat(issued.all()).doesNotContain("APERÇU", "PREVIEW", "VORSCHAU");
    }

    @Test
    void fourHundredLinesRunOverSeveralPagesEachWithTheTableHeaderAndItsFolio() {
        PdfText text = PdfText.of(renderer.render(SampleInvoices.weber(400)));
        int pages = text.pageCount();

        assertThat(pages).isGreaterThanOrEqualTo(5);
        for (int page = 1; page <= pages; page++) {
            // The totals block is kept in one piece: when it does not fit under the last lines it opens a page
            // of its own, which has no table to head.
            if (PdfText.count(text.page(page), "T-9\\d{4}") > 0) {
                assertThat(text.page(page)).as("page %d", page)
                        .contains("Date", "Ticket", "Description", "Compétence", "Plage horaire", "unitaire",
                                "Montant");
            } else {
                assertThat(page).as("only the last page may be free of lines").isEqualTo(pages);
            }
            assertThat(text.page(page)).as("page %d", page)
                    .contains("INV-2026-000005  ·  page " + page + " / " + pages)
                    .contains("N° TVA LU26375245  ·  IBAN LU28 0019 4006 4475 0000");
            if (page > 1) {
                assertThat(text.page(page)).contains("Facture INV-2026-000005 (suite)", "Cabinet Weber & Associés");
            }
        }
        assertThat(text.page(1)).contains("FACTURÉ À", "Cabinet Weber & Associés");
        assertThat(text.page(pages)).contains("Total TVAC");
        // No line lost or doubled at a page break: every labour line has its ticket printed once.
        assertThat(PdfText.count(text.all(), "T-9\\d{4}")).isEqualTo(400);
    }

    /** The embedded font travels in every file as a subset: a two-page invoice stays a light mail attachment. */
    @Test
    void aTwoPageInvoiceWeighsAtMost40KB() {
        byte[] pdf = renderer.render(SampleInvoices.weber(28));

        assertThat(PdfText.of(pdf).pageCount()).isEqualTo(2);
        assertThat(pdf.length).isLessThanOrEqualTo(40_000);
    }

    @Test
    void rendersInParallelExactlyAsOneAtATime() throws Exception {
        List<IssuedInvoice> invoices = SampleInvoices.all();
        List<byte[]> expected = invoices.stream().map(renderer::render).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (IssuedInvoice invoice : invoices) {
                    futures.add(pool.submit(() -> renderer.render(invoice)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % invoices.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
