package lu.mixvoip.billing.core.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lu.mixvoip.billing.core.servicelevel.FaultHandlingDays;
import lu.mixvoip.billing.core.servicelevel.ServiceLevel;

/**
 * The default tariff card of billing-rules §1–§4 and §15 / tariff.yml (effective 2025-01-01), built by hand so that the
 * core's tests do not depend on the YAML reader. Also a second, deliberately different card with two versions inside
 * October 2026 and no service levels, to catch code that hard-wires the defaults.
 */
public final class DefaultTariffFixture {

    public static final LocalDate DEFAULT_EFFECTIVE_FROM = LocalDate.of(2025, 1, 1);

    private DefaultTariffFixture() {
    }

    public static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    /** The default card, exactly the numbers of tariff.yml. */
    public static TariffVersion defaultVersion() {
        Map<Tier, BigDecimal> fees = new EnumMap<>(Tier.class);
        fees.put(Tier.STANDARD, eur("58.00"));
        fees.put(Tier.OFFICE, eur("262.00"));
        fees.put(Tier.ENTERPRISE, eur("318.00"));

        Map<Tier, Map<Skill, BigDecimal>> rates = new EnumMap<>(Tier.class);
        rates.put(Tier.NONE, rates("95.00", "108.00", "129.00", "145.00"));
        rates.put(Tier.STANDARD, rates("89.00", "104.00", "120.00", "139.00"));
        rates.put(Tier.OFFICE, rates("87.00", "96.00", "111.00", "131.00"));
        rates.put(Tier.ENTERPRISE, rates("87.00", "96.00", "111.00", "131.00"));

        Map<TimeClass, BigDecimal> multipliers = new EnumMap<>(TimeClass.class);
        multipliers.put(TimeClass.NORMAL, eur("1.0"));
        multipliers.put(TimeClass.OFF_HOURS, eur("1.5"));
        multipliers.put(TimeClass.SUNDAY_HOLIDAY, eur("2.0"));

        Map<Mode, BillingIncrement> increments = new EnumMap<>(Mode.class);
        increments.put(Mode.REMOTE, new BillingIncrement(0, 15));
        increments.put(Mode.ONSITE, new BillingIncrement(60, 15));

        Map<String, BigDecimal> travel = new LinkedHashMap<>();
        travel.put("1", eur("45.00"));
        travel.put("2", eur("75.00"));
        travel.put("3", eur("110.00"));

        return new TariffVersion(DEFAULT_EFFECTIVE_FROM, fees, rates, LocalTime.of(8, 0), LocalTime.of(20, 0),
                multipliers, increments, travel, defaultServiceLevels());
    }

    /** billing-rules §15's table: MANAGED like ENTERPRISE. */
    public static Map<Tier, ServiceLevel> defaultServiceLevels() {
        Map<Tier, ServiceLevel> levels = new EnumMap<>(Tier.class);
        levels.put(Tier.STANDARD, new ServiceLevel(FaultHandlingDays.MON_FRI, LocalTime.of(8, 0), LocalTime.of(17, 0),
                12, 24));
        levels.put(Tier.OFFICE, new ServiceLevel(FaultHandlingDays.MON_FRI, LocalTime.of(7, 30), LocalTime.of(18, 0),
                8, 12));
        levels.put(Tier.ENTERPRISE, new ServiceLevel(FaultHandlingDays.MON_SUN, LocalTime.of(7, 0),
                LocalTime.of(19, 0), 3, 6));
        levels.put(Tier.MANAGED, new ServiceLevel(FaultHandlingDays.MON_SUN, LocalTime.of(7, 0), LocalTime.of(19, 0),
                3, 6));
        return levels;
    }

    public static Tariff defaultTariff() {
        return new Tariff(List.of(defaultVersion()));
    }

    /** CABLING, TECHNICIAN, ENGINEER, CONSULTING. */
    public static Map<Skill, BigDecimal> rates(String cabling, String technician, String engineer, String consulting) {
        Map<Skill, BigDecimal> bySkill = new EnumMap<>(Skill.class);
        bySkill.put(Skill.CABLING, eur(cabling));
        bySkill.put(Skill.TECHNICIAN, eur(technician));
        bySkill.put(Skill.ENGINEER, eur(engineer));
        bySkill.put(Skill.CONSULTING, eur(consulting));
        return bySkill;
    }

    // ---------------------------------------------------------------------------------------------------------
    // A non-default card: REMOTE minimum 30 / increment 10, ONSITE minimum 45 / increment 20, normal hours
    // 09:00-18:00, multipliers 1.25 / 3.0, zones "A" and "B"; version 1 from 2026-01-01, version 2 from 2026-10-15.
    // ---------------------------------------------------------------------------------------------------------

    public static final LocalDate CUSTOM_V1_FROM = LocalDate.of(2026, 1, 1);
    public static final LocalDate CUSTOM_V2_FROM = LocalDate.of(2026, 10, 15);

    /** Version 1: every tier's rates are 60.00 / 80.00 / 100.00 / 120.00 (NONE: 70 / 90 / 110 / 130). */
    public static TariffVersion customV1() {
        return custom(CUSTOM_V1_FROM, "31.00", "62.00", "93.00",
                rates("70.00", "90.00", "110.00", "130.00"),
                rates("60.00", "80.00", "100.00", "120.00"),
                "50.00", "100.00");
    }

    /** Version 2: everything dearer: rates 66 / 88 / 110 / 132 (NONE 77 / 99 / 121 / 143), fees ×2, zones 60 / 120. */
    public static TariffVersion customV2() {
        return custom(CUSTOM_V2_FROM, "62.00", "124.00", "186.00",
                rates("77.00", "99.00", "121.00", "143.00"),
                rates("66.00", "88.00", "110.00", "132.00"),
                "60.00", "120.00");
    }

    public static Tariff customTariff() {
        return new Tariff(List.of(customV2(), customV1())); // deliberately out of order
    }

    private static TariffVersion custom(LocalDate from, String standardFee, String officeFee, String enterpriseFee,
                                        Map<Skill, BigDecimal> noneRates, Map<Skill, BigDecimal> contractRates,
                                        String zoneA, String zoneB) {
        Map<Tier, BigDecimal> fees = new EnumMap<>(Tier.class);
        fees.put(Tier.STANDARD, eur(standardFee));
        fees.put(Tier.OFFICE, eur(officeFee));
        fees.put(Tier.ENTERPRISE, eur(enterpriseFee));

        Map<Tier, Map<Skill, BigDecimal>> rates = new EnumMap<>(Tier.class);
        rates.put(Tier.NONE, noneRates);
        rates.put(Tier.STANDARD, contractRates);
        rates.put(Tier.OFFICE, contractRates);
        rates.put(Tier.ENTERPRISE, contractRates);

        Map<TimeClass, BigDecimal> multipliers = new EnumMap<>(TimeClass.class);
        multipliers.put(TimeClass.NORMAL, eur("1"));
        multipliers.put(TimeClass.OFF_HOURS, eur("1.25"));
        multipliers.put(TimeClass.SUNDAY_HOLIDAY, eur("3.0"));

        Map<Mode, BillingIncrement> increments = new EnumMap<>(Mode.class);
        increments.put(Mode.REMOTE, new BillingIncrement(30, 10));
        increments.put(Mode.ONSITE, new BillingIncrement(45, 20));

        Map<String, BigDecimal> travel = new LinkedHashMap<>();
        travel.put("A", eur(zoneA));
        travel.put("B", eur(zoneB));

        return new TariffVersion(from, fees, rates, LocalTime.of(9, 0), LocalTime.of(18, 0), multipliers, increments,
                travel);
    }
}
