package lu.mixvoip.billing.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lu.mixvoip.billing.core.invoice.Money;
import lu.mixvoip.billing.core.invoice.VatTreatment;

/**
 * vat-summary.csv, for the VAT return (billing-rules §16): the period's documents by treatment and rate, with a
 * TOTAL. VAT charged at home and to EU customers without a VAT number is one treatment, {@code STANDARD}.
 */
final class VatSummary {
    static final List<String> HEADER = List.of("treatment", "vat_rate", "documents", "taxable_amount", "vat_amount");
    static final String TOTAL = "TOTAL";

    /** The treatments in the order of the file. */
    enum Treatment {
        STANDARD, REVERSE_CHARGE, OUT_OF_SCOPE;

        static Treatment of(VatTreatment treatment) {
            return switch (treatment) {
                case DOMESTIC, EU_NO_VAT_NUMBER -> STANDARD;
                case REVERSE_CHARGE -> REVERSE_CHARGE;
                case OUTSIDE_EU -> OUT_OF_SCOPE;
            };
        }
    }

    /** One row; {@code rate} is null on the TOTAL row. */
    record Row(String treatment, BigDecimal rate, long documents, BigDecimal taxable, BigDecimal vat) {
    }

    private record Key(Treatment treatment, BigDecimal rate) {
    }

    private final Map<Key, Row> rows = new TreeMap<>(Comparator.comparing(Key::treatment)
            .thenComparing(Key::rate));

    void add(PeriodDocument document) {
        Key key = new Key(Treatment.of(document.treatment()), document.vatRate().setScale(2));
        rows.merge(key, new Row(key.treatment().name(), key.rate(), 1, document.totalExclVat(), document.vat()),
                VatSummary::sum);
    }

    /** The rows in file order, then TOTAL (zeros for a period without documents). */
    List<Row> rows() {
        List<Row> all = new ArrayList<>(rows.values());
        all.add(rows.values().stream().reduce(new Row(TOTAL, null, 0, Money.ZERO, Money.ZERO),
                (total, row) -> sum(total, new Row(TOTAL, null, row.documents(), row.taxable(), row.vat()))));
        return all;
    }

    private static Row sum(Row a, Row b) {
        return new Row(a.treatment(), a.rate(), a.documents() + b.documents(), a.taxable().add(b.taxable()),
                a.vat().add(b.vat()));
    }
}
