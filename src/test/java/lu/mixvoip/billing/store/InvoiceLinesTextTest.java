package lu.mixvoip.billing.store;

import static lu.mixvoip.billing.store.IssuedInvoices.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.LineKind;

class InvoiceLinesTextTest {
    @Test
    void packsOneRowALineInTheDocumentedFieldOrder() {
        List<InvoiceLine> lines = IssuedInvoices.awkwardLines();

        String[] rows = InvoiceLinesText.pack(List.of(lines.get(0), lines.get(1))).split("\n");

        assertThat(rows).containsExactly(
                "FEE\t2026-10-15\tCT-0042\t\\N\t\\N\tOFFICE\t\\N\t\\N\t\\N\t\\N\t17\t31\t262.00\t143.68\t0",
                "LABOUR\t2026-10-05\tI-1001\tT-5512\tImprimante\\thors ligne\\nredémarrée \\\\\\\\srv\\\\print,"
                        + " « Caisse » \\\\N é€ü\t\\N\tREMOTE\tTECHNICIAN\tNORMAL\t31\t45\t\\N\t96.00\t72.00\t0");
    }

    @Test
    void readsBackEqualLines() {
        List<InvoiceLine> lines = IssuedInvoices.awkwardLines();

        assertThat(InvoiceLinesText.unpack(InvoiceLinesText.pack(lines))).isEqualTo(lines);
        assertThat(InvoiceLinesText.unpack(InvoiceLinesText.pack(List.of()))).isEmpty();
    }

    @Test
    void keepsIncludedWorkAsIncluded() {
        InvoiceLine included = new InvoiceLine(LineKind.LABOUR, LocalDate.of(2026, 11, 4), "IM-02", "T-M01-2", "Pare-feu",
                null, null, null, null, 130L, 135, null, eur("0.00"), eur("0.00"), true);

        String packed = InvoiceLinesText.pack(List.of(included));

        assertThat(packed).endsWith("\t0.00\t0.00\t1\n");
        assertThat(InvoiceLinesText.unpack(packed)).containsExactly(included);
    }

    @Test
    void linesPackedBeforeIncludedWorkAreNotIncluded() {
        String before = "FEE\t2026-10-15\tCT-0042\t\\N\t\\N\tOFFICE\t\\N\t\\N\t\\N\t\\N\t17\t31\t262.00\t143.68\n"
                + "TRAVEL\t2026-10-12\t1\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t1\t\\N\t45.00\t45.00\n";

        assertThat(InvoiceLinesText.unpack(before)).extracting(InvoiceLine::kind, InvoiceLine::amount,
                InvoiceLine::included).containsExactly(
                        tuple(LineKind.FEE, eur("143.68"), false),
                        tuple(LineKind.TRAVEL, eur("45.00"), false));
    }

    @Test
    void keepsRatesAndAmountsInCentsAsTheNumericColumnsDid() {
        InvoiceLine line = new InvoiceLine(LineKind.LABOUR, LocalDate.of(2026, 10, 5), "I-1", null, null, null,
                null, null, null, null, 7, null, eur("95"), eur("11.085"));

        InvoiceLine read = InvoiceLinesText.unpack(InvoiceLinesText.pack(List.of(line))).get(0);

        assertThat(read.unitRate()).isEqualTo(eur("95.00"));
        assertThat(read.amount()).isEqualTo(eur("11.09"));
    }
}
