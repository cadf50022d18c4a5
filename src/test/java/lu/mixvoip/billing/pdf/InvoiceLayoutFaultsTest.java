package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/** The layout faults of issue 21 (and item 8 of issue 24), each as a finance clerk saw it. */
class InvoiceLayoutFaultsTest {
    private final InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);

    @Test
    void aDescriptionOfFortyCharactersPrintsOnOneLine() {
        String text = PdfText.of(renderer.render(SampleInvoices.schmit())).all();

        // The narrow column wrapped these after "Imprimante du" and "Remplacement switch".
        assertThat(text).contains("Imprimante du comptoir hors ligne", "Remplacement switch réserve, câblage baie",
                "Caisse enregistreuse : mise à jour urgente");
    }

    /** For every length from 20 to 59 lines, the last page has lines above the totals, never the totals alone. */
    @Test
    void theTotalsAlwaysKeepTheLastLinesOnTheirPage() {
        for (int lines = 20; lines < 60; lines++) {
            PdfText text = PdfText.of(renderer.render(SampleInvoices.weber(lines)));
            String last = text.page(text.pageCount());
            assertThat(last).as("%d lines", lines).contains("Total TVAC");
            assertThat(PdfText.count(last, "\\d\\d/10/2026 (T-9\\d{4}|Frais)")).as("%d lines", lines)
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aSwissVatNumberIsLabelledAsTheSwissNumberItIsInEachLanguage() {
        for (Language language : Language.values()) {
            Customer swiss = new Customer("C-4005", "Berner Treuhand AG", "Marktgasse 2", "3011", "Bern", "CH",
                    "CHE-116.281.710 MWST", "rw@btag.ch", language, "3");
            String text = PdfText.of(renderer.render(outsideEu(swiss))).all();
            String expected = switch (language) {
                case FR -> "N° TVA CHE-116.281.710 MWST";
                case EN -> "UID CHE-116.281.710 MWST";
                case DE -> "MWST-Nr. CHE-116.281.710 MWST";
            };
            assertThat(text).as(language.name()).contains(expected).doesNotContain("USt-IdNr. CHE");
        }
    }

    @Test
    void anotherNonEuVatNumberGetsANeutralLabel() {
        Customer norway = new Customer("C-4006", "Fjord Data AS", "Karl Johans gate 1", "0154", "Oslo", "NO",
                "NO923609016MVA", "post@fjord.no", Language.DE, "3");
        String text = PdfText.of(renderer.render(outsideEu(norway))).all();

        assertThat(text).contains("MwSt.-Nr. NO923609016MVA").doesNotContain("USt-IdNr. NO");
    }

    @Test
    void aLongFooterWrapsInsteadOfBeingCut() {
        Seller seller = new Seller("Mixvoip Managed Services and Telecommunications Société Anonyme", "70 rue des Prés",
                "L-7333", "Steinsel", "LU", "LU12345613", "LU28 0019 4006 4475 0000 (PLACEHOLDER, set billing.seller.iban)",
                "BCEELULL", "billing@mixvoip.com", 30, null, "RCS Luxembourg B123456");
        String text = PdfText.of(new InvoicePdfRenderer(seller).render(SampleInvoices.schmit())).all();

        assertThat(text.replaceAll("\\s+", " ")).contains(
                "IBAN LU28 0019 4006 4475 0000 (PLACEHOLDER, set billing.seller.iban) · RCS Luxembourg B123456");
        assertThat(text).doesNotContain("…");
    }

    @Test
    void aLongCustomerNameIsPrintedWholeInTheHeadingAndTheRunningHead() {
        String name = "Association des Professionnels Indépendants de la Maintenance Informatique et des "
                + "Télécommunications du Grand-Duché de Luxembourg et de la Grande Région, section Sud (Esch) a.s.b.l.";
        Customer customer = new Customer("C-5006", name, "2, boulevard Royal", "L-2449", "Luxembourg", "LU",
                "LU24681357", "finance@apimi.lu", Language.FR, "1");
        PdfText text = PdfText.of(renderer.render(SampleInvoices.inTheirScript(customer, "INV-2026-000010",
                "T-1", "Audit", 60)));

        assertThat(text.pageCount()).isGreaterThan(1);
        for (String page : text.pages()) {
            assertThat(page.replaceAll("\\s+", " ")).contains(name);
        }
        assertThat(text.all()).doesNotContain("…");
    }

    @Test
    void aReplacementInvoiceNamesTheInvoiceItReplacesAndItsCreditNote() {
        IssuedInvoice original = SampleInvoices.schmit();
        IssuedInvoice replacement = new IssuedInvoice("INV-2026-000031", LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 12, 20), original.invoice(),
                new IssuedInvoice.Replacement("INV-2026-000001", "CN-2026-000001"));
        String text = PdfText.of(renderer.render(replacement)).all();

        assertThat(text).contains("Remplace la factureINV-2026-000001",
                "Annulée par la note de créditCN-2026-000001");
        assertThat(PdfText.of(renderer.render(original)).all()).doesNotContain("Remplace la facture");
    }

    @Test
    void theSellersTradeRegisterIsPrintedWhenConfigured() {
        Seller seller = new Seller("Mixvoip S.A.", "70, route d'Esch", "L-1470", "Luxembourg", "LU", "LU26375245",
                "LU28 0019 4006 4475 0000", "BCEELULL", "billing@mixvoip.lu", 30, null, "RCS Luxembourg B123456");
        PdfText text = PdfText.of(new InvoicePdfRenderer(seller).render(SampleInvoices.weber(60)));

        for (String page : text.pages()) {
            assertThat(page).contains("RCS Luxembourg B123456");
        }
        assertThat(PdfText.of(renderer.render(SampleInvoices.schmit())).all()).doesNotContain("RCS");
    }

    /** Issue 24 item 8: an emoji or a CJK name vanished from the PDF without a word. */
    @Test
    void aCharacterTheFontCannotPrintIsReplacedVisiblyAndReported() {
        Customer customer = new Customer("C-7001", "Café 😀 東京", "1, place de la Gare", "L-1111", "Luxembourg",
                "LU", "LU11223344", "cafe@gare.lu", Language.FR, "1");
        IssuedInvoice invoice = SampleInvoices.inTheirScript(customer, "INV-2026-000011", "T-2", "Écran ✈ noir", 1);
        String text = PdfText.of(renderer.render(invoice)).all();

        // Invoice Sans has no U+FFFD: a question mark stands for each character, one per code point.
        assertThat(text).contains("Café ? ??", "Écran ? noir");
        assertThat(InvoicePdfRenderer.unprintableCharacters(invoice.invoice()))
                .containsExactly(0x2708, 0x4EAC, 0x6771, 0x1F600);
        assertThat(InvoicePdfRenderer.unprintableCharacters(customer)).containsExactly(0x4EAC, 0x6771, 0x1F600);
        assertThat(InvoicePdfRenderer.unprintableCharacters(SampleInvoices.schmit().invoice())).isEmpty();
        assertThat(InvoicePdfRenderer.unprintableCharacters(SampleInvoices.ATHENS)).isEmpty();
    }

    private static IssuedInvoice outsideEu(Customer customer) {
        return new SampleInvoices.Draft(customer, Tier.NONE)
                .labour("I-4101", "T-8101", "VPN", Mode.REMOTE, Skill.ENGINEER, "2026-10-02T10:00", 30,
                        new SampleInvoices.Piece(30, TimeClass.NORMAL, "111.00"))
                .issue("INV-2026-000020", VatTreatment.OUTSIDE_EU, "0.00");
    }
}
