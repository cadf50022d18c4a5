package lu.mixvoip.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.CustomerMonth;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceAssembler;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.VatPolicy;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.tariff.BillingIncrement;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.core.tariff.TariffVersion;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/**
 * Seeded random documents, invoice and credit note, all through the official rules, as UBL (Peppol) and as Factur-X
 * CII (EN 16931; the buyer at the address EInvoicing finds, none for a customer without one): months billed by the
 * core's own assembler under random tariffs (odd cents, odd multipliers, one-minute increments, the October DST
 * night), and lines built at the rounding edges (exact half cents, single minutes, whole days, 0.00).
 */
class UblDocumentsPropertyIT {
    private static final long SEED = 2026_05L;
    private static final int CORE_MONTHS = 40;
    private static final int EDGE_INVOICES = 40;
    /** Holds the night the clocks go back: a billed interval can have a minute twice. */
    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
    private static final VatPolicy VAT = new VatPolicy("LU", new BigDecimal("17.00"), EU);
    private static final ElectronicAddress GLN = ElectronicAddress.parse("0088:5412345000013");
    private static final UblDocuments DOCUMENTS = new UblDocuments(EinvoiceSamples.SELLER_PARTY);
    private static final CiiDocuments CII = new CiiDocuments(EinvoiceSamples.SELLER_PARTY);

    @Test
    void everyInvoiceTheCoreMakesPassesThePeppolRules() {
        Random random = new Random(SEED);
        int checked = 0;
        for (int i = 0; i < CORE_MONTHS; i++) {
            Customer customer = customer(random, i);
            CustomerMonth month = new CustomerMonth(customer, MONTH, contracts(random, customer),
                    interventions(random, customer));
            Optional<Invoice> invoice = new InvoiceAssembler(tariff(random), VAT).bill(month).invoice();
            if (invoice.isPresent()) {
                check("core month " + i, new IssuedInvoice(String.format("INV-2026-%06d", i + 1),
                        EinvoiceSamples.ISSUED, EinvoiceSamples.DUE, invoice.get()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(CORE_MONTHS * 3 / 4);
    }

    @Test
    void everyLineAtTheRoundingEdgesPassesThePeppolRules() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < EDGE_INVOICES; i++) {
            Customer customer = customer(random, i);
            EinvoiceSamples.Draft draft = new EinvoiceSamples.Draft(customer, Tier.OFFICE);
            int lines = 1 + random.nextInt(8);
            for (int l = 0; l < lines; l++) {
                switch (random.nextInt(5)) {
                    case 0 -> draft.fee(Tier.OFFICE, "CT-" + l, MONTH.atDay(1 + random.nextInt(31)), 1,
                            cents(random.nextInt(500_000)));
                    case 1 -> {
                        int days = 1 + random.nextInt(31);
                        draft.fee(Tier.ENTERPRISE, "CT-" + l, MONTH.atDay(32 - days), days, cents(random.nextInt(500_000)));
                    }
                    case 2 -> draft.travel(MONTH.atDay(1 + random.nextInt(31)), "Z" + l, cents(random.nextInt(100_000)));
                    default -> {
                        long minutes = minutes(random);
                        draft.labour("I-" + i + "-" + l, random.nextBoolean() ? "T-" + l : null, "work " + l,
                                Mode.values()[random.nextInt(2)], Skill.values()[random.nextInt(4)],
                                "2026-10-" + String.format("%02d", 1 + random.nextInt(30)) + "T10:00", minutes,
                                new EinvoiceSamples.Piece(minutes, TimeClass.values()[random.nextInt(3)],
                                        rate(random, minutes)));
                    }
                }
            }
            check("edge invoice " + i, draft.issue(String.format("INV-2026-%06d", 900 + i), treatment(customer)));
        }
    }

    private static void check(String name, IssuedInvoice issued) {
        ElectronicAddress buyer = ElectronicAddress.fromVatNumber(issued.invoice().customer().country(),
                issued.invoice().customer().vatNumber()).orElse(GLN);
        byte[] invoiceXml = DOCUMENTS.invoice(issued, buyer);
        PeppolRules.Findings invoiceFindings = PeppolRules.invoice(invoiceXml);
        UblDocumentsTest.report(name, invoiceFindings);
        assertThat(invoiceFindings.errors()).as(name + ": " + issued).isEmpty();
        Invoice invoice = issued.invoice();
        UblDocumentsTest.assertTotals(new UblXml(invoiceXml), "cac:InvoiceLine", invoice.fees(), invoice.labour(),
                invoice.travel(), invoice.totalExclVat(), invoice.vat(), invoice.totalInclVat());

        CreditNote note = new CreditNote(issued.number().replace("INV", "CN"), EinvoiceSamples.CREDITED, issued);
        byte[] noteXml = DOCUMENTS.creditNote(note, buyer);
        PeppolRules.Findings noteFindings = PeppolRules.creditNote(noteXml);
        UblDocumentsTest.report("credit note of " + name, noteFindings);
        assertThat(noteFindings.errors()).as("credit note of " + name + ": " + issued).isEmpty();
        Invoice shown = note.negated();
        UblDocumentsTest.assertTotals(new UblXml(noteXml), "cac:CreditNoteLine", shown.fees().negate(),
                shown.labour().negate(), shown.travel().negate(), shown.totalExclVat().negate(), shown.vat().negate(),
                shown.totalInclVat().negate());

        ElectronicAddress address = EInvoicing.addressOf(invoice.customer()).orElse(null);
        byte[] cii = CII.invoice(issued, address);
        CiiDocumentsRulesIT.assertValid(name + " as CII", cii);
        CiiDocumentsTest.assertTotals(new UblXml(cii), invoice.fees(), invoice.labour(), invoice.travel(),
                invoice.totalExclVat(), invoice.vat(), invoice.totalInclVat());
        byte[] noteCii = CII.creditNote(note, address);
        CiiDocumentsRulesIT.assertValid("credit note of " + name + " as CII", noteCii);
        CiiDocumentsTest.assertTotals(new UblXml(noteCii), invoice.fees(), invoice.labour(), invoice.travel(),
                invoice.totalExclVat(), invoice.vat(), invoice.totalInclVat());
    }

    /** A customer of each VAT treatment and language in turn; every one has a travel zone. */
    private static Customer customer(Random random, int i) {
        Language language = Language.values()[random.nextInt(3)];
        String id = "C-" + (1000 + i);
        return switch (i % 8) {
            case 0 -> new Customer(id, "Société " + i, "1, rue Test", "L-1111", "Luxembourg", "LU",
                    "LU" + digits(random, 8), null, language, "1");
            case 1 -> new Customer(id, "Administration " + i, "2, place de l'État", "L-1352", "Luxembourg", "LU", null,
                    null, language, "1");
            case 2 -> new Customer(id, "Entreprise " + i, "Rue " + i, "6700", "Arlon", "BE", belgianVatNumber(random),
                    null, language, "2");
            case 3 -> new Customer(id, "Firma " + i, "Straße " + i, "54290", "Trier", "DE", null, null, language, "2");
            case 4 -> new Customer(id, "Firma " + i, "Straße " + i, "54290", "Trier", "DE", "DE" + digits(random, 9),
                    null, language, "2");
            case 5 -> new Customer(id, "Bedrijf " + i, "Markt " + i, "2611 GP", "Delft", "NL",
                    "NL" + digits(random, 9) + "B" + digits(random, 2), null, language, "3");
            case 6 -> new Customer(id, "AG " + i, "Bahnhofstrasse " + i, "8001", "Zürich", "CH",
                    random.nextBoolean() ? null : "CHE-" + digits(random, 3) + "." + digits(random, 3) + "."
                            + digits(random, 3) + " MWST", null, language, "3");
            default -> new Customer(id, "Inc " + i, "1 Main St", "10001", "New York", "US", null, null, language, "3");
        };
    }

    private static VatTreatment treatment(Customer customer) {
        return VAT.treatmentOf(customer);
    }

    /** One version from 2025 on: rates and fees with any cents, multipliers that leave half cents, odd increments. */
    private static Tariff tariff(Random random) {
        Map<Tier, BigDecimal> fees = new EnumMap<>(Tier.class);
        Map<Tier, Map<Skill, BigDecimal>> rates = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            if (tier != Tier.NONE) {
                fees.put(tier, new BigDecimal(random.nextInt(8) == 0 ? "0.00" : cents(random.nextInt(100_000))));
            }
            Map<Skill, BigDecimal> bySkill = new EnumMap<>(Skill.class);
            for (Skill skill : Skill.values()) {
                bySkill.put(skill, new BigDecimal(cents(2_000 + random.nextInt(30_000))));
            }
            rates.put(tier, bySkill);
        }
        Map<TimeClass, BigDecimal> multipliers = new EnumMap<>(TimeClass.class);
        multipliers.put(TimeClass.NORMAL, BigDecimal.ONE);
        multipliers.put(TimeClass.OFF_HOURS, new BigDecimal(pick(random, "1.5", "1.25", "1.75", "1.33")));
        multipliers.put(TimeClass.SUNDAY_HOLIDAY, new BigDecimal(pick(random, "2.0", "2.5", "1.9", "2.125")));
        Map<Mode, BillingIncrement> increments = new EnumMap<>(Mode.class);
        increments.put(Mode.REMOTE, pick(random, new BillingIncrement(0, 15), new BillingIncrement(0, 1),
                new BillingIncrement(10, 7)));
        increments.put(Mode.ONSITE, pick(random, new BillingIncrement(60, 15), new BillingIncrement(30, 1),
                new BillingIncrement(0, 10)));
        Map<String, BigDecimal> travel = new LinkedHashMap<>();
        for (String zone : List.of("1", "2", "3")) {
            travel.put(zone, new BigDecimal(cents(random.nextInt(20_000))));
        }
        return new Tariff(List.of(new TariffVersion(LocalDate.of(2025, 1, 1), fees, rates, LocalTime.of(8, 0),
                LocalTime.of(20, 0), multipliers, increments, travel)));
    }

    /** None, one, or two back-to-back contracts (a tier change), prorated at either end. */
    private static List<Contract> contracts(Random random, Customer customer) {
        Tier[] tiers = {Tier.STANDARD, Tier.OFFICE, Tier.ENTERPRISE};
        List<Contract> contracts = new ArrayList<>();
        int count = random.nextInt(3);
        LocalDate start = random.nextBoolean() ? LocalDate.of(2026, 3, 1) : MONTH.atDay(1 + random.nextInt(31));
        for (int c = 0; c < count; c++) {
            LocalDate end = null;
            if (c < count - 1 || random.nextBoolean()) {
                long span = Math.max(0, MONTH.atEndOfMonth().toEpochDay() - start.toEpochDay());
                end = start.plusDays(random.nextInt((int) span + 1));
            }
            contracts.add(new Contract(customer.id() + "-K" + c, customer.id(), tiers[random.nextInt(3)], start, end));
            if (end == null || !end.isBefore(MONTH.atEndOfMonth())) {
                break;
            }
            start = end.plusDays(1);
        }
        return contracts;
    }

    /** Starts near the class boundaries and midnight or anywhere, lasting from one minute to ten hours. */
    private static List<Intervention> interventions(Random random, Customer customer) {
        List<Intervention> interventions = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int n = 0; n < count; n++) {
            LocalDate day = MONTH.atDay(1 + random.nextInt(31));
            LocalTime time = switch (random.nextInt(4)) {
                case 0 -> LocalTime.of(7, 50).plusMinutes(random.nextInt(20));
                case 1 -> LocalTime.of(19, 50).plusMinutes(random.nextInt(20));
                case 2 -> LocalTime.of(23, 45).plusMinutes(random.nextInt(14));
                default -> LocalTime.of(random.nextInt(24), random.nextInt(60));
            };
            ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(day, time), LuxembourgCalendar.ZONE);
            long minutes = random.nextBoolean() ? 1 + random.nextInt(20) : 1 + random.nextInt(600);
            interventions.add(new Intervention(customer.id() + "-I" + n, customer.id(), "T-" + n, "tech", start,
                    start.plusMinutes(minutes), Mode.values()[random.nextInt(2)], Skill.values()[random.nextInt(4)],
                    "Intervention " + n));
        }
        return interventions;
    }

    private static long minutes(Random random) {
        long[] edges = {1, 2, 7, 15, 59, 61, 600, 1440};
        return random.nextBoolean() ? edges[random.nextInt(edges.length)] : 1 + random.nextInt(1440);
    }

    /**
     * An hourly rate for {@code minutes}: 0.00 for included work, or any cents, or one that makes
     * minutes × rate / 60 end in exactly half a cent, the case HALF_UP rounds up.
     */
    private static String rate(Random random, long minutes) {
        return switch (random.nextInt(4)) {
            case 0 -> "0.00";
            case 1 -> cents(1 + random.nextInt(99_999));
            default -> {
                int start = 1 + random.nextInt(50_000);
                for (int c = start; c < start + 6_000; c++) {
                    if (minutes * c % 60 == 30) {
                        yield cents(c);
                    }
                }
                yield cents(start);
            }
        };
    }

    private static String cents(int cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** A valid enterprise number, typed in one of the ways customers type it. */
    private static String belgianVatNumber(Random random) {
        long base = random.nextInt(20_000_000);
        String number = String.format("%08d%02d", base, 97 - base % 97);
        return pick(random, "BE" + number, "BE " + number.substring(0, 4) + "." + number.substring(4, 7) + "."
                + number.substring(7), number);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
