package lu.mixvoip.billing.einvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as EN 16931 writes them: cents, two decimals (BR-DEC, UBL-DT-01). */
final class EInvoiceAmounts {
    private EInvoiceAmounts() {
    }

    /** @throws IllegalArgumentException for an amount finer than a cent: the core never makes one */
    static BigDecimal cents(BigDecimal amount) {
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not an amount in cents: " + amount, e);
        }
    }
}
