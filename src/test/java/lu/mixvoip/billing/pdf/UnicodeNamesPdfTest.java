package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * Every name prints: customers' names, streets, cities and work descriptions in Polish, Czech, Greek and Cyrillic
 * are in the PDF as typed (an embedded Unicode font, not Helvetica in Windows-1252, which dropped every character
 * outside it), and an accent typed as a combining mark prints as the precomposed letter.
 */
class UnicodeNamesPdfTest {
    private final InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);

    @Test
    void polishCzechGreekAndCyrillicNamesAddressesAndDescriptionsPrintAsTyped() {
        String polish = text(SampleInvoices.inTheirScript(SampleInvoices.LODZ, "INV-2026-000006", "T-Ł01",
                "Wymiana zasilacza w szafie — łącze światłowodowe", 0));
        assertThat(polish).contains("Łódź Spółka z o.o.", "ul. Żwirki i Wigury 17", "90-364 Łódź", "T-Ł01",
                "Wymiana zasilacza w", "szafie — łącze", "światłowodowe");

        String czech = text(SampleInvoices.inTheirScript(SampleInvoices.KRIZIK, "INV-2026-000007", "T-Ř01",
                "Přeinstalace řídicího serveru", 0));
        assertThat(czech).contains("Křižík a.s.", "Náměstí Míru 15", "120 00 Praha 2 – Vinohrady", "T-Ř01",
                "Přeinstalace řídicího", "serveru");

        String greek = text(SampleInvoices.inTheirScript(SampleInvoices.ATHENS, "INV-2026-000008", "T-Ω01",
                "Επανεκκίνηση διακομιστή", 0));
        assertThat(greek).contains("Αθηναϊκή Τεχνική Α.Ε.", "Οδός Ερμού 25", "105 63 Αθήνα", "T-Ω01",
                "Επανεκκίνηση", "διακομιστή");

        String cyrillic = text(SampleInvoices.inTheirScript(SampleInvoices.SOFIA, "INV-2026-000009", "T-Ж01",
                "Рестартиране на сървъра", 0));
        assertThat(cyrillic).contains("Техносервиз ЕООД", "ул. „Шипка“ 34", "1504 София", "T-Ж01",
                "Рестартиране на", "сървъра");
    }

    @Test
    void aNameOnEveryPageIsPrintedInItsScriptInTheRunningHead() {
        PdfText text = PdfText.of(renderer.render(SampleInvoices.inTheirScript(SampleInvoices.ATHENS,
                "INV-2026-000008", "T-Ω01", "Επανεκκίνηση διακομιστή", 60)));

        assertThat(text.pageCount()).isGreaterThan(1);
        for (int page = 2; page <= text.pageCount(); page++) {
            assertThat(text.page(page)).as("page %d", page).contains("Αθηναϊκή Τεχνική Α.Ε.");
        }
    }

    @Test
    void accentsTypedAsCombiningMarksPrintAsPrecomposedLettersAlsoInTheDocumentInfo() throws Exception {
        IssuedInvoice invoice = SampleInvoices.inTheirScript(SampleInvoices.CAFE, "INV-2026-000010", "T-E\u0301",
                "Cafetie\u0300re re\u0301pare\u0301e", 0);
        byte[] pdf = renderer.render(invoice);

        String text = PdfText.of(pdf).all();
        assertThat(text).contains("Café de la Gare", "1, place de l'Église", "T-É", "Cafetière réparée")
                .doesNotContain("\u0301", "\u0300");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getInfo().get("Subject")).startsWith("Café de la Gare — ");
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubsetOfInvoiceSans() throws Exception {
        byte[] pdf = renderer.render(SampleInvoices.inTheirScript(SampleInvoices.SOFIA, "INV-2026-000009",
                "T-Ж01", "Рестартиране на сървъра", 40), true);
        try (PdfReader reader = new PdfReader(pdf)) {
            List<String> names = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
                for (PdfName key : fonts.getKeys()) {
                    PdfDictionary font = fonts.getAsDict(key);
                    PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                    assertThat(descendants).as("a Type0 font").isNotNull();
                    PdfDictionary descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
                    assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded TrueType").isNotNull();
                    names.add(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString()));
                }
            }
            assertThat(names).isNotEmpty()
                    .allMatch(name -> Pattern.matches("[A-Z]{6}\\+InvoiceSans-(Regular|Bold)", name));
        }
    }

    private String text(IssuedInvoice invoice) {
        return PdfText.of(renderer.render(invoice)).all();
    }
}
