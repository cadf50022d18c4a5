package lu.mixvoip.billing.core.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import lu.mixvoip.billing.core.invoice.Money;
import lu.mixvoip.billing.core.servicelevel.ServiceLevel;

/**
 * One version of the tariff card, in force from {@code effectiveFrom} until the next version. {@code serviceLevels}
 * holds the tiers that have one (billing-rules §15); it may be empty, and never holds NONE.
 */
public record TariffVersion(
        LocalDate effectiveFrom,
        Map<Tier, BigDecimal> monthlyFees,
        Map<Tier, Map<Skill, BigDecimal>> hourlyRates,
        LocalTime normalFrom,
        LocalTime normalTo,
        Map<TimeClass, BigDecimal> multipliers,
        Map<Mode, BillingIncrement> increments,
        Map<String, BigDecimal> travelFees,
        Map<Tier, ServiceLevel> serviceLevels) {

    /** A version without service levels: its tickets are not assessed. */
    public TariffVersion(LocalDate effectiveFrom, Map<Tier, BigDecimal> monthlyFees,
                         Map<Tier, Map<Skill, BigDecimal>> hourlyRates, LocalTime normalFrom, LocalTime normalTo,
                         Map<TimeClass, BigDecimal> multipliers, Map<Mode, BillingIncrement> increments,
                         Map<String, BigDecimal> travelFees) {
        this(effectiveFrom, monthlyFees, hourlyRates, normalFrom, normalTo, multipliers, increments, travelFees,
                Map.of());
    }

    public TariffVersion {
        monthlyFees = Map.copyOf(new EnumMap<>(monthlyFees));
        Map<Tier, Map<Skill, BigDecimal>> rates = new EnumMap<>(Tier.class);
        hourlyRates.forEach((tier, bySkill) -> rates.put(tier, Map.copyOf(bySkill)));
        hourlyRates = Map.copyOf(rates);
        multipliers = Map.copyOf(multipliers);
        increments = Map.copyOf(increments);
        travelFees = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(travelFees));
        serviceLevels = Map.copyOf(serviceLevels);
        if (serviceLevels.containsKey(Tier.NONE)) {
            throw new IllegalArgumentException("service-levels: NONE is not a contract and has no service level");
        }
        if (!normalFrom.isBefore(normalTo)) {
            throw new IllegalArgumentException("normal-hours: from " + normalFrom + " must be before to " + normalTo);
        }
    }

    public BigDecimal hourlyRate(Tier tier, Skill skill) {
        return hourlyRates.get(tier).get(skill);
    }

    /** round(hourly rate × multiplier, 2). */
    public BigDecimal effectiveRate(Tier tier, Skill skill, TimeClass timeClass) {
        return Money.round(hourlyRate(tier, skill).multiply(multipliers.get(timeClass)));
    }

    /** The tier's fee in the tariff; null for a tier without one (NONE, MANAGED). */
    public BigDecimal monthlyFee(Tier tier) {
        return monthlyFees.get(tier);
    }

    public BillingIncrement increment(Mode mode) {
        return increments.get(mode);
    }

    /** The tier's service level in this version, if it has one. */
    public Optional<ServiceLevel> serviceLevel(Tier tier) {
        return Optional.ofNullable(serviceLevels.get(tier));
    }

    public Optional<BigDecimal> travelFee(String zone) {
        return Optional.ofNullable(travelFees.get(zone));
    }
}
