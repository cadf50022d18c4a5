package lu.mixvoip.billing.core.invoice;

import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.at;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.contract;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.eur;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lu.mixvoip.billing.core.servicelevel.Ticket;
import lu.mixvoip.billing.core.servicelevel.TicketAssessment;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;

/**
 * The hand-checked case /work/shared/acceptance/managed-sla-2026-11 (billing-rules §14, §15), as the core sees it: rows
 * the readers reject (M07's two contracts: no monthly_fee for MANAGED, "12,50"; tickets.csv lines 10-12) or skip
 * (T-M01-0, reported in October) are not given to the assembler; everything else is, transcribed by hand from the
 * case's files. Expected values are copied from expected-summary.csv, expected-sla.csv and the case's README.
 */
class AcceptanceManagedSla202611Test {

    private static final InvoiceAssembler ASSEMBLER = InvoiceFixtures.defaultAssembler();
    private static final YearMonth NOVEMBER_2026 = YearMonth.of(2026, 11);

    static Customer customer(String id, String name, String country, String vatNumber, Language language,
                             String zone) {
        return new Customer(id, name, "street", "postal", "city", country, vatNumber, id + "@example", language, zone);
    }

    static final Customer M01 = customer("M01", "Fiduciaire Kremer SA", "LU", "LU12345678", Language.FR, "1");
    static final Customer M02 = customer("M02", "Cabinet Lentz", "LU", null, Language.EN, "1");
    static final Customer M03 = customer("M03", "Brasserie Op der Ecken", "LU", "LU23456789", Language.FR, "1");
    static final Customer M04 = customer("M04", "Wagner Logistik GmbH", "DE", "DE123456789", Language.DE, "2");
    static final Customer M05 = customer("M05", "Boulangerie Hansen", "LU", null, Language.FR, "1");
    static final Customer M06 = customer("M06", "Sans Contrat SARL", "LU", null, Language.FR, "1");
    static final Customer M07 = customer("M07", "Atelier Schmit", "LU", null, Language.FR, "1");

    static final Contract CM_01 = contract("CM-01", "M01", Tier.ofContract("Gestion").orElseThrow(), "2026-01-01",
            null, "1450.00");
    static final Contract CM_02A = contract("CM-02a", "M02", Tier.STANDARD, "2025-01-01", "2026-11-15");
    static final Contract CM_02B = contract("CM-02b", "M02", Tier.MANAGED, "2026-11-16", null, "900");
    static final Contract CM_03 = contract("CM-03", "M03", Tier.ofContract("Standard").orElseThrow(), "2025-06-01",
            null, "40.00");
    static final Contract CM_04 = contract("CM-04", "M04", Tier.ENTERPRISE, "2024-03-01", null);
    static final Contract CM_05 = contract("CM-05", "M05", Tier.ofContract("Bureau").orElseThrow(), "2025-09-01",
            null);

    static Intervention i(String id, String customer, String ticket, String start, String end, String mode,
                          String skill) {
        return new Intervention(id, customer, ticket, "tech", at(start), at(end), Mode.parse(mode).orElseThrow(),
                Skill.parse(skill).orElseThrow(), "work " + id);
    }

    static final List<Intervention> INTERVENTIONS = List.of(
            i("IM-01", "M01", "T-M01-1", "2026-11-03T10:00", "2026-11-03T10:40", "REMOTE", "TECHNICIAN"),
            i("IM-02", "M01", "T-M01-2", "2026-11-04T14:00", "2026-11-04T16:10", "ONSITE", "ENGINEER"),
            i("IM-03", "M02", "T-M02-0", "2026-11-12T09:00", "2026-11-12T09:30", "ONSITE", "TECHNICIAN"),
            i("IM-04", "M02", "T-M02-1", "2026-11-17T09:00", "2026-11-17T10:00", "ONSITE", "TECHNICIAN"),
            i("IM-05", "M03", "T-M03-1", "2026-11-07T10:00", "2026-11-07T10:20", "REMOTE", "TECHNICIAN"),
            i("IM-06", "M04", "T-M04-1", "2026-11-01T12:30", "2026-11-01T13:10", "ONSITE", "ENGINEER"),
            i("IM-07", "M06", "T-M06-1", "2026-11-20T11:00", "2026-11-20T11:15", "REMOTE", "CABLING"));

    static Ticket t(String id, String customer, String reported, String responded) {
        return new Ticket(id, customer, at(reported), responded == null ? null : at(responded));
    }

    /** tickets.csv lines 2-8: the rows that reach the core. */
    static final List<Ticket> TICKETS = List.of(
            t("T-M01-1", "M01", "2026-11-02T18:30", "2026-11-03T07:45"),
            t("T-M01-2", "M01", "2026-11-04T09:00", "2026-11-04T09:20"),
            t("T-M02-1", "M02", "2026-11-13T16:00", "2026-11-16T09:00"),
            t("T-M03-1", "M03", "2026-11-07T09:30", null),
            t("T-M04-1", "M04", "2026-11-01T06:00", "2026-11-01T11:00"),
            t("T-M05-1", "M05", "2026-11-27T17:00", null),
            t("T-M06-1", "M06", "2026-11-20T10:40", "2026-11-20T10:45"));

    /** What the caller does: the earliest start of a qualifying intervention row, any month (§15). */
    static TicketOfMonth withFirstIntervention(Ticket ticket) {
        ZonedDateTime first = INTERVENTIONS.stream()
                .filter(i -> ticket.isWorkedOnBy(i.customerId(), i.ticket(), i.start()))
                .map(Intervention::start).min(Comparator.naturalOrder()).orElse(null);
        return new TicketOfMonth(ticket, first);
    }

    static CustomerBilling bill(Customer customer) {
        List<Contract> contracts = switch (customer.id()) {
            case "M01" -> List.of(CM_01);
            case "M02" -> List.of(CM_02B, CM_02A); // any order
            case "M03" -> List.of(CM_03);
            case "M04" -> List.of(CM_04);
            case "M05" -> List.of(CM_05);
            default -> List.of();                  // M06 has none; M07's two are rejected by the reader
        };
        return ASSEMBLER.bill(new CustomerMonth(customer, NOVEMBER_2026, contracts,
                INTERVENTIONS.stream().filter(i -> i.customerId().equals(customer.id())).toList(),
                TICKETS.stream().filter(t -> t.customerId().equals(customer.id()))
                        .map(AcceptanceManagedSla202611Test::withFirstIntervention).toList()));
    }

    static Customer byId(String id) {
        return Stream.of(M01, M02, M03, M04, M05, M06, M07).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** expected-summary.csv, without the invoice number and the name. */
    @ParameterizedTest(name = "{0}: {2} fees {3} labour {4} travel {5} excl {6} vat {8} incl {9}")
    @CsvSource({
            "M01,LU,MANAGED,1450.00,0.00,0.00,1450.00,17.00,246.50,1696.50,2,180",
            "M02,LU,MANAGED,479.00,104.00,45.00,628.00,17.00,106.76,734.76,2,120",
            "M03,LU,STANDARD,40.00,78.00,0.00,118.00,17.00,20.06,138.06,1,30",
            "M04,DE,ENTERPRISE,318.00,222.00,75.00,615.00,0.00,0.00,615.00,1,60",
            "M05,LU,OFFICE,262.00,0.00,0.00,262.00,17.00,44.54,306.54,0,0",
            "M06,LU,NONE,0.00,23.75,0.00,23.75,17.00,4.04,27.79,1,15"})
    void summaryRow(String id, String country, Tier tier, String fees, String labour, String travel, String excl,
                    String vatRate, String vat, String incl, int interventions, long billedMinutes) {
        CustomerBilling billing = bill(byId(id));
        assertThat(billing.rejections()).isEmpty();
        Invoice invoice = billing.invoice().orElseThrow();
        assertThat(invoice.customer().country()).isEqualTo(country);
        assertThat(invoice.period()).isEqualTo(NOVEMBER_2026);
        assertThat(invoice.tier()).isEqualTo(tier);
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
    void m07WithBothContractsRejectedByTheReaderGetsNoInvoice() {
        CustomerBilling billing = bill(M07);
        assertThat(billing.invoice()).isEmpty();
        assertThat(billing.rejections()).isEmpty();
    }

    @Test
    void m01ManagedWorkIsIncluded() {
        Invoice invoice = bill(M01).invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.FEE)).extracting(InvoiceLine::tier, InvoiceLine::quantity,
                InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(tuple(Tier.MANAGED, 30L, eur("1450.00"), eur("1450.00")));
        // IM-01 remote 40 -> 45 min; IM-02 on site 130 -> 135 min: lines at 0.00, no travel
        assertThat(lines(invoice, LineKind.LABOUR)).extracting(InvoiceLine::reference, InvoiceLine::actualMinutes,
                InvoiceLine::quantity, InvoiceLine::unitRate, InvoiceLine::amount, InvoiceLine::included)
                .containsExactly(tuple("IM-01", 40L, 45L, eur("0.00"), eur("0.00"), true),
                        tuple("IM-02", 130L, 135L, eur("0.00"), eur("0.00"), true));
        assertThat(lines(invoice, LineKind.TRAVEL)).isEmpty();
    }

    @Test
    void m02StandardThenManaged() {
        Invoice invoice = bill(M02).invoice().orElseThrow();
        // 58.00 x 15/30 = 29.00; 900.00 x 15/30 = 450.00
        assertThat(lines(invoice, LineKind.FEE)).extracting(InvoiceLine::reference, InvoiceLine::tier,
                InvoiceLine::quantity, InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(tuple("CM-02a", Tier.STANDARD, 15L, eur("58.00"), eur("29.00")),
                        tuple("CM-02b", Tier.MANAGED, 15L, eur("900.00"), eur("450.00")));
        // IM-03 (12 Nov, STANDARD): first hour 104.00 + travel 45.00; IM-04 (17 Nov, MANAGED): included, no travel
        assertThat(lines(invoice, LineKind.LABOUR)).extracting(InvoiceLine::reference, InvoiceLine::quantity,
                InvoiceLine::amount, InvoiceLine::included)
                .containsExactly(tuple("IM-03", 60L, eur("104.00"), false), tuple("IM-04", 60L, eur("0.00"), true));
        assertThat(lines(invoice, LineKind.TRAVEL)).extracting(InvoiceLine::date, InvoiceLine::amount)
                .containsExactly(tuple(LocalDate.of(2026, 11, 12), eur("45.00")));
    }

    @Test
    void m03NegotiatedStandardFee() {
        Invoice invoice = bill(M03).invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.FEE)).extracting(InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(tuple(eur("40.00"), eur("40.00")));
        // Saturday, 20 -> 30 min off-hours x 156.00
        assertThat(lines(invoice, LineKind.LABOUR)).extracting(InvoiceLine::quantity, InvoiceLine::unitRate,
                InvoiceLine::amount).containsExactly(tuple(30L, eur("156.00"), eur("78.00")));
    }

    /** expected-sla.csv, byte for byte once joined: the header and the rows in sla.csv's order. */
    @Test
    void slaRows() {
        List<TicketAssessment> assessed = new ArrayList<>();
        int notAssessed = 0;
        for (Customer c : List.of(M07, M06, M05, M04, M03, M02, M01)) { // any order: sla.csv sorts
            CustomerBilling billing = bill(c);
            assessed.addAll(billing.ticketAssessments());
            notAssessed += billing.ticketsNotAssessed().size();
        }
        assessed.sort(TicketAssessment.SLA_ORDER);

        List<String> csv = new ArrayList<>(List.of(String.join(",", TicketAssessment.SLA_COLUMNS)));
        assessed.forEach(a -> csv.add(String.join(",", a.slaCells())));
        assertThat(csv).containsExactly(
                "ticket,customer_id,tier,reported_at,responded_at,response_minutes,response_limit_minutes,"
                        + "response_status,first_intervention_at,intervention_minutes,intervention_limit_minutes,"
                        + "intervention_status",
                "T-M01-1,M01,MANAGED,2026-11-02T18:30,2026-11-03T07:45,75,180,met,2026-11-03T10:00,210,360,met",
                "T-M01-2,M01,MANAGED,2026-11-04T09:00,2026-11-04T09:20,20,180,met,2026-11-04T14:00,300,360,met",
                "T-M02-1,M02,STANDARD,2026-11-13T16:00,2026-11-16T09:00,120,720,met,2026-11-17T09:00,660,1440,met",
                "T-M03-1,M03,STANDARD,2026-11-07T09:30,,8640,720,breached,2026-11-07T10:00,0,1440,met",
                "T-M04-1,M04,ENTERPRISE,2026-11-01T06:00,2026-11-01T11:00,240,180,breached,2026-11-01T12:30,330,360,"
                        + "met",
                "T-M05-1,M05,OFFICE,2026-11-27T17:00,,690,480,breached,,690,720,pending");
        assertThat(notAssessed).as("T-M06-1: M06 has no contract").isEqualTo(1);
    }
}
