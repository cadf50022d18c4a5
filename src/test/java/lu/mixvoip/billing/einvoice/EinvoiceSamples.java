package lu.mixvoip.billing.einvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.Money;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/**
 * Hand-made invoices for the e-invoice tests, one per VAT treatment and language, with the amounts that test
 * Peppol's line check hardest; totals computed the way billing-rules §7 says. Each comes with the buyer's address.
 */
final class EinvoiceSamples {
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 1);
    static final LocalDate DUE = ISSUED.plusDays(30);
    static final LocalDate CREDITED = LocalDate.of(2026, 11, 15);

    static final Seller SELLER = new Seller("Mixvoip S.A.", "70, route d'Esch", "L-1470", "Luxembourg", "LU",
            "LU26375245", "LU28 0019 4006 4475 0000", "BCEELULL", "billing@mixvoip.lu", 30, null, null);
    static final SellerParty SELLER_PARTY = SellerParty.of(SELLER);

    static final Customer SCHMIT = new Customer("C-1001", "Boulangerie Schmit S.à r.l.", "12, rue de l'Église",
            "L-4011", "Esch-sur-Alzette", "LU", "LU19283746", "compta@schmit.lu", Language.FR, "1");
    static final Customer LEFEVRE = new Customer("C-3003", "Atelier Lefèvre SRL", "Rue des Déportés 41", "6700",
            "Arlon", "be", "BE 0477.472.701", "info@lefevre.be", Language.FR, "2");
    static final Customer MULLER = new Customer("C-2002", "Müller & Söhne GmbH", "Hauptstraße 5", "54290", "Trier",
            "DE", null, "buchhaltung@mueller-soehne.de", Language.DE, "2");
    static final Customer ZURICH = new Customer("C-4004", "Zürcher Datendienste AG", "Bahnhofstrasse 1", "8001",
            "Zürich", "CH", "CHE-123.456.789 MWST", "ap@zdd.ch", Language.EN, "3");
    static final Customer DELFT = new Customer("C-6006", "Delftse Netwerken B.V.", "Markt 1", "2611 GP", "Delft", "NL",
            "NL123456789B01", "ap@delft.example", Language.EN, "3");
    static final Customer STATE = new Customer("C-7007", "Centre des technologies de l'information de l'État",
            "1, rue Mercier", "L-2144", "Luxembourg", "LU", null, null, Language.FR, "1");

    private EinvoiceSamples() {
    }

    /** Where each sample customer receives e-invoices: its VAT number's address, else one it gave. */
    static ElectronicAddress addressOf(Customer customer) {
        return ElectronicAddress.fromVatNumber(customer.country(), customer.vatNumber())
                .orElseGet(() -> switch (customer.id()) {
                    case "C-2002" -> ElectronicAddress.parse("0204:991-12345-67");
                    case "C-4004" -> ElectronicAddress.parse("0088:7300010000001");
                    case "C-7007" -> ElectronicAddress.parse("0088:5412345000013");
                    default -> throw new IllegalArgumentException("no address for " + customer.id());
                });
    }

    /** Luxembourg, 17 %, French: a prorated fee, labour in all three time classes, a travel fee. */
    static IssuedInvoice domestic() {
        return new Draft(SCHMIT, Tier.OFFICE)
                .fee(Tier.OFFICE, "CT-0042", OCTOBER.atDay(15), "262.00")
                .labour("I-1001", "T-5512", "Imprimante du comptoir hors ligne", Mode.REMOTE, Skill.TECHNICIAN,
                        "2026-10-05T09:10", 31, new Piece(45, TimeClass.NORMAL, "96.00"))
                .labour("I-1002", "T-5530", "Remplacement switch réserve,\ncâblage baie", Mode.ONSITE, Skill.CABLING,
                        "2026-10-12T19:30", 20, new Piece(30, TimeClass.NORMAL, "87.00"),
                        new Piece(30, TimeClass.OFF_HOURS, "130.50"))
                .labour("I-1003", "T-5547", "Caisse enregistreuse : mise à jour urgente", Mode.REMOTE, Skill.ENGINEER,
                        "2026-10-18T10:00", 7, new Piece(15, TimeClass.SUNDAY_HOLIDAY, "222.00"))
                .travel(LocalDate.of(2026, 10, 12), "1", "45.00")
                .issue("INV-2026-000001", VatTreatment.DOMESTIC);
    }

    /** Belgium with a VAT number: reverse charge; 15 min at 133.50 is 33.375, billed 33.38. */
    static IssuedInvoice reverseCharge() {
        return new Draft(LEFEVRE, Tier.STANDARD)
                .fee(Tier.STANDARD, "CT-0103", OCTOBER.atDay(1), "58.00")
                .labour("I-3001", "T-7001", "Baie de brassage : reprise d'un câble", Mode.REMOTE, Skill.CABLING,
                        "2026-10-09T20:30", 12, new Piece(15, TimeClass.OFF_HOURS, "133.50"))
                .labour("I-3002", "T-7002", "Messagerie : migration des boîtes", Mode.REMOTE, Skill.CONSULTING,
                        "2026-10-09T16:45", 52, new Piece(60, TimeClass.NORMAL, "139.00"))
                .issue("INV-2026-000002", VatTreatment.REVERSE_CHARGE);
    }

    /** Germany without a VAT number: 17 %, German; 7 minutes billed 15, a single minute, 600 minutes. */
    static IssuedInvoice euWithoutVatNumber() {
        return new Draft(MULLER, Tier.ENTERPRISE)
                .fee(Tier.ENTERPRISE, "CT-0077", OCTOBER.atDay(31), "318.00")
                .labour("I-2001", "T-6001", "Firewall-Regeln für Außenstelle überprüft", Mode.REMOTE, Skill.TECHNICIAN,
                        "2026-10-04T11:00", 7, new Piece(15, TimeClass.SUNDAY_HOLIDAY, "192.00"))
                .labour("I-2002", "T-6002", "Passwort zurückgesetzt", Mode.REMOTE, Skill.TECHNICIAN,
                        "2026-10-06T14:00", 1, new Piece(1, TimeClass.NORMAL, "96.00"))
                .labour("I-2003", "T-6003", "Serverraum: Umzug der Racks", Mode.ONSITE, Skill.ENGINEER,
                        "2026-10-21T08:00", 597, new Piece(600, TimeClass.NORMAL, "111.00"))
                .travel(LocalDate.of(2026, 10, 21), "2", "75.00")
                .issue("INV-2026-000003", VatTreatment.EU_NO_VAT_NUMBER);
    }

    /** Switzerland: outside the EU, English; a night split at midnight, a long on-site day. */
    static IssuedInvoice outsideEu() {
        return new Draft(ZURICH, Tier.NONE)
                .labour("I-4001", "T-8001", "VPN tunnel to Luxembourg office re-keyed", Mode.REMOTE, Skill.ENGINEER,
                        "2026-10-02T23:50", 30, new Piece(10, TimeClass.OFF_HOURS, "193.50"),
                        new Piece(20, TimeClass.OFF_HOURS, "193.50"))
                .labour("I-4002", "T-8002", "On-site audit of the Zürich branch network", Mode.ONSITE,
                        Skill.CONSULTING, "2026-10-14T09:00", 385, new Piece(390, TimeClass.NORMAL, "145.00"))
                .travel(LocalDate.of(2026, 10, 14), "3", "110.00")
                .issue("INV-2026-000004", VatTreatment.OUTSIDE_EU);
    }

    /** The Netherlands with a VAT number, English: reverse charge, two contracts in the month (a tier change). */
    static IssuedInvoice tierChange() {
        return new Draft(DELFT, Tier.ENTERPRISE)
                .fee(Tier.STANDARD, "CT-0300", OCTOBER.atDay(1), 14, "58.00")
                .fee(Tier.ENTERPRISE, "CT-0301", OCTOBER.atDay(15), "318.00")
                .labour("I-6001", "T-9901", "Switch firmware", Mode.REMOTE, Skill.TECHNICIAN, "2026-10-20T07:53", 22,
                        new Piece(7, TimeClass.OFF_HOURS, "144.00"), new Piece(23, TimeClass.NORMAL, "96.00"))
                .issue("INV-2026-000005", VatTreatment.REVERSE_CHARGE);
    }

    /** Work from 23:50 on the month's last day: its second piece is dated in the next month. */
    static IssuedInvoice pastTheLastMidnight() {
        return new Draft(SCHMIT, Tier.NONE)
                .labour("I-8001", "T-8801", "Sauvegarde de fin de mois", Mode.REMOTE, Skill.ENGINEER,
                        "2026-10-31T23:50", 30, new Piece(10, TimeClass.OFF_HOURS, "193.50"),
                        new Piece(20, TimeClass.SUNDAY_HOLIDAY, "258.00"))
                .issue("INV-2026-000009", VatTreatment.DOMESTIC);
    }

    /** Included work only (a managed contract's interventions): every line 0.00, a total of 0.00. */
    static IssuedInvoice zeroTotal() {
        return new Draft(STATE, Tier.ENTERPRISE)
                .labour("I-7001", "T-1", "Poste de travail lent", Mode.REMOTE, Skill.TECHNICIAN, "2026-10-07T10:00", 31,
                        new Piece(45, TimeClass.NORMAL, "0.00"))
                .labour("I-7002", "T-2", "Câblage bureau 3", Mode.ONSITE, Skill.CABLING, "2026-10-08T19:00", 80,
                        new Piece(60, TimeClass.NORMAL, "0.00"), new Piece(30, TimeClass.OFF_HOURS, "0.00"))
                .issue("INV-2026-000006", VatTreatment.DOMESTIC);
    }

    /** A negotiated monthly fee prorated, included work at 0.00 beside charged work and travel. */
    static IssuedInvoice includedAndCharged() {
        return new Draft(STATE, Tier.ENTERPRISE)
                .fee(Tier.ENTERPRISE, "CT-0900", OCTOBER.atDay(21), "1234.56")
                .labour("I-7101", "T-11", "Mise à jour serveurs", Mode.REMOTE, Skill.ENGINEER, "2026-10-22T10:00", 50,
                        new Piece(60, TimeClass.NORMAL, "0.00"))
                .labour("I-7102", "T-12", "Conseil architecture", Mode.ONSITE, Skill.CONSULTING, "2026-10-23T09:00", 61,
                        new Piece(75, TimeClass.NORMAL, "131.00"))
                .travel(LocalDate.of(2026, 10, 23), "1", "45.00")
                .issue("INV-2026-000007", VatTreatment.DOMESTIC);
    }

    /** A Luxembourg customer with {@code labourLines} lines of work in all skills and classes. */
    static IssuedInvoice multiLine(int labourLines) {
        Draft draft = new Draft(SCHMIT, Tier.ENTERPRISE)
                .fee(Tier.ENTERPRISE, "CT-0200", OCTOBER.atDay(1), "318.00");
        Skill[] skills = Skill.values();
        String[][] rates = {{"87.00", "130.50", "174.00"}, {"96.00", "144.00", "192.00"},
                {"111.00", "166.50", "222.00"}, {"131.00", "196.50", "262.00"}};
        TimeClass[] classes = TimeClass.values();
        for (int i = 0; i < labourLines; i++) {
            int skill = i % skills.length;
            int timeClass = (i / skills.length) % classes.length;
            long minutes = 15 * (1 + i % 7);
            int day = 1 + i % 28;
            draft.labour(String.format("I-5%04d", i), String.format("T-9%04d", i), "Ticket " + i, Mode.REMOTE,
                    skills[skill], String.format("2026-10-%02dT%02d:00", day, 8 + i % 10), minutes - 3,
                    new Piece(minutes, classes[timeClass], rates[skill][timeClass]));
        }
        draft.travel(OCTOBER.atDay(3), "1", "45.00").travel(OCTOBER.atDay(17), "1", "45.00");
        return draft.issue("INV-2026-000008", VatTreatment.DOMESTIC);
    }

    static List<IssuedInvoice> all() {
        return List.of(domestic(), reverseCharge(), euWithoutVatNumber(), outsideEu(), tierChange(), zeroTotal(),
                includedAndCharged(), multiLine(120));
    }

    /** The credit note cancelling {@code invoice} in full, numbered after it. */
    static CreditNote creditNoteOf(IssuedInvoice invoice) {
        return new CreditNote(invoice.number().replace("INV", "CN"), CREDITED, invoice);
    }

    record Piece(long minutes, TimeClass timeClass, String rate) {
    }

    /** An invoice being written, its lines in the assembler's order (fees, labour, travel). */
    static final class Draft {
        private final Customer customer;
        private final Tier tier;
        private final List<InvoiceLine> lines = new ArrayList<>();
        private int interventions;
        private long billedMinutes;

        Draft(Customer customer, Tier tier) {
            this.customer = customer;
            this.tier = tier;
        }

        Draft fee(Tier contractTier, String contractId, LocalDate firstDay, String monthlyFee) {
            return fee(contractTier, contractId, firstDay, OCTOBER.lengthOfMonth() - firstDay.getDayOfMonth() + 1,
                    monthlyFee);
        }

        Draft fee(Tier contractTier, String contractId, LocalDate firstDay, int days, String monthlyFee) {
            BigDecimal fee = new BigDecimal(monthlyFee);
            BigDecimal amount = fee.multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(OCTOBER.lengthOfMonth()), 2, RoundingMode.HALF_UP);
            lines.add(InvoiceLine.fee(contractTier, contractId, firstDay, days, OCTOBER.lengthOfMonth(), fee, amount));
            return this;
        }

        Draft labour(String id, String ticket, String description, Mode mode, Skill skill, String start,
                     long actualMinutes, Piece... pieces) {
            ZonedDateTime begin = LocalDateTime.parse(start).atZone(LuxembourgCalendar.ZONE);
            Intervention intervention = new Intervention(id, customer.id(), ticket, "jdoe", begin,
                    begin.plusMinutes(actualMinutes), mode, skill, description);
            Long actual = actualMinutes;
            ZonedDateTime at = begin;
            for (Piece piece : pieces) {
                BigDecimal rate = new BigDecimal(piece.rate());
                lines.add(InvoiceLine.labour(intervention, tier, at.toLocalDate(), piece.timeClass(), actual,
                        piece.minutes(), rate, Money.forMinutes(piece.minutes(), rate)));
                actual = null;
                at = at.plusMinutes(piece.minutes());
                billedMinutes += piece.minutes();
            }
            interventions++;
            return this;
        }

        Draft travel(LocalDate day, String zone, String fee) {
            lines.add(InvoiceLine.travel(day, zone, new BigDecimal(fee)));
            return this;
        }

        IssuedInvoice issue(String number, VatTreatment treatment) {
            List<InvoiceLine> ordered = new ArrayList<>();
            for (LineKind kind : LineKind.values()) {
                lines.stream().filter(l -> l.kind() == kind).forEach(ordered::add);
            }
            BigDecimal fees = sum(LineKind.FEE);
            BigDecimal labour = sum(LineKind.LABOUR);
            BigDecimal travel = sum(LineKind.TRAVEL);
            BigDecimal excl = fees.add(labour).add(travel);
            BigDecimal rate = switch (treatment) {
                case DOMESTIC, EU_NO_VAT_NUMBER -> new BigDecimal("17.00");
                case REVERSE_CHARGE, OUTSIDE_EU -> new BigDecimal("0.00");
            };
            BigDecimal vat = Money.round(excl.multiply(rate).divide(BigDecimal.valueOf(100)));
            Invoice invoice = new Invoice(customer, OCTOBER, tier, ordered, fees, labour, travel, excl, treatment,
                    rate, vat, excl.add(vat), interventions, billedMinutes);
            return new IssuedInvoice(number, ISSUED, DUE, invoice);
        }

        private BigDecimal sum(LineKind kind) {
            return lines.stream().filter(l -> l.kind() == kind).map(InvoiceLine::amount)
                    .reduce(Money.ZERO, BigDecimal::add);
        }
    }
}
