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
 *   <li>LABOUR: one time piece of an intervention, with the tier it was rated at; {@code actualMinutes} is set on the
 *       intervention's first piece only, {@code quantity} is the piece's billed minutes, unit rate = the effective
 *       hourly rate;</li>
 *   <li>TRAVEL: date of the on-site day, {@code reference} = travel zone, unit rate = the zone's fee.</li>
 * </ul>
 * {@code included} marks a LABOUR line of work covered by a MANAGED contract (billing-rules §14): its minutes are
 * billed as any other, its unit rate and amount are 0.00, and the invoice prints "included" in place of the rate.
 * Always false for other kinds.
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
        BigDecimal amount,
        boolean included) {

    /** A line that is not included work (every line before §14). */
    public InvoiceLine(LineKind kind, LocalDate date, String reference, String ticket, String description, Tier tier,
                       Mode mode, Skill skill, TimeClass timeClass, Long actualMinutes, long quantity, Long basis,
                       BigDecimal unitRate, BigDecimal amount) {
        this(kind, date, reference, ticket, description, tier, mode, skill, timeClass, actualMinutes, quantity, basis,
                unitRate, amount, false);
    }

    public static InvoiceLine fee(Tier tier, String contractId, LocalDate firstDay, int activeDays, int daysInMonth,
                                  BigDecimal monthlyFee, BigDecimal amount) {
        return new InvoiceLine(LineKind.FEE, firstDay, contractId, null, null, tier, null, null, null, null,
                activeDays, (long) daysInMonth, monthlyFee, amount);
    }

    /** One time piece of an intervention rated at {@code tier} (the tier of the day's contract, or NONE). */
    public static InvoiceLine labour(Intervention intervention, Tier tier, LocalDate date, TimeClass timeClass,
                                     Long actualMinutes, long minutes, BigDecimal rate, BigDecimal amount) {
        return new InvoiceLine(LineKind.LABOUR, date, intervention.id(), intervention.ticket(),
                intervention.description(), tier, intervention.mode(), intervention.skill(), timeClass,
                actualMinutes, minutes, null, rate, amount);
    }

    /** One time piece of an intervention covered by a MANAGED contract: rate and amount 0.00. */
    public static InvoiceLine includedLabour(Intervention intervention, LocalDate date, TimeClass timeClass,
                                             Long actualMinutes, long minutes) {
        return new InvoiceLine(LineKind.LABOUR, date, intervention.id(), intervention.ticket(),
                intervention.description(), Tier.MANAGED, intervention.mode(), intervention.skill(), timeClass,
                actualMinutes, minutes, null, Money.ZERO, Money.ZERO, true);
    }

    public static InvoiceLine travel(LocalDate date, String zone, BigDecimal fee) {
        return new InvoiceLine(LineKind.TRAVEL, date, zone, null, null, null, null, null, null, null, 1, null,
                fee, Money.round(fee));
    }
}
