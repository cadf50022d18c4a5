package lu.mixvoip.billing.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.tariff.DefaultTariffFixture;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.core.tariff.TariffVersion;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;
import lu.mixvoip.billing.core.time.KnownHolidays;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/**
 * Seeded random customer-months (default card 2025-2027 and the two-version custom card 2026-2027), checked against
 * the invariants of §3-§7 and an independent oracle for every line: contracts, fees, VAT and travel recomputed
 * here, and every labour line's date, time class and minutes from a minute-by-minute walk with the oracle's own
 * holiday list, never with the product's time classes.
 */
class InvoicePropertyTest {

    private static final long SEED = 42_2026L;
    private static final int MONTHS = 3000;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final String[] COUNTRIES = {"LU", "LU", "LU", "BE", "FR", "DE", "NL", "CH", "US", "GB"};

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate lastSunday(int year, int month) {
        LocalDate d = YearMonth.of(year, month).atEndOfMonth();
        while (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** A start in the month: random minute, or around midnight, around 08:00/20:00, or in a DST night. */
    private static ZonedDateTime randomStart(Random rnd, YearMonth month) {
        LocalDate day = month.atDay(1 + rnd.nextInt(month.lengthOfMonth()));
        LocalDateTime wall;
        switch (rnd.nextInt(5)) {
            case 0 -> wall = day.atTime(23, 0).plusMinutes(rnd.nextInt(60));
            case 1 -> wall = day.atTime(rnd.nextBoolean() ? 7 : 19, 0).plusMinutes(rnd.nextInt(120));
            case 2 -> {
                if (month.getMonthValue() == 3 || month.getMonthValue() == 10) {
                    wall = lastSunday(month.getYear(), month.getMonthValue()).atTime(0, 0).plusMinutes(rnd.nextInt(300));
                } else {
                    wall = day.atTime(1, 0).plusMinutes(rnd.nextInt(180));
                }
            }
            default -> wall = day.atStartOfDay().plusMinutes(rnd.nextInt(24 * 60));
        }
        return ZonedDateTime.of(wall, LuxembourgCalendar.ZONE); // gap/overlap resolved as Timestamps does
    }

    @Test
    void randomCustomerMonths() {
        Random rnd = new Random(SEED);
        Tariff defaultTariff = DefaultTariffFixture.defaultTariff();
        Tariff customTariff = DefaultTariffFixture.customTariff();
        int invoices = 0;
        int overlapsSeen = 0;
        int multiVersionMonths = 0;
        for (int run = 0; run < MONTHS; run++) {
            boolean custom = rnd.nextInt(3) == 0;
            Tariff tariff = custom ? customTariff : defaultTariff;
            YearMonth month = custom ? YearMonth.of(2026, 1).plusMonths(rnd.nextInt(18))
                    : YearMonth.of(2025, 1).plusMonths(rnd.nextInt(36));
            if (custom && month.equals(YearMonth.of(2026, 10))) {
                multiVersionMonths++;
            }
            List<String> zones = new ArrayList<>(tariff.zones());
            String country = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            String vatNumber = switch (rnd.nextInt(3)) {
                case 0 -> null;
                case 1 -> "";
                default -> country + "123456";
            };
            String zone = rnd.nextInt(5) == 0 ? null : zones.get(rnd.nextInt(zones.size()));
            Customer customer = InvoiceFixtures.customer("C" + run, country, vatNumber, zone);

            List<Contract> contracts = new ArrayList<>();
            int nContracts = rnd.nextInt(4);
            for (int k = 0; k < nContracts; k++) {
                LocalDate start = month.atDay(1).minusDays(90).plusDays(rnd.nextInt(130));
                LocalDate end = rnd.nextBoolean() ? null : start.plusDays(rnd.nextInt(60));
                Tier tier = List.of(Tier.STANDARD, Tier.OFFICE, Tier.ENTERPRISE).get(rnd.nextInt(3));
                contracts.add(new Contract("K" + k, customer.id(), tier, start, end));
            }
            // make non-overlapping tier changes common too: chain contracts end-to-start
            if (nContracts == 0 && rnd.nextBoolean()) {
                LocalDate cut = month.atDay(1 + rnd.nextInt(month.lengthOfMonth() - 1));
                contracts.add(new Contract("KA", customer.id(), Tier.STANDARD, month.atDay(1).minusMonths(2), cut));
                contracts.add(new Contract("KB", customer.id(), Tier.OFFICE, cut.plusDays(1), null));
            }

            List<Intervention> interventions = new ArrayList<>();
            int nInterventions = rnd.nextInt(9);
            for (int n = 0; n < nInterventions; n++) {
                ZonedDateTime start = randomStart(rnd, month);
                long minutes = 1 + (rnd.nextInt(8) == 0 ? rnd.nextInt(1440) : rnd.nextInt(240));
                ZonedDateTime end = start.toInstant().plus(Duration.ofMinutes(minutes)).atZone(LuxembourgCalendar.ZONE);
                Mode mode = rnd.nextBoolean() ? Mode.REMOTE : Mode.ONSITE;
                Skill skill = Skill.values()[rnd.nextInt(Skill.values().length)];
                interventions.add(new Intervention("I" + n, customer.id(), "T" + n, "tech", start, end, mode, skill,
                        "d"));
            }

            CustomerMonth customerMonth = new CustomerMonth(customer, month, contracts, interventions);
            String label = "run " + run + " " + customerMonth;
            CustomerBilling billing = new InvoiceAssembler(tariff, InvoiceFixtures.VAT).bill(customerMonth);

            // ---- oracle: contracts touching the month, overlap ----
            List<Contract> touching = contracts.stream().filter(c -> activeDays(c, month) > 0).toList();
            boolean overlap = false;
            for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
                LocalDate day = d;
                if (touching.stream().filter(c -> isActive(c, day)).count() > 1) {
                    overlap = true;
                }
            }
            if (overlap) {
                overlapsSeen++;
                assertThat(billing.invoice()).as(label).isEmpty();
                Set<String> expected = new HashSet<>();
                touching.forEach(c -> expected.add("CONTRACT " + c.id()));
                interventions.forEach(i -> expected.add("INTERVENTION " + i.id()));
                assertThat(billing.rejections().stream().map(r -> r.type() + " " + r.id())
                        .collect(Collectors.toSet())).as(label).isEqualTo(expected);
                assertThat(billing.rejections()).as(label).hasSize(expected.size());
                continue;
            }

            boolean hasZone = zone != null;
            List<Intervention> accepted = interventions.stream()
                    .filter(i -> i.mode() == Mode.REMOTE || hasZone).toList();
            assertThat(billing.rejections().stream().map(Rejection::id).collect(Collectors.toSet())).as(label)
                    .isEqualTo(interventions.stream().filter(i -> !accepted.contains(i)).map(Intervention::id)
                            .collect(Collectors.toSet()));
            assertThat(billing.rejections()).as(label)
                    .allMatch(r -> r.type() == Rejection.RecordType.INTERVENTION);

            if (touching.isEmpty() && accepted.isEmpty()) {
                assertThat(billing.invoice()).as(label).isEmpty();
                continue;
            }
            Invoice invoice = billing.invoice().orElseThrow(() -> new AssertionError("no invoice: " + label));
            invoices++;
            checkInvoice(label, invoice, tariff, month, touching, accepted, zone);
        }
        assertThat(invoices).isGreaterThan(MONTHS / 2);
        assertThat(overlapsSeen).isGreaterThan(MONTHS / 20);
        assertThat(multiVersionMonths).isGreaterThan(20);
    }

    private static void checkInvoice(String label, Invoice invoice, Tariff tariff, YearMonth month,
                                     List<Contract> touching, List<Intervention> accepted, String zone) {
        // ---- structural invariants ----
        List<BigDecimal> amounts = new ArrayList<>(List.of(invoice.fees(), invoice.labour(), invoice.travel(),
                invoice.totalExclVat(), invoice.vatRate(), invoice.vat(), invoice.totalInclVat()));
        invoice.lines().forEach(l -> amounts.add(l.amount()));
        invoice.lines().forEach(l -> amounts.add(l.unitRate()));
        for (BigDecimal amount : amounts) {
            assertThat(amount.scale()).as(label + " scale of " + amount).isEqualTo(2);
            assertThat(amount.signum()).as(label + " sign of " + amount).isGreaterThanOrEqualTo(0);
        }
        BigDecimal sumLines = invoice.lines().stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(sumLines).as(label).isEqualByComparingTo(invoice.totalExclVat());
        assertThat(invoice.fees().add(invoice.labour()).add(invoice.travel())).as(label)
                .isEqualByComparingTo(invoice.totalExclVat());
        assertThat(invoice.totalExclVat().add(invoice.vat())).as(label).isEqualByComparingTo(invoice.totalInclVat());
        for (LineKind kind : LineKind.values()) {
            BigDecimal byKind = invoice.lines().stream().filter(l -> l.kind() == kind).map(InvoiceLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal reported = switch (kind) {
                case FEE -> invoice.fees();
                case LABOUR -> invoice.labour();
                case TRAVEL -> invoice.travel();
            };
            assertThat(byKind).as(label + " " + kind).isEqualByComparingTo(reported);
        }
        // lines printed fees, then labour, then travel
        List<LineKind> kinds = invoice.lines().stream().map(InvoiceLine::kind).toList();
        List<LineKind> sortedKinds = new ArrayList<>(kinds);
        sortedKinds.sort(null);
        assertThat(kinds).as(label).isEqualTo(sortedKinds);

        // ---- VAT oracle (§7) ----
        String country = invoice.customer().country().toUpperCase();
        boolean hasVat = invoice.customer().vatNumber() != null && !invoice.customer().vatNumber().isBlank();
        BigDecimal rate;
        if (country.equals("LU")) {
            rate = new BigDecimal("17.00");
        } else if (InvoiceFixtures.EU.contains(country)) {
            rate = hasVat ? new BigDecimal("0.00") : new BigDecimal("17.00");
        } else {
            rate = new BigDecimal("0.00");
        }
        assertThat(invoice.vatRate()).as(label).isEqualTo(rate);
        assertThat(invoice.vat()).as(label).isEqualTo(cents(invoice.totalExclVat().multiply(rate).divide(HUNDRED)));

        // ---- fee oracle (§5) ----
        List<InvoiceLine> fees = invoice.lines().stream().filter(l -> l.kind() == LineKind.FEE).toList();
        assertThat(fees).as(label).hasSize(touching.size());
        Map<String, InvoiceLine> feeByContract = new HashMap<>();
        fees.forEach(l -> feeByContract.put(l.reference(), l));
        for (Contract c : touching) {
            InvoiceLine line = feeByContract.get(c.id());
            assertThat(line).as(label + " fee " + c.id()).isNotNull();
            LocalDate firstDay = c.startDate().isAfter(month.atDay(1)) ? c.startDate() : month.atDay(1);
            TariffVersion v = tariff.versionOn(firstDay).orElseThrow();
            long days = activeDays(c, month);
            BigDecimal expected = v.monthlyFee(c.tier()).multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP);
            assertThat(line.quantity()).as(label).isEqualTo(days);
            assertThat(line.amount()).as(label + " fee " + c.id()).isEqualTo(expected);
            if (days == month.lengthOfMonth()) {
                assertThat(line.amount()).as(label).isEqualByComparingTo(v.monthlyFee(c.tier()));
            }
        }
        Tier expectedTier = touching.stream()
                .max(java.util.Comparator.comparing(Contract::startDate).thenComparing(Contract::id))
                .map(Contract::tier).orElse(Tier.NONE);
        assertThat(invoice.tier()).as(label).isEqualTo(expectedTier);

        // ---- labour oracle (§3) ----
        assertThat(invoice.interventions()).as(label).isEqualTo(accepted.size());
        long totalBilled = 0;
        for (Intervention i : accepted) {
            LocalDate startDay = i.start().toLocalDate();
            TariffVersion v = tariff.versionOn(startDay).orElseThrow();
            Tier tier = touching.stream().filter(c -> isActive(c, startDay)).map(Contract::tier).findFirst()
                    .orElse(Tier.NONE);
            long actual = Duration.between(i.start().toInstant(), i.end().toInstant()).toMinutes();
            var inc = v.increment(i.mode());
            long ceil = (actual + inc.incrementMinutes() - 1) / inc.incrementMinutes() * inc.incrementMinutes();
            long billed = Math.max(inc.minimumMinutes(), ceil);
            totalBilled += billed;

            List<InvoiceLine> pieces = invoice.lines().stream()
                    .filter(l -> l.kind() == LineKind.LABOUR && l.reference().equals(i.id())).toList();
            assertThat(billed).isGreaterThanOrEqualTo(actual);
            List<ExpectedPiece> expected = expectedPieces(i.start(), billed, v.normalFrom(), v.normalTo());
            assertThat(pieces).as(label + " " + i.id() + " pieces").hasSameSizeAs(expected);
            assertThat(pieces.get(0).actualMinutes()).as(label).isEqualTo(actual);
            for (int p = 0; p < pieces.size(); p++) {
                InvoiceLine line = pieces.get(p);
                ExpectedPiece piece = expected.get(p);
                assertThat(line.date()).as(label + " " + i.id() + " date").isEqualTo(piece.date());
                assertThat(line.timeClass()).as(label + " " + i.id() + " class").isEqualTo(piece.timeClass());
                assertThat(line.quantity()).as(label + " " + i.id() + " minutes").isEqualTo(piece.minutes());
                if (p > 0) {
                    assertThat(line.actualMinutes()).as(label).isNull();
                }
                BigDecimal unit = cents(v.hourlyRate(tier, i.skill()).multiply(v.multipliers().get(piece.timeClass())));
                assertThat(line.unitRate()).as(label + " " + i.id() + " rate").isEqualTo(unit);
                BigDecimal amount = BigDecimal.valueOf(piece.minutes()).multiply(unit)
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                assertThat(line.amount()).as(label + " " + i.id() + " amount").isEqualTo(amount);
                assertThat(line.mode()).isEqualTo(i.mode());
                assertThat(line.skill()).isEqualTo(i.skill());
            }
        }
        assertThat(invoice.billedMinutes()).as(label).isEqualTo(totalBilled);

        // ---- travel oracle (§4) ----
        TreeSet<LocalDate> onsiteDays = accepted.stream().filter(i -> i.mode() == Mode.ONSITE)
                .map(i -> i.start().toLocalDate()).collect(Collectors.toCollection(TreeSet::new));
        List<InvoiceLine> travel = invoice.lines().stream().filter(l -> l.kind() == LineKind.TRAVEL).toList();
        assertThat(travel.stream().map(InvoiceLine::date).toList()).as(label).containsExactlyElementsOf(onsiteDays);
        for (InvoiceLine line : travel) {
            BigDecimal fee = tariff.versionOn(line.date()).orElseThrow().travelFee(zone).orElseThrow();
            assertThat(line.amount()).as(label).isEqualByComparingTo(fee);
            assertThat(line.reference()).isEqualTo(zone);
        }
    }

    /** One line the oracle expects: a maximal run of billed minutes with one local date and one time class. */
    private record ExpectedPiece(LocalDate date, TimeClass timeClass, long minutes) {
    }

    /**
     * §3 applied minute by minute with the oracle's own calendar ({@link KnownHolidays}) and time classes: each real
     * minute of {@code [start, start + billed)} takes the class of its Luxembourg wall-clock time; consecutive minutes
     * with the same date and class make one piece.
     */
    private static List<ExpectedPiece> expectedPieces(ZonedDateTime start, long billed, LocalTime normalFrom,
                                                      LocalTime normalTo) {
        List<ExpectedPiece> pieces = new ArrayList<>();
        for (long m = 0; m < billed; m++) {
            LocalDateTime wall = start.toInstant().plusSeconds(60 * m).atZone(LuxembourgCalendar.ZONE)
                    .toLocalDateTime();
            LocalDate date = wall.toLocalDate();
            TimeClass timeClass;
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY || KnownHolidays.ALL.contains(date)) {
                timeClass = TimeClass.SUNDAY_HOLIDAY;
            } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY || wall.toLocalTime().isBefore(normalFrom)
                    || !wall.toLocalTime().isBefore(normalTo)) {
                timeClass = TimeClass.OFF_HOURS;
            } else {
                timeClass = TimeClass.NORMAL;
            }
            ExpectedPiece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.date().equals(date) && last.timeClass() == timeClass) {
                pieces.set(pieces.size() - 1, new ExpectedPiece(date, timeClass, last.minutes() + 1));
            } else {
                pieces.add(new ExpectedPiece(date, timeClass, 1));
            }
        }
        return pieces;
    }

    private static boolean isActive(Contract c, LocalDate day) {
        return !day.isBefore(c.startDate()) && (c.endDate() == null || !day.isAfter(c.endDate()));
    }

    private static long activeDays(Contract c, YearMonth month) {
        long n = 0;
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (isActive(c, d)) {
                n++;
            }
        }
        return n;
    }
}
