package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * Reads back, with PDFBox, where every glyph of every page is drawn, on documents whose fields are as long as
 * billing-rules §11 allows (name, street, city 200 characters, postal code and VAT number 20, ticket 64, description
 * 2,000 with line breaks), in each language: no glyph leaves the page or its margins, and no two glyphs overlap.
 */
class PageLayoutTest {
    private static final float PAGE_WIDTH = 595;
    private static final float PAGE_HEIGHT = 842;
    /** Glyph boxes touch at their edges (a word's letters, a line's descenders and the next line's accents). */
    private static final float TOLERANCE = 0.6f;

    private record Box(int page, String text, float left, float top, float right, float bottom) {
        boolean overlaps(Box other) {
            return left < other.right - TOLERANCE && other.left < right - TOLERANCE
                    && top < other.bottom - TOLERANCE && other.top < bottom - TOLERANCE;
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noTextLeavesThePageOrOverlapsOtherTextOnAnInvoiceWithTheLongestFields(Language language) throws IOException {
        IssuedInvoice invoice = longest(language);
        InvoicePdfRenderer renderer = new InvoicePdfRenderer(longSeller());

        assertLaidOut(renderer.render(invoice), 2);
        assertLaidOut(renderer.render(new CreditNote("CN-2026-000099", SampleInvoices.CREDITED, invoice)), 2);
        IssuedInvoice replacement = new IssuedInvoice("INV-2026-000100", SampleInvoices.CREDITED,
                SampleInvoices.CREDITED.plusDays(30), invoice.invoice(),
                new IssuedInvoice.Replacement("INV-2026-000099", "CN-2026-000099"));
        assertLaidOut(renderer.render(replacement), 2);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noTextOverlapsOnTheSampleInvoicesOfEachLanguage(Language language) throws IOException {
        InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);
        for (IssuedInvoice invoice : SampleInvoices.all()) {
            if (invoice.invoice().customer().language() == language) {
                assertLaidOut(renderer.render(invoice), 1);
            }
        }
    }

    private static void assertLaidOut(byte[] pdf, int minimumPages) throws IOException {
        List<Box> boxes = glyphs(pdf);
        assertThat(boxes.stream().mapToInt(Box::page).max().orElse(0)).isGreaterThanOrEqualTo(minimumPages);
        for (Box box : boxes) {
            assertThat(box.left()).as("left of %s", box).isGreaterThanOrEqualTo(30);
            assertThat(box.right()).as("right of %s", box).isLessThanOrEqualTo(PAGE_WIDTH - 30);
            assertThat(box.top()).as("top of %s", box).isGreaterThanOrEqualTo(8);
            assertThat(box.bottom()).as("bottom of %s", box).isLessThanOrEqualTo(PAGE_HEIGHT - 4);
        }
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingInt(Box::page).thenComparingDouble(Box::top));
        for (int i = 0; i < sorted.size(); i++) {
            Box a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).page() == a.page()
                    && sorted.get(j).top() < a.bottom(); j++) {
                Box b = sorted.get(j);
                assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isFalse();
            }
        }
    }

    /** Every visible glyph's box, in page coordinates from the top left. */
    private static List<Box> glyphs(byte[] pdf) throws IOException {
        List<Box> boxes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (p.getUnicode().isBlank()) {
                            continue;
                        }
                        float bottom = p.getYDirAdj();
                        boxes.add(new Box(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                                bottom - p.getHeightDir(), p.getXDirAdj() + p.getWidthDirAdj(), bottom));
                    }
                }
            };
            stripper.setSortByPosition(false);
            stripper.getText(document);
        }
        return boxes;
    }

    private static String repeat(String words, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(words).append(' ');
        }
        return text.substring(0, length).strip();
    }

    private static Seller longSeller() {
        return new Seller(repeat("Mixvoip Managed Services Luxembourg", 120), repeat("70 rue des Prés", 120),
                "L-7333", repeat("Steinsel", 60), "LU", "LU12345613", "LU28 0019 4006 4475 0000", "BCEELULL",
                "billing@mixvoip.com", 30, null, "RCS Luxembourg B123456");
    }

    /** A customer and lines at the bounds of billing-rules §11. */
    private static IssuedInvoice longest(Language language) {
        Customer customer = new Customer("C-9999", repeat("Société Coopérative Européenne des Services Informatiques",
                200), repeat("Boulevard de la Pétrusse, Résidence Les Jardins", 200), "L-2320-ABCDEFGHIJKLMN",
                repeat("Luxembourg-Ville Gare Hollerich", 200), "BE", "BE0123456789ABCDEFGH", "a@b.lu", language,
                "1");
        String description = repeat("Remplacement du commutateur principal, reconfiguration des VLAN et contrôle "
                + "des journaux\nhttps://support.example.lu/tickets/2026/10/very-long-unbroken-reference-string-"
                + "without-any-space-at-all-0123456789\n", 2000);
        String ticket = "T-" + "9".repeat(62);
        SampleInvoices.Draft draft = new SampleInvoices.Draft(customer, Tier.ENTERPRISE)
                .fee(Tier.ENTERPRISE, repeat("CT-LONG-CONTRACT-ID", 32), SampleInvoices.OCTOBER.atDay(1),
                        new java.math.BigDecimal("318.00"));
        for (int i = 0; i < 6; i++) {
            draft.labour("I-" + i, ticket, description, Mode.ONSITE, Skill.CONSULTING,
                    "2026-10-0" + (i + 1) + "T19:00", 180,
                    new SampleInvoices.Piece(60, TimeClass.NORMAL, "145.00"),
                    new SampleInvoices.Piece(120, TimeClass.OFF_HOURS, "217.50"));
        }
        draft.travel(SampleInvoices.OCTOBER.atDay(1), "1", "45.00");
        return draft.issue("INV-2026-000099", VatTreatment.REVERSE_CHARGE, "0.00");
    }
}
