package lu.mixvoip.billing.core.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * One line of an invoice. Which fields are set depends on the kind:
 * <ul>
 *   <li>FEE: tier, date = first active day, {@code quantity} = active days, {@code basis} = days in month,
 *       unit rate = the monthly fee;</li>
 *   <li>LABOUR: one time piece of an intervention; {@code actualMinutes} is set on the intervention's first piece
 *       only, {@code quantity} is the piece's billed minutes, unit rate = the effective hourly rate;</li>
 *   <li>TRAVEL: date of the on-site day, {@code reference} = travel zone, unit rate = the zone's fee.</li>
 * </ul>
 */
public record InvoiceLine(
        LineKind kind,
        LocalDate date,
        String reference,
        String ticket,
        String description,
        Tier tier,
        Mode mode,
        Skill skill,
        TimeClass timeClass,
        Long actualMinutes,
        long quantity,
        Long basis,
        BigDecimal unitRate,
        BigDecimal amount) {

    public static InvoiceLine fee(Tier tier, String contractId, LocalDate firstDay, int activeDays, int daysInMonth,
                                  BigDecimal monthlyFee, BigDecimal amount) {
        return new InvoiceLine(LineKind.FEE, firstDay, contractId, null, null, tier, null, null, null, null,
                activeDays, (long) daysInMonth, monthlyFee, amount);
    }

    public static InvoiceLine labour(Intervention intervention, LocalDate date, TimeClass timeClass,
                                     Long actualMinutes, long minutes, BigDecimal rate, BigDecimal amount) {
        return new InvoiceLine(LineKind.LABOUR, date, intervention.id(), intervention.ticket(),
                intervention.description(), null, intervention.mode(), intervention.skill(), timeClass,
                actualMinutes, minutes, null, rate, amount);
    }

    public static InvoiceLine travel(LocalDate date, String zone, BigDecimal fee) {
        return new InvoiceLine(LineKind.TRAVEL, date, zone, null, null, null, null, null, null, null, 1, null,
                fee, Money.round(fee));
    }
}
