package lu.mixvoip.billing.core.invoice;

import java.time.LocalDate;
import java.time.YearMonth;

import lu.mixvoip.billing.core.tariff.Tier;

/** A support contract, active on {@code [startDate, endDate]} both inclusive; a null end date is open. */
public record Contract(String id, String customerId, Tier tier, LocalDate startDate, LocalDate endDate) {

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
