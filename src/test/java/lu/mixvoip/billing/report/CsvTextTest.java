package lu.mixvoip.billing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The outputs' CSV dialect, written out by hand. */
class CsvTextTest {

    @Test
    void quotesOnlyTheCellsThatNeedItAndDoublesTheirQuotes() {
        byte[] csv = new CsvText().row(List.of("invoice", "name", "note"))
                .row(List.of("INV-2026-000001", "Cabinet Dupont, Avocats", "Atelier \"Le Zinc\""))
                .row(List.of("INV-2026-000002", "two\nlines", "cr\rhere"))
                .row(List.of("", "Müller & Söhne", "Łódź")).bytes();

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("""
                invoice,name,note
                INV-2026-000001,"Cabinet Dupont, Avocats","Atelier ""Le Zinc\"""
                INV-2026-000002,"two
                lines","cr\rhere"
                ,Müller & Söhne,Łódź
                """);
        assertThat(csv[0]).isEqualTo((byte) 'i'); // no byte order mark
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(CsvText.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvText.text("+32 2 123")).isEqualTo("'+32 2 123");
        assertThat(CsvText.text("-1")).isEqualTo("'-1");
        assertThat(CsvText.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvText.text("Garage Weber")).isEqualTo("Garage Weber");
        assertThat(CsvText.text(null)).isEmpty();
    }
}
