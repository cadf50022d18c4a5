package lu.mixvoip.billing.core.invoice;

import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.contract;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.eur;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.intervention;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * The hand-checked case basic-2026-10 (src/test/resources/acceptance), as the core sees it: rows the CSV reader rejects
 * (end before start, unknown customer/skill/tier, duplicate id, bad date, longer than 24 h) or skips (other months)
 * are not given to the assembler; everything else is. Expected values are copied from expected-summary.csv and the
 * README's worked invoices.
 */
class AcceptanceBasic202610Test {

    private static final InvoiceAssembler ASSEMBLER = InvoiceFixtures.defaultAssembler();

    static Customer customer(String id, String name, String country, String vatNumber, Language language,
                             String zone) {
        return new Customer(id, name, "street", "postal", "city", country, vatNumber, id + "@example", language, zone);
    }

    static final Customer C001 = customer("C001", "Boulangerie Schmit S.à r.l.", "LU", "LU12345678", Language.FR, "1");
    static final Customer C002 = customer("C002", "Cabinet Dupont, Avocats", "BE", "BE0123456789", Language.FR, "2");
    static final Customer C003 = customer("C003", "Müller & Söhne GmbH", "DE", null, Language.DE, "2");
    static final Customer C004 = customer("C004", "Geneva Trading SA", "CH", "CHE-123.456.789", Language.EN, null);
    static final Customer C005 = customer("C005", "Atelier \"Le Zinc\"", "FR", null, Language.FR, "3");
    static final Customer C006 = customer("C006", "Garage Weber", "LU", null, Language.FR, "1");
    static final Customer C007 = customer("C007", "Fiduciaire Klein", "LU", "LU87654321", Language.EN, "1");
    static final Customer C008 = customer("C008", "=HYPERLINK(\"x\")", "LU", null, Language.FR, "1");
    static final Customer C009 = customer("C009", "Sleeping Customer", "LU", null, Language.FR, "1");

    static final Contract K001 = contract("K001", "C001", Tier.STANDARD, "2025-03-01", null);
    static final Contract K002 = contract("K002", "C002", Tier.ofContract("Bureau").orElseThrow(), "2026-10-15", null);
    static final Contract K003 = contract("K003", "C003", Tier.ENTERPRISE, "2024-01-01", "2026-10-10");
    static final Contract K004 = contract("K004", "C003", Tier.OFFICE, "2026-10-11", null);
    static final Contract K005 = contract("K005", "C006", Tier.ENTERPRISE, "2025-01-01", null);
    static final Contract K006 = contract("K006", "C007", Tier.OFFICE, "2026-01-01", "2026-09-30");

    static Intervention i(String id, String customer, String start, String end, String mode, String skill) {
        return intervention(id, customer, start, end, Mode.parse(mode).orElseThrow(), Skill.parse(skill).orElseThrow());
    }

    static final Intervention I001 = i("I001", "C001", "2026-10-05T09:10", "2026-10-05T09:41", "REMOTE", "TECHNICIAN");
    static final Intervention I002 = i("I002", "C001", "2026-10-05T19:30", "2026-10-05T19:50", "ONSITE", "CABLING");
    static final Intervention I003 = i("I003", "C001", "2026-10-05T14:00", "2026-10-05T15:20", "ONSITE", "ENGINEER");
    static final Intervention I004 = i("I004", "C002", "2026-10-09T23:50", "2026-10-10T00:20", "REMOTE", "ENGINEER");
    static final Intervention I005 = i("I005", "C002", "2026-10-20T08:00", "2026-10-20T12:00", "ONSITE", "CONSULTING");
    static final Intervention I006 = i("I006", "C003", "2026-10-08T10:00", "2026-10-08T10:07", "REMOTE", "TECHNICIAN");
    static final Intervention I007 = i("I007", "C003", "2026-10-12T07:40", "2026-10-12T09:00", "ONSITE", "TECHNICIAN");
    static final Intervention I008 = i("I008", "C004", "2026-10-25T01:30", "2026-10-25T03:30", "REMOTE", "ENGINEER");
    static final Intervention I009 = i("I009", "C005", "2026-10-14T13:00", "2026-10-14T13:45", "ONSITE", "Câblage");
    static final Intervention I010 = i("I010", "C005", "2026-10-14T16:00", "2026-10-14T16:30", "ONSITE", "TECHNICIEN");
    static final Intervention I011 = i("I011", "C006", "2026-10-31T22:00", "2026-11-01T01:00", "REMOTE", "CONSULTING");
    static final Intervention I012 = i("I012", "C007", "2026-10-18T11:00", "2026-10-18T11:50", "REMOTE", "ENGINEER");
    static final Intervention I013 = i("I013", "C004", "2026-10-06T10:00", "2026-10-06T11:00", "ONSITE", "TECHNICIAN");
    static final Intervention I019 = i("I019", "C008", "2026-10-21T10:00", "2026-10-21T10:30", "REMOTE", "TECHNICIAN");
    static final Intervention I022 = i("I022", "C005", "2026-10-14T18:00", "2026-10-14T18:10", "REMOTE", "ENGINEER");

    static CustomerBilling bill(Customer customer) {
        List<Contract> contracts = switch (customer.id()) {
            case "C001" -> List.of(K001);
            case "C002" -> List.of(K002);
            case "C003" -> List.of(K004, K003); // any order
            case "C006" -> List.of(K005);
            case "C007" -> List.of(K006);       // ended in September: not billed in October
            default -> List.of();
        };
        List<Intervention> interventions = switch (customer.id()) {
            case "C001" -> List.of(I001, I002, I003);
            case "C002" -> List.of(I004, I005);
            case "C003" -> List.of(I006, I007);
            case "C004" -> List.of(I008, I013);
            case "C005" -> List.of(I009, I010, I022);
            case "C006" -> List.of(I011);
            case "C007" -> List.of(I012);
            case "C008" -> List.of(I019);
            default -> List.of();
        };
        return ASSEMBLER.bill(new CustomerMonth(customer, InvoiceFixtures.OCTOBER_2026, contracts, interventions));
    }

    static Customer byId(String id) {
        return List.of(C001, C002, C003, C004, C005, C006, C007, C008, C009).stream()
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** expected-summary.csv, without the invoice number and the name. */
    @ParameterizedTest(name = "{0}: {2} fees {3} labour {4} travel {5} excl {6} vat {8} incl {9}")
    @CsvSource({
            "C001,LU,STANDARD,58.00,369.25,45.00,472.25,17.00,80.28,552.53,3,195",
            "C002,BE,OFFICE,143.68,620.75,75.00,839.43,0.00,0.00,839.43,2,270",
            "C003,DE,OFFICE,280.06,184.00,75.00,539.06,17.00,91.64,630.70,2,105",
            "C004,CH,NONE,0.00,774.00,0.00,774.00,0.00,0.00,774.00,1,180",
            "C005,FR,NONE,0.00,235.25,110.00,345.25,17.00,58.69,403.94,3,135",
            "C006,LU,ENTERPRISE,318.00,655.00,0.00,973.00,17.00,165.41,1138.41,1,180",
            "C007,LU,NONE,0.00,258.00,0.00,258.00,17.00,43.86,301.86,1,60",
            "C008,LU,NONE,0.00,54.00,0.00,54.00,17.00,9.18,63.18,1,30"})
    void summaryRow(String id, String country, Tier tier, String fees, String labour, String travel, String excl,
                    String vatRate, String vat, String incl, int interventions, long billedMinutes) {
        Invoice invoice = bill(byId(id)).invoice().orElseThrow();
        assertThat(invoice.customer().country()).isEqualTo(country);
        assertThat(invoice.period()).isEqualTo(InvoiceFixtures.OCTOBER_2026);
        assertThat(invoice.tier()).isEqualTo(tier);
        // isEqualTo on BigDecimal: the value AND the scale (2 decimals) must match
        assertThat(invoice.fees()).isEqualTo(eur(fees));
        assertThat(invoice.labour()).isEqualTo(eur(labour));
        assertThat(invoice.travel()).isEqualTo(eur(travel));
        assertThat(invoice.totalExclVat()).isEqualTo(eur(excl));
        assertThat(invoice.vatRate()).isEqualTo(eur(vatRate));
        assertThat(invoice.vat()).isEqualTo(eur(vat));
        assertThat(invoice.totalInclVat()).isEqualTo(eur(incl));
        assertThat(invoice.interventions()).isEqualTo(interventions);
        assertThat(invoice.billedMinutes()).isEqualTo(billedMinutes);
    }

    @Test
    void onlyTheC004OnsiteRowIsRejectedByTheCore() {
        for (Customer c : List.of(C001, C002, C003, C005, C006, C007, C008, C009)) {
            assertThat(bill(c).rejections()).as(c.id()).isEmpty();
        }
        assertThat(bill(C004).rejections()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(Rejection.RecordType.INTERVENTION);
            assertThat(r.id()).isEqualTo("I013");
        });
    }

    @Test
    void c009WithOnlyARejectedTierContractGetsNoInvoice() {
        assertThat(Tier.ofContract("GOLD")).isEmpty(); // K008 is rejected by the reader
        CustomerBilling billing = bill(C009);
        assertThat(billing.invoice()).isEmpty();
        assertThat(billing.rejections()).isEmpty();
    }

    @Test
    void c001Lines() {
        Invoice invoice = bill(C001).invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.FEE))
                .extracting(InvoiceLine::reference, InvoiceLine::quantity, InvoiceLine::amount)
                .containsExactly(tuple("K001", 31L, eur("58.00")));
        // in time order: I001 09:10, I003 14:00, I002 19:30
        assertThat(lines(invoice, LineKind.LABOUR))
                .extracting(InvoiceLine::reference, InvoiceLine::timeClass, InvoiceLine::actualMinutes,
                        InvoiceLine::quantity, InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(
                        tuple("I001", TimeClass.NORMAL, 31L, 45L, eur("104.00"), eur("78.00")),
                        tuple("I003", TimeClass.NORMAL, 80L, 90L, eur("120.00"), eur("180.00")),
                        tuple("I002", TimeClass.NORMAL, 20L, 30L, eur("89.00"), eur("44.50")),
                        tuple("I002", TimeClass.OFF_HOURS, null, 30L, eur("133.50"), eur("66.75")));
        assertThat(lines(invoice, LineKind.TRAVEL))
                .extracting(InvoiceLine::date, InvoiceLine::reference, InvoiceLine::amount)
                .containsExactly(tuple(LocalDate.of(2026, 10, 5), "1", eur("45.00")));
        assertThat(invoice.vatTreatment()).isEqualTo(VatTreatment.DOMESTIC);
        // printed order: fees, labour, travel
        assertThat(invoice.lines()).extracting(InvoiceLine::kind).containsExactly(LineKind.FEE, LineKind.LABOUR,
                LineKind.LABOUR, LineKind.LABOUR, LineKind.LABOUR, LineKind.TRAVEL);
    }

    @Test
    void c002Lines() {
        Invoice invoice = bill(C002).invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.FEE))
                .extracting(InvoiceLine::tier, InvoiceLine::date, InvoiceLine::quantity, InvoiceLine::amount)
                .containsExactly(tuple(Tier.OFFICE, LocalDate.of(2026, 10, 15), 17L, eur("143.68")));
        // I004 (9 Oct) is before the contract: NONE rates
        assertThat(lines(invoice, LineKind.LABOUR))
                .extracting(InvoiceLine::reference, InvoiceLine::date, InvoiceLine::timeClass, InvoiceLine::quantity,
                        InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(
                        tuple("I004", LocalDate.of(2026, 10, 9), TimeClass.OFF_HOURS, 10L, eur("193.50"), eur("32.25")),
                        tuple("I004", LocalDate.of(2026, 10, 10), TimeClass.OFF_HOURS, 20L, eur("193.50"),
                                eur("64.50")),
                        tuple("I005", LocalDate.of(2026, 10, 20), TimeClass.NORMAL, 240L, eur("131.00"),
                                eur("524.00")));
        assertThat(lines(invoice, LineKind.TRAVEL)).extracting(InvoiceLine::date, InvoiceLine::amount)
                .containsExactly(tuple(LocalDate.of(2026, 10, 20), eur("75.00")));
        assertThat(invoice.vatTreatment()).isEqualTo(VatTreatment.REVERSE_CHARGE);
        assertThat(invoice.vatTreatment().mention())
                .isEqualTo("Autoliquidation / Reverse charge — art. 196 Directive 2006/112/CE");
    }

    @Test
    void c003Lines() {
        Invoice invoice = bill(C003).invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.FEE))
                .extracting(InvoiceLine::reference, InvoiceLine::tier, InvoiceLine::quantity, InvoiceLine::unitRate,
                        InvoiceLine::amount)
                .containsExactly(tuple("K003", Tier.ENTERPRISE, 10L, eur("318.00"), eur("102.58")),
                        tuple("K004", Tier.OFFICE, 21L, eur("262.00"), eur("177.48")));
        assertThat(lines(invoice, LineKind.LABOUR))
                .extracting(InvoiceLine::reference, InvoiceLine::timeClass, InvoiceLine::quantity,
                        InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(
                        tuple("I006", TimeClass.NORMAL, 15L, eur("96.00"), eur("24.00")),  // ENTERPRISE on 8 Oct
                        tuple("I007", TimeClass.OFF_HOURS, 20L, eur("144.00"), eur("48.00")),
                        tuple("I007", TimeClass.NORMAL, 70L, eur("96.00"), eur("112.00")));
        assertThat(invoice.vatTreatment()).isEqualTo(VatTreatment.EU_NO_VAT_NUMBER);
    }

    @Test
    void c004DstNight() {
        Invoice invoice = bill(C004).invoice().orElseThrow();
        assertThat(invoice.lines())
                .extracting(InvoiceLine::kind, InvoiceLine::reference, InvoiceLine::timeClass,
                        InvoiceLine::actualMinutes, InvoiceLine::quantity, InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(tuple(LineKind.LABOUR, "I008", TimeClass.SUNDAY_HOLIDAY, 180L, 180L, eur("258.00"),
                        eur("774.00")));
        assertThat(invoice.vatTreatment()).isEqualTo(VatTreatment.OUTSIDE_EU);
        assertThat(invoice.vatTreatment().mention()).isEqualTo("Hors champ de la TVA UE / Outside the scope of EU VAT");
    }

    @Test
    void c005FrenchSkillNamesAndOneTravelDay() {
        Invoice invoice = bill(C005).invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.LABOUR))
                .extracting(InvoiceLine::reference, InvoiceLine::skill, InvoiceLine::quantity, InvoiceLine::amount)
                .containsExactly(tuple("I009", Skill.CABLING, 60L, eur("95.00")),
                        tuple("I010", Skill.TECHNICIAN, 60L, eur("108.00")),
                        tuple("I022", Skill.ENGINEER, 15L, eur("32.25")));
        assertThat(lines(invoice, LineKind.TRAVEL)).extracting(InvoiceLine::reference, InvoiceLine::amount)
                .containsExactly(tuple("3", eur("110.00")));
    }

    @Test
    void c006SaturdayNightIntoAllSaints() {
        Invoice invoice = bill(C006).invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.LABOUR))
                .extracting(InvoiceLine::date, InvoiceLine::timeClass, InvoiceLine::quantity, InvoiceLine::unitRate,
                        InvoiceLine::amount)
                .containsExactly(
                        tuple(LocalDate.of(2026, 10, 31), TimeClass.OFF_HOURS, 120L, eur("196.50"), eur("393.00")),
                        tuple(LocalDate.of(2026, 11, 1), TimeClass.SUNDAY_HOLIDAY, 60L, eur("262.00"),
                                eur("262.00")));
    }

    @Test
    void c007ContractEndedInSeptember() {
        Invoice invoice = bill(C007).invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.FEE)).isEmpty();
        assertThat(lines(invoice, LineKind.LABOUR))
                .extracting(InvoiceLine::timeClass, InvoiceLine::quantity, InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(tuple(TimeClass.SUNDAY_HOLIDAY, 60L, eur("258.00"), eur("258.00")));
    }
}
