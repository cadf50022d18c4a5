package lu.mixvoip.billing.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lu.mixvoip.billing.core.invoice.VatNumber;
import lu.mixvoip.billing.core.invoice.VatTreatment;

/**
 * ec-sales-list.csv, the recapitulative statement of intra-EU services filed on eCDF (billing-rules §16): per
 * customer VAT number printed on a reverse-charge document, the net of those documents. A credit note counts in the
 * period of its issue date, so a correction and its new invoice of one period give one row with their net, and a
 * correction cancelled in the period keeps its row at 0.00.
 */
final class EcSalesList {
    static final List<String> HEADER = List.of("country", "vat_number", "amount");

    /** {@code country}: the number's first two letters (EL for Greece, as on eCDF); {@code vatNumber}: the rest. */
    record Row(String country, String vatNumber, BigDecimal amount) {
    }

    private final Map<String, Row> rows = new TreeMap<>();

    void add(PeriodDocument document) {
        if (document.treatment() != VatTreatment.REVERSE_CHARGE) {
            return;
        }
        VatNumber number;
        try {
            number = VatNumber.parse(document.country(), document.vatNumber()).orElseThrow(
                    () -> new IllegalArgumentException("no VAT number"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(document.number() + " is reverse-charged but its customer's VAT number '"
                    + document.vatNumber() + "' cannot go on the EC Sales List: " + e.getMessage(), e);
        }
        // Prefix, then number: the file's order (country, then vat_number).
        rows.merge(number.prefix() + " " + number.number(), new Row(number.prefix(), number.number(),
                document.totalExclVat()), (a, b) -> new Row(a.country(), a.vatNumber(), a.amount().add(b.amount())));
    }

    List<Row> rows() {
        return List.copyOf(rows.values());
    }
}
