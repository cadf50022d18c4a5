package lu.mixvoip.billing.core.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import lu.mixvoip.billing.core.tariff.Tier;

/**
 * A support contract, active on {@code [startDate, endDate]} both inclusive; a null end date is open.
 * {@code monthlyFee} is the contract's own (negotiated) fee, billing-rules §14; null means the tier's fee of the
 * tariff. When given it is not negative and has exactly 2 decimals.
 */
public record Contract(String id, String customerId, Tier tier, LocalDate startDate, LocalDate endDate,
                       BigDecimal monthlyFee) {

    public Contract {
        if (monthlyFee != null) {
            if (monthlyFee.signum() < 0 || monthlyFee.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("contract " + id + ": monthly fee " + monthlyFee
                        + " is not an amount of at least 0.00 with at most 2 decimals");
            }
            monthlyFee = monthlyFee.setScale(2); // exact: at most 2 decimals, checked above
        }
    }

    /** A contract billed at its tier's fee of the tariff. */
    public Contract(String id, String customerId, Tier tier, LocalDate startDate, LocalDate endDate) {
        this(id, customerId, tier, startDate, endDate, null);
    }

    public boolean hasOwnFee() {
        return monthlyFee != null;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    public LocalDate firstActiveDay(YearMonth month) {
        return startDate.isAfter(month.atDay(1)) ? startDate : month.atDay(1);
    }

    public LocalDate lastActiveDay(YearMonth month) {
        return endDate == null || endDate.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : endDate;
    }

    public boolean touches(YearMonth month) {
        return !firstActiveDay(month).isAfter(lastActiveDay(month));
    }

    /** Days of {@code month} on which the contract is active. */
    public int activeDays(YearMonth month) {
        return touches(month) ? lastActiveDay(month).getDayOfMonth() - firstActiveDay(month).getDayOfMonth() + 1 : 0;
    }

    public boolean overlaps(Contract other, YearMonth month) {
        LocalDate from = max(firstActiveDay(month), other.firstActiveDay(month));
        LocalDate to = min(lastActiveDay(month), other.lastActiveDay(month));
        return touches(month) && other.touches(month) && !from.isAfter(to);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
