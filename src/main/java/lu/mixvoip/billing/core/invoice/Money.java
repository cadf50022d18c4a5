package lu.mixvoip.billing.core.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding rule of the spec: HALF_UP to cents. */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Money() {
    }

    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** round(minutes × hourly rate / 60, 2). */
    public static BigDecimal forMinutes(long minutes, BigDecimal hourlyRate) {
        return BigDecimal.valueOf(minutes).multiply(hourlyRate).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }
}
